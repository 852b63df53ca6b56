package org.jianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianbao.importer.article.ImportException;
import org.jianbao.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao import FILE --into ISSUE.json --section NAME [--at N]}: an article from Word, Markdown or text. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds the article in FILE (Word .docx, Markdown .md or text .txt) to a section of an issue:"
                + " title, source/author/byline lines, paragraphs, headings, lists, tables, pictures (saved into the"
                + " workspace's images/) and notes. The issue file keeps its layout; it is written only if the whole"
                + " import succeeds. Prints what came in and every warning.",
            "把 Word、Markdown 或文本稿件加入某期简报的某个栏目；图片存入 images/。"})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the article: .docx, .md or .txt (.doc and .wps: save as .docx first)")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "ISSUE.json", description = "the issue to add it to")
    Path issue;

    @Option(names = "--section", required = true, paramLabel = "NAME", description = "the section (栏目), e.g. 协会动态")
    String section;

    @Option(names = "--at", paramLabel = "N", description = "its place in the section, 1 for first (default: last)")
    Integer at;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try {
            Importer.Result r = Importer.importInto(file, issue, section, at);
            out.println("Imported 《" + r.title() + "》 into " + Shown.path(r.issue()) + ", section " + r.section()
                    + (r.sectionAdded() ? " (added to the issue)" : "") + ", article " + r.position() + ":");
            out.println("  " + r.report().summary());
            r.pictures().forEach(p -> out.println("  picture " + Shown.path(p)));
            r.report().warnings().forEach(w -> out.println("  warning: " + w));
            out.println("Next: jianbao check " + Shown.path(r.issue()));
            return Main.OK;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("jianbao import: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }
}
