package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jianbao.cmd} run by Wine's {@code cmd.exe}, with a {@code java.exe} of the test's own that
 * prints the arguments it is given and exits 7: folders with spaces and parentheses, JAVA_HOME or
 * the PATH's java, the exit codes, the options of {@code watch}. Needs {@code wine} and the MinGW
 * compiler (Debian: wine64, gcc-mingw-w64-x86-64); skipped without them. What Wine cannot show:
 * a real JVM on Windows, Chinese typed at a Chinese Windows prompt, Ctrl-C's "Terminate batch job".
 */
class WindowsLauncherIT {
    private static final String FAKE_JAVA = """
            #include <stdio.h>
            #include <windows.h>
            int wmain(int argc, wchar_t **argv) {
                for (int i = 1; i < argc; i++) {
                    char buf[4096];
                    WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, buf, sizeof buf, NULL, NULL);
                    printf("[%s]\\n", buf);
                }
                return 7;
            }
            """;

    @TempDir
    static Path dir;
    private static Path drive;

    @BeforeAll
    static void prepare() throws Exception {
        assumeTrue(onPath("wine") && onPath("x86_64-w64-mingw32-gcc"), "wine and MinGW are not installed");
        Files.createDirectories(dir.resolve("home"));
        Path prefix = dir.resolve("prefix");
        assertEquals(0, run(List.of("wineboot", "-i"), prefix).code(), "wineboot");
        drive = prefix.resolve("drive_c");
        Path install = Files.createDirectories(drive.resolve("Program Files (x86)/jianbao 0.1/lib"));
        Files.writeString(install.resolve("jianbao.jar"), "");
        Files.copy(TestFonts.home().resolve("jianbao.cmd"), install.getParent().resolve("jianbao.cmd"));
        Path jdk = Files.createDirectories(drive.resolve("jdk 17/bin"));
        Path source = Files.writeString(dir.resolve("java.c"), FAKE_JAVA);
        assertEquals(0, run(List.of("x86_64-w64-mingw32-gcc", "-municode", "-o", jdk.resolve("java.exe").toString(),
                source.toString()), prefix).code(), "the fake java.exe");
    }

    /** Wine's drive links (z: is /) are removed here, quietly, before the temporary folder is. */
    @org.junit.jupiter.api.AfterAll
    static void unlinkDrives() throws java.io.IOException {
        Path devices = dir.resolve("prefix/dosdevices");
        if (Files.isDirectory(devices)) {
            try (var links = Files.list(devices)) {
                for (Path link : (Iterable<Path>) links::iterator) {
                    Files.delete(link);   // the link, never what it points to
                }
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int code, String out) {
    }

    private static Run run(List<String> command, Path prefix) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("WINEPREFIX", prefix.toString());
        pb.environment().put("WINEDEBUG", "-all");
        pb.environment().put("HOME", dir.resolve("home").toString());   // Wine links its user folders to HOME
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "wine did not finish: " + command);
        return new Run(p.exitValue(), out);
    }

    /**
     * Runs a batch file of {@code lines} (the last one calls the launcher without {@code call}, so
     * that its exit code is the batch's: Wine's {@code call} loses it).
     */
    private static Run batch(String... lines) throws Exception {
        Path bat = drive.resolve("t.bat");
        Files.writeString(bat, "@echo off\r\n" + String.join("\r\n", lines) + "\r\n", StandardCharsets.US_ASCII);
        return run(List.of("wine", "cmd", "/c", "C:\\t.bat"), drive.getParent());
    }

    private static final String LAUNCHER = "\"C:\\Program Files (x86)\\jianbao 0.1\\jianbao.cmd\"";

    private static List<String> arguments(String out) {
        List<String> args = new ArrayList<>();
        out.lines().filter(l -> l.startsWith("[") && l.endsWith("]")).forEach(l -> args.add(l.substring(1, l.length() - 1)));
        return args;
    }

    @Test
    void pathsWithSpacesAndParenthesesStayWholeAndJavasExitCodeComesBack() throws Exception {
        Run r = batch("set \"JAVA_HOME=C:\\jdk 17\"",
                LAUNCHER + " render \"my file.json\" -o \"out (1)\"");
        assertEquals(7, r.code(), r.out());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-Xms16m", "-XX:NewRatio=4",
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-Xmx512m",
                "-Djianbao.home=C:\\Program Files (x86)\\jianbao 0.1", "-jar",
                "C:\\Program Files (x86)\\jianbao 0.1\\lib\\jianbao.jar", "render", "my file.json", "-o", "out (1)"),
                arguments(r.out()));
    }

    @Test
    void theJavaOnThePathIsFoundAndWatchGetsTheOptimisingCompilerAndTheUsersOptionsLast() throws Exception {
        Run r = batch("set \"JAVA_HOME=\"", "set \"PATH=C:\\jdk 17\\bin;C:\\windows\\system32\"",
                "set \"JIANBAO_JAVA_OPTS=-Xmx2g\"", LAUNCHER + " watch x.json");
        assertEquals(7, r.code(), r.out());
        List<String> args = arguments(r.out());
        assertTrue(!args.contains("-XX:TieredStopAtLevel=1") && args.indexOf("-Xmx2g") > args.indexOf("-Xmx512m"),
                args.toString());
    }

    /**
     * A Java older than 17 (Java 8 is common on office computers) is named with its version and
     * exit 4, read from its release file before it is started — not the JVM's class-version stack
     * trace; a Java 17 with a release file runs as before.
     */
    @Test
    void anOlderJavaIsNamedAndRefusedBeforeItRuns() throws Exception {
        Path old = Files.createDirectories(drive.resolve("jdk 8 (x86)/bin"));
        Files.copy(drive.resolve("jdk 17/bin/java.exe"), old.resolve("java.exe"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(old.resolveSibling("release"), "IMPLEMENTOR=\"Oracle\"\r\nJAVA_VERSION=\"1.8.0_392\"\r\n");
        Run r = batch("set \"JAVA_HOME=C:\\jdk 8 (x86)\"", LAUNCHER + " render x.json");
        assertEquals(4, r.code(), r.out());
        assertTrue(r.out().contains("needs Java 17 or newer") && r.out().contains("is Java 8"), r.out());
        Path release = drive.resolve("jdk 17/release");
        Files.writeString(release, "JAVA_VERSION=\"17.0.15\"\r\n");
        try {
            Run ok = batch("set \"JAVA_HOME=C:\\jdk 17\"", LAUNCHER + " render x.json");
            assertEquals(7, ok.code(), ok.out());
        } finally {
            Files.delete(release);
        }
    }

    @Test
    void noJavaOrNoJarExitsFourWithAMessage() throws Exception {
        Run r = batch("set \"JAVA_HOME=\"", "set \"PATH=C:\\windows\\system32\"", LAUNCHER + " render x.json");
        assertEquals(4, r.code(), r.out());
        assertTrue(r.out().contains("needs Java 17 or newer, and none was found"), r.out());
        Path jar = drive.resolve("Program Files (x86)/jianbao 0.1/lib/jianbao.jar");
        Files.move(jar, dir.resolve("away.jar"));
        try {
            Run noJar = batch("set \"JAVA_HOME=C:\\jdk 17\"", LAUNCHER + " render x.json");
            assertEquals(4, noJar.code(), noJar.out());
            assertTrue(noJar.out().contains("lib\\jianbao.jar\" is missing"), noJar.out());
        } finally {
            Files.move(dir.resolve("away.jar"), jar);
        }
    }
}
