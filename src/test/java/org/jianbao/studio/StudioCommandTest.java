package org.jianbao.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.jianbao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jianbao studio} on the command line: help, and one clear line for what stops it starting. */
class StudioCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void helpNamesTheWorkspaceAndThePort() {
        Outcome o = run("studio", "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("WORKSPACE") && o.out().contains("--port") && o.out().contains("127.0.0.1"), o.out());
        assertTrue(run("--help").out().contains("studio"), "listed among the commands");
    }

    @Test
    void aFolderThatIsNoWorkspaceIsSaidInOneLine() {
        Outcome o = run("studio", dir.toString(), "--port", "0");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("jianbao init"), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aPortInUseIsSaidInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Outcome o = run("studio", Path.of(System.getProperty("jianbao.home", ".")).resolve("issues").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, o.code());
            assertTrue(o.err().contains("is in use"), o.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals(2, run("studio", "--port", "70000").code());
    }
}
