package org.jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The everyday render line is read without picocli; it must mean exactly what picocli makes of
 * it, and anything less plain must be left to picocli.
 */
class PlainRenderLineTest {
    private static RenderCommand picocli(String... args) {
        RenderCommand c = new RenderCommand();
        new CommandLine(c).parseArgs(Arrays.copyOfRange(args, 1, args.length));
        return c;
    }

    private static void assertSame(String... args) {
        RenderCommand plain = RenderCommand.plain(args);
        assertNotNull(plain, "plain: " + String.join(" ", args));
        RenderCommand full = picocli(args);
        String line = String.join(" ", args);
        assertEquals(full.descriptors, plain.descriptors, line);
        assertEquals(full.output, plain.output, line);
        assertEquals(full.write.allowMissing, plain.write.allowMissing, line);
        assertEquals(full.write.noPdfa, plain.write.noPdfa, line);
        assertEquals(full.write.debug, plain.write.debug, line);
    }

    @Test
    void plainRenderLineMeansWhatPicocliReads() {
        assertSame("render", "issues/a.json");
        assertSame("render", "issues/a.json", "issues/b.json", "-o", "out");
        assertSame("render", "-o", "out", "issues");
        assertSame("render", "--output", "out dir", "a.json", "--no-pdfa");
        assertSame("render", "--allow-missing-glyphs", "a.json", "--debug");
        assertSame("render", "a.json", "--", "-odd-name.json");
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        assertNull(RenderCommand.plain(new String[] {"render"}), "no descriptor: picocli's usage error");
        assertNull(RenderCommand.plain(new String[] {"render", "--help"}));
        assertNull(RenderCommand.plain(new String[] {"render", "a.json", "-oout"}), "joined option value");
        assertNull(RenderCommand.plain(new String[] {"render", "a.json", "--output=out"}));
        assertNull(RenderCommand.plain(new String[] {"render", "a.json", "-o"}), "option without its value");
        assertNull(RenderCommand.plain(new String[] {"render", "a.json", "-o", "x", "-o", "y"}), "option given twice");
        assertNull(RenderCommand.plain(new String[] {"render", "a.json", "--no-pdf"}), "misspelt option");
        assertNull(RenderCommand.plain(new String[] {"check", "a.json"}), "another command");
    }

    @Test
    void leftToPicocliAMisspeltOptionIsAUsageError() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"render", "a.json", "--no-pdf"}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true));
        assertEquals(Main.USAGE, code, err.toString());
    }
}
