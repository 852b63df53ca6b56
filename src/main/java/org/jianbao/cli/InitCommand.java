package org.jianbao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jianbao.workspace.Workspace;
import org.jianbao.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jianbao init DIR --name NAME}: a new publication workspace. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a publication workspace in DIR: profile.json (the publication's settings, to edit),"
                + " issues/<year>/<year>-01.json (the first issue), images/, schema/ (for your editor) and a"
                + " README.md in Chinese. Refuses to touch a folder that already holds a workspace.",
            "新建刊物工作区：刊物设置 profile.json、第一期、图片文件夹和中文说明。"})
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the workspace folder (made if missing)")
    Path dir;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "the publication's name, e.g. \"江苏省信息技术协会工作简报\"")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Workspace.Created c = Workspace.init(dir, name, LocalDate.now());
            var out = spec.commandLine().getOut();
            out.println("Created the workspace of 《" + name.strip() + "》 in " + Shown.path(c.root()) + ":");
            out.println("  profile.json   刊物设置: masthead, issue line, 报/送/发, address — edit it first");
            out.println("  " + Shown.rel(c.root(), c.firstIssue()) + "   第1期 (its sections have no articles yet)");
            out.println("  images/        pictures; imported Word pictures land here");
            out.println("  schema/        JSON Schemas, so that your editor completes and checks");
            out.println("  README.md      what goes where, in Chinese");
            out.println("Next: jianbao import ARTICLE.docx --into " + Shown.path(c.firstIssue()) + " --section "
                    + "NAME");
            return Main.OK;
        } catch (WorkspaceException e) {
            spec.commandLine().getErr().println("jianbao init: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
    }
}
