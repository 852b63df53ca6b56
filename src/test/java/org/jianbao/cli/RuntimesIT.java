package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of runtime never shows in the output (issue 16): the unpacked distribution
 * renders every sample, PDF and OFD, on Java 17 with its class-data sharing archive, and on Java 25
 * both while its ahead-of-time cache is made and with the cache; all give the same bytes. The
 * project's machines have both runtimes (a Temurin 25 beside the system's 17); where one is missing
 * the comparison cannot be made and the test says so.
 */
class RuntimesIT {
    @TempDir
    static Path dir;
    private static Path dist;

    @BeforeAll
    static void unpack() throws IOException {
        dist = UnpackedZip.unpack(dir.resolve("dist"));
    }

    /** A Java home of that feature version: JAVA_HOME's, the running one, or one under /usr/lib/jvm. */
    private static Path javaHome(int feature) throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (System.getenv("JAVA_HOME") != null) {
            candidates.add(Path.of(System.getenv("JAVA_HOME")));
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
                s.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            Path release = home.resolve("release");
            if (Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(release)
                    && Files.readString(release).matches("(?s).*\\nJAVA_VERSION=\"" + feature + "[.\"].*")) {
                return home;
            }
        }
        return null;
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(dist.resolve("jianbao").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dist.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JIANBAO_JAVA_OPTS");
        pb.environment().remove("JIANBAO_JAVA_HOME");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "still running after 5 minutes: " + command);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(dist.resolve("issues"))) {
            return s.filter(p -> p.toString().endsWith(".json")).map(p -> "issues/" + p.getFileName()).sorted().toList();
        }
    }

    private static Run render(Path javaHome, String folder) throws Exception {
        List<String> args = new ArrayList<>(List.of("render", "--format", "pdf,ofd", "-o", folder));
        args.addAll(samples());
        Run r = run(Map.of("JIANBAO_JAVA_HOME", javaHome.toString()), args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void java17AndJava25WithAndWithoutItsCacheWriteTheSameBytes() throws Exception {
        Path java17 = javaHome(17);
        Path java25 = javaHome(25);
        assumeTrue(java17 != null && java25 != null, "needs a Java 17 and a Java 25 to compare (found "
                + java17 + ", " + java25 + ")");
        render(java17, "out-17");
        Run first = render(java25, "out-25-first");
        assertTrue(first.err().contains("preparing Java 25's start-up cache"), "the first run on Java 25 makes its cache: "
                + first.err());
        try (Stream<Path> lib = Files.list(dist.resolve("lib"))) {
            assertTrue(lib.anyMatch(p -> p.getFileName().toString().endsWith(".aot")), "the cache lies beside the jar");
        }
        Run cached = render(java25, "out-25-cached");
        assertFalse(cached.err().contains("start-up cache"), "a later run uses the cache as it is: " + cached.err());
        List<Path> files;
        try (Stream<Path> s = Files.list(dist.resolve("out-17"))) {
            files = s.sorted().toList();
        }
        assertEquals(2 * samples().size(), files.size(), "a PDF and an OFD per sample: " + files);
        for (Path f : files) {
            byte[] expected = Files.readAllBytes(f);
            for (String other : List.of("out-25-first", "out-25-cached")) {
                assertArrayEquals(expected, Files.readAllBytes(dist.resolve(other).resolve(f.getFileName())),
                        f.getFileName() + ": Java 17 and " + other + " differ");
            }
        }
    }

    /**
     * The launcher takes the newest Java 25 or later for a bulletin, and JAVA_HOME's Java for a
     * descriptor over 1 MiB, where Java 25's collector would take far more memory (docs/performance.md,
     * "Huge input"). The JVM's own -version, given through JIANBAO_JAVA_OPTS, names the runtime chosen.
     */
    @Test
    void theLauncherTakesJava25ForABulletinAndJavaHomesForAHugeDescriptor() throws Exception {
        Path java17 = javaHome(17);
        assumeTrue(java17 != null && javaHome(25) != null && Files.isDirectory(Path.of("/usr/lib/jvm")),
                "needs a Java 17 and a Java 25 under /usr/lib/jvm");
        Map<String, String> env = Map.of("JIANBAO_JAVA_OPTS", "-version", "JAVA_HOME", java17.toString());
        Run bulletin = run(env, "render", "issues/zhejiang-2020-07.json");
        assertEquals(0, bulletin.code(), bulletin.err());
        assertTrue(bulletin.err().contains("version \"25"), "a bulletin runs on Java 25: " + bulletin.err());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; rows.length() < 1_200_000; i++) {
            rows.append(i == 0 ? "" : ",").append("[\"第").append(i).append("行\",\"浙江省软件和信息服务业协会会员单位\"]");
        }
        Path huge = dist.resolve("huge.json");
        Files.writeString(huge, "{ \"profile\": \"issues/profiles/zhejiang.json\", \"year\": 2020, \"number\": 7,"
                + " \"total\": 113, \"date\": \"2020-07-31\", \"sections\": [ { \"name\": \"产业动态\", \"articles\":"
                + " [ { \"title\": \"会员名录\", \"body\": [ { \"type\": \"table\", \"columns\": [{},{}], \"rows\": ["
                + rows + "] } ] } ] } ] }");
        assertTrue(Files.size(huge) > 1 << 20);
        Run big = run(env, "render", "huge.json");
        assertEquals(0, big.code(), big.err());
        assertTrue(big.err().contains("version \"17"), "a descriptor over 1 MiB runs on JAVA_HOME's Java 17: " + big.err());
    }
}
