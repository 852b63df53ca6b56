package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip that {@code mvn package} makes, unpacked into a folder with a space and
 * Chinese in its name, and used as a secretariat would: from another folder, with no Maven (a
 * {@code mvn} first on the PATH fails the test if called) and no {@code JIANBAO_HOME}. Runs after
 * {@code package} (failsafe), on the zip just made.
 */
class DistributionIT {
    @TempDir
    static Path dir;
    private static Path dist;
    private static Path work;
    private static Path fakeBin;

    @BeforeAll
    static void unpack() throws IOException {
        dist = UnpackedZip.unpack(dir.resolve("安装 目录"));
        work = Files.createDirectories(dir.resolve("简报 工作"));
        Files.copy(dist.resolve("issues/tianjin-2021-08.json"), work.resolve("tianjin-2021-08.json"));
        Files.createDirectories(work.resolve("profiles"));
        try (Stream<Path> profiles = Files.list(dist.resolve("issues/profiles"))) {
            for (Path p : (Iterable<Path>) profiles::iterator) {
                Files.copy(p, work.resolve("profiles").resolve(p.getFileName()));
            }
        }
        fakeBin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\necho 'MAVEN WAS CALLED' >&2\nexit 99\n");
        Files.setPosixFilePermissions(fakeBin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs {@code command} in the work folder, without Maven and without JIANBAO_HOME. */
    private static Run run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().remove("JIANBAO_HOME");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "still running after 3 minutes: " + List.of(command));
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theZipHoldsTheJarFontsSchemasDocsReadmeSamplesAndBothLaunchers() throws IOException {
        for (String f : List.of("lib/jianbao.jar", "fonts/NotoSerifCJK-Regular.ttc", "fonts/LICENSE-NotoCJK.txt",
                "schema/issue.schema.json", "schema/profile.schema.json", "docs/descriptor.md", "README.md",
                "issues/zhejiang-2020-07.json", "jianbao", "jianbao.cmd")) {
            assertTrue(Files.isRegularFile(dist.resolve(f)), "the zip lacks " + f);
        }
        assertTrue(Files.getPosixFilePermissions(dist.resolve("jianbao")).contains(PosixFilePermission.OWNER_EXECUTE),
                "the launcher must be executable once unpacked");
        String cmd = Files.readString(dist.resolve("jianbao.cmd"), StandardCharsets.US_ASCII);
        assertEquals(cmd.split("\n").length, cmd.split("\r\n").length, "jianbao.cmd needs CRLF line ends for cmd.exe");
        assertFalse(Files.readString(dist.resolve("jianbao")).contains("\r"), "the shell launcher needs LF line ends");
    }

    @Test
    void theLauncherRendersFromAnotherFolderWithoutMaven() throws Exception {
        Run r = run(Map.of(), dist.resolve("jianbao").toString(), "render", "tianjin-2021-08.json", "-o", "pdf 输出");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("MAVEN WAS CALLED"), "the distribution's launcher called Maven");
        assertTrue(Files.size(work.resolve("pdf 输出/tianjin-2021-08.pdf")) > 10_000, r.out());
        Run again = run(Map.of(), dist.resolve("jianbao").toString(), "--version");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("jianbao "), again.out());
    }

    @Test
    void theJarFindsItsFontsBesideItselfFromAnyFolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run r = run(Map.of(), java, "-jar", dist.resolve("lib/jianbao.jar").toString(), "render",
                "tianjin-2021-08.json", "-o", "jar");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(work.resolve("jar/tianjin-2021-08.pdf")), r.out());
    }

    @Test
    void theLauncherCapsTheHeapAtTheSizeTheReadmeStates() throws Exception {
        Run r = run(Map.of("JIANBAO_JAVA_OPTS", "-XshowSettings:vm"), dist.resolve("jianbao").toString(), "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Max. Heap Size (Estimated): 494.94M") || r.err().contains("512.00M"),
                "the launcher's -Xmx512m: " + r.err());
        String readme = Files.readString(dist.resolve("README.md"));
        assertTrue(readme.contains("512 MiB"), "the README states the heap cap");
    }

    @Test
    void aRunawayInputFailsWithAMessageNotAStackTrace() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            rows.append(i == 0 ? "" : ",").append("[\"第").append(i).append("行\",\"浙江省软件和信息服务业\",\"")
                    .append(i * 7).append("\",\"").append(i % 50).append("%\"]");
        }
        Files.writeString(work.resolve("huge.json"), "{ \"profile\": \"profiles/zhejiang.json\", \"year\": 2020,"
                + " \"number\": 7, \"total\": 113, \"date\": \"2020-07-31\", \"sections\": [ { \"name\": \"产业动态\","
                + " \"articles\": [ { \"title\": \"一万行的表格\", \"body\": [ { \"type\": \"table\", \"columns\":"
                + " [{},{},{},{}], \"rows\": [" + rows + "] } ] } ] } ] }");
        // a smaller cap than the launcher's 512 MiB, given the documented way, reaches the limit in seconds
        Run r = run(Map.of("JIANBAO_JAVA_OPTS", "-Xmx32m"), dist.resolve("jianbao").toString(), "render", "huge.json",
                "-o", "huge");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("huge.json needs more memory than the"), r.err());
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("OutOfMemoryError"),
                "a stack trace was printed: " + all);
        assertFalse(Files.exists(work.resolve("huge/huge.pdf")));
    }

    @Test
    void bothLaunchersGiveTheJvmTheSameOptions() throws IOException {
        Set<String> sh = options(Files.readString(dist.resolve("jianbao")));
        Set<String> cmd = options(Files.readString(dist.resolve("jianbao.cmd")));
        assertEquals(Set.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-Xms16m", "-XX:NewRatio=4",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-Xmx512m"), cmd,
                "jianbao.cmd: the options of a short-lived process, the heap's growth and its cap");
        assertTrue(sh.containsAll(cmd), "the shell launcher lacks some of " + cmd + ": " + sh);
    }

    /** The -X options a launcher passes, outside its comments (class-data sharing's aside). */
    private static Set<String> options(String launcher) {
        Set<String> found = new java.util.TreeSet<>();
        String code = launcher.replaceAll("(?m)^\\s*(#|rem ).*$", "");
        Matcher m = Pattern.compile("(?<![\\w$%])-X[\\w:+=]+").matcher(code);
        while (m.find()) {
            String o = m.group();
            if (!o.startsWith("-Xshare") && !o.startsWith("-Xlog") && !o.contains("Archive")) {
                found.add(o);
            }
        }
        return found;
    }

    @Test
    void theWindowsLauncherQuotesEveryPathAndPassesTheArgumentsOn() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dist.resolve("jianbao.cmd")));
        String java = lines.stream().filter(l -> l.startsWith("\"%JAVA%\"")).findFirst().orElseThrow();
        assertTrue(java.contains("\"-Djianbao.home=%HERE%\"") && java.contains("-jar \"%JAR%\" %*"),
                "paths with spaces stay one argument, the user's arguments follow: " + java);
        assertTrue(lines.contains("set \"HERE=%HERE:~0,-1%\""),
                "%~dp0 ends in a backslash, which would escape the quote after it");
        for (String l : lines) {
            assertFalse(l.matches(".*\\(\\s*$") || l.strip().equals(")"),
                    "a block in parentheses breaks on a folder such as C:\\Program Files (x86): " + l);
        }
    }
}
