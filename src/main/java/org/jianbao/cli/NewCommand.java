package org.jianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jianbao.workspace.NextIssue;
import org.jianbao.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao new PREVIOUS.json [-o NEW.json] [--supplement]}: next month's issue. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Writes the next issue after PREVIOUS.json: number + 1 (1 again in a new year), total + 1,"
                + " the date one period later (the profile's numbering.perYear, 12 a year by default; the last day of"
                + " a month stays the last day), the same profile, the profile's sections with no articles yet."
                + " The file is named like the previous one (2025-07.json → 2025-08.json) and never overwritten.",
            "按上一期生成下一期：期号、总期号、日期自动加一，栏目来自刊物设置，文章列表为空。"})
final class NewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PREVIOUS.json", description = "the previous issue")
    Path previous;

    @Option(names = {"-o", "--output"}, paramLabel = "NEW.json", description = "the new issue's file (default: named"
            + " after the previous one, beside it; in a new year, in the next year's folder)")
    Path output;

    @Option(names = "--supplement", description = "start a 增刊 (supplement) instead, numbered in its own series"
            + " (增刊第1期, 第2期 … each year)")
    boolean supplement;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            NextIssue.Result r = NextIssue.write(previous, output, supplement);
            var out = spec.commandLine().getOut();
            out.println("Wrote " + Shown.path(r.file()) + ":");
            out.println("  year " + r.year() + ", number " + r.number() + " (" + (r.supplement() ? "增刊" : "")
                    + "第" + r.number() + "期), total " + r.total() + (r.supplement() ? " (kept)" : " (总第" + r.total()
                    + "期)") + ", date " + r.date());
            out.println("  sections " + String.join("、", r.sections()) + " — no articles yet: add them with"
                    + " jianbao import ARTICLE.docx --into " + Shown.path(r.file()) + " --section NAME");
            r.notes().forEach(n -> out.println("  note: " + n));
            return Main.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println("jianbao new: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }
}
