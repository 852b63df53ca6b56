package org.jianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianbao.io.InputFiles;
import org.jianbao.model.Lang;
import org.jianbao.workspace.Fixer;
import org.jianbao.workspace.json.AtomicWrite;
import org.jianbao.workspace.json.JsonEditException;
import org.jianbao.workspace.json.JsonFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao fix FILE... [--dry-run]}: the punctuation corrections written into the files. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Corrects the punctuation of pasted text in descriptors, profiles and Markdown files themselves"
                + " (ASCII , . ; : ( ) \" in Chinese text, full-width digits, dashes, number ranges; docs/typography.md"
                + " §6), so that the source is clean once and stays clean. Nothing else of a file changes; each file is"
                + " written whole or not at all.")
final class FixCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<file.json|file.md>")
    List<Path> files;

    @Option(names = "--dry-run", description = "print what would change (a diff), write nothing")
    boolean dryRun;

    @Option(names = "--lang", paramLabel = "zh-Hans|zh-Hant",
            description = "the language of Markdown files (default zh-Hans; descriptors say their own)")
    String lang = "zh-Hans";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!lang.equals("zh-Hans") && !lang.equals("zh-Hant")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang is zh-Hans or zh-Hant");
        }
        int code = Main.OK;
        for (Path f : files) {
            try {
                boolean markdown = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown|txt)");
                Fixer.Fixed fixed;
                String before;
                JsonFile json = null;
                if (markdown) {
                    before = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(
                            InputFiles.read(f, 8L << 20))).toString();
                    fixed = Fixer.markdown(before, lang.equals("zh-Hant") ? Lang.HANT : Lang.HANS, f.toString());
                } else {
                    json = JsonFile.read(f);
                    before = json.text().text();
                    fixed = Fixer.json(before);
                }
                if (fixed.fixes().isEmpty()) {
                    out.println(f + ": nothing to correct");
                    continue;
                }
                if (dryRun) {
                    Diff.print(f, before, fixed.text(), out);
                    out.println(f + ": " + fixed.fixes().size() + " correction" + (fixed.fixes().size() == 1 ? "" : "s")
                            + " would be made (nothing written)");
                    continue;
                }
                if (json != null) {
                    json.save(org.jianbao.workspace.json.JsonText.parse(fixed.text()));
                } else {
                    AtomicWrite.replace(f, fixed.text().getBytes(StandardCharsets.UTF_8));
                }
                fixed.fixes().forEach(x -> out.println("  " + x));
                out.println(f + ": " + fixed.fixes().size() + " correction" + (fixed.fixes().size() == 1 ? "" : "s")
                        + " written");
            } catch (InputFiles.Refused e) {
                err.println("jianbao: error: " + f + ": the file " + e.getMessage());
                code = Main.INVALID_INPUT;
            } catch (CharacterCodingException e) {
                err.println("jianbao: error: " + f + " is not UTF-8 text; save it as UTF-8");
                code = Main.INVALID_INPUT;
            } catch (JsonEditException e) {
                err.println("jianbao: error: " + e.getMessage());
                code = Main.INVALID_INPUT;
            } catch (java.io.IOException e) {
                err.println("jianbao: error: cannot write " + f + ": " + InputFiles.describe(e));
                code = Main.ENVIRONMENT;
            }
        }
        return code;
    }
}
