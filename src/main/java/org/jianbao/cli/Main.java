package org.jianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jianbao}: typesets 简报 from JSON issue descriptors. */
@Command(name = "jianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Typesets a Chinese association's bulletin (简报) from a JSON issue descriptor into a"
                + " print-ready PDF.",
        subcommands = {RenderCommand.class, CheckCommand.class, PreviewCommand.class, TextCommand.class, InitCommand.class,
            NewCommand.class, ImportCommand.class, WatchCommand.class, ImposeCommand.class, FixCommand.class,
            VolumeCommand.class, StudioCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes, documented in the README. */
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** The machine, not the input: a full disk, an output folder that cannot be written, no fonts folder. */
    static final int ENVIRONMENT = 4;

    /** The exit code of a failure: invalid input, or an environment failure. */
    static int failure(org.jianbao.problem.JianbaoException e) {
        return e.isEnvironment() ? ENVIRONMENT : INVALID_INPUT;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: render, check, preview, text, init, new, import, watch, fix, impose, volume or studio (jianbao --help lists"
                        + " them)");
    }

    /** When main began (for {@code -Djianbao.timing=true}). */
    static long started = System.nanoTime();

    public static void main(String[] args) {
        started = System.nanoTime();
        if (args.length > 0 && List.of("render", "check", "preview", "text", "watch", "studio").contains(args[0])) {
            WarmUp.start();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        RenderCommand plain = RenderCommand.plain(args);
        if (plain != null) {
            // the everyday `render <descriptor>... [-o DIR]` skips building the command-line model,
            // a tenth of a second of a cold start; anything else (help, a typo) goes to picocli
            try {
                return plain.render(out, err);
            } catch (RuntimeException ex) {
                return internalError(ex, args, err);
            }
        }
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        // a wrong option or value: the reason, any "did you mean", and where the options are listed —
        // not the whole usage text, which buries the one line that matters
        cl.setParameterExceptionHandler((ex, given) -> {
            err.println("jianbao: error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("`" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help` lists what it takes");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> internalError(ex, args, err));
        String[] rest = cl.getCommandSpec().userObject() instanceof Main ? args
                : java.util.Arrays.copyOfRange(args, 1, args.length);
        return cl.execute(rest);
    }

    private static int internalError(Exception ex, String[] args, PrintWriter err) {
        err.println("jianbao: internal error: " + ex + " — please report this with the descriptor that caused it"
                + " (run with --debug for details)");
        if (Boolean.getBoolean("jianbao.debug") || java.util.Arrays.asList(args).contains("--debug")) {
            ex.printStackTrace(err);
        }
        return INTERNAL;
    }

    /**
     * The command line for {@code args}: when the first argument names a command, only that
     * command's model is built (building every command's model costs a tenth of a second at
     * start-up); otherwise the whole tree, for help and errors.
     */
    private static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            Object command = switch (args[0]) {
                case "render" -> new RenderCommand();
                case "check" -> new CheckCommand();
                case "preview" -> new PreviewCommand();
                case "text" -> new TextCommand();
                case "init" -> new InitCommand();
                case "new" -> new NewCommand();
                case "import" -> new ImportCommand();
                case "watch" -> new WatchCommand();
                case "impose" -> new ImposeCommand();
                case "fix" -> new FixCommand();
                case "volume" -> new VolumeCommand();
                case "studio" -> new StudioCommand();
                default -> null;
            };
            if (command != null) {
                CommandLine sub = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
                sub.setCommandName("jianbao " + args[0]);
                return new Single(sub).commandLine;
            }
        }
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** One command run on its own: the first argument (its name) is dropped before parsing. */
    private record Single(CommandLine commandLine) {
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jianbao " + (v == null ? "(development build)" : v)};
        }
    }
}
