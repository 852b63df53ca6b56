package org.jianbao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jianbao.Jianbao;
import org.jianbao.problem.JianbaoException;
import org.jianbao.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jianbao check <descriptor.json>...}: validates without rendering. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks descriptors against the schema (schema/issue.schema.json, schema/profile.schema.json)"
                + " and every rule of the typesetter, without writing a PDF. Prints all problems of each file.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<descriptor.json>")
    List<Path> descriptors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Jianbao jb;
        try {
            jb = Home.jianbao(false);
        } catch (JianbaoException e) {
            e.problems().forEach(err::println);
            return Main.failure(e);
        }
        jb.fontWarnings().forEach(err::println);
        int code = Main.OK;
        for (Path d : descriptors) {
            List<Problem> problems = jb.check(d);
            problems.forEach(err::println);
            long errors = problems.stream().filter(Problem::isError).count();
            long warnings = problems.size() - errors;
            out.printf("%s: %s%n", d, errors == 0
                    ? "ok" + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")")
                    : errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                            + (warnings == 1 ? "" : "s"));
            if (errors > 0) {
                code = Main.INVALID_INPUT;
            }
        }
        return code;
    }
}
