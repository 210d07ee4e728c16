package org.cascade.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cascade.experiment.EngineWarmUp;
import org.cascade.run.output.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code java -jar cascade-simulation.jar run|ensemble|compare|sweep|sensitivity|merge|validate|params|scenarios ...}.
 * Exit codes: 0 success, 2 bad input (one message on stderr naming file, line, field and what is allowed),
 * 1 an unexpected failure (one line on stderr).
 */
@Command(name = "cascade", mixinStandardHelpOptions = true, versionProvider = CascadeCli.VersionProvider.class,
    description = "CASCADE: agent-based simulation of cooperation between Kazakhstan, Uzbekistan, Kyrgyzstan, "
        + "Tajikistan, Turkmenistan, Azerbaijan and Armenia.")
public final class CascadeCli implements Callable<Integer> {
    /**
     * The subcommands, in the order the help lists them. Picocli reads each one's annotations by reflection when it
     * is added, in a JVM that has only just started (about 40 ms for the eight a command does not use), so a command
     * line that names one gets only that one ({@link #commandLine(String...)}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ExperimentCommand.Ensemble.class,
        ExperimentCommand.Compare.class, ExperimentCommand.Sweep.class, ExperimentCommand.Sensitivity.class,
        MergeCommand.class, ValidateCommand.class, ParamsCommand.class, ScenariosCommand.class);

    /** The commands that run an experiment engine, which {@link EngineWarmUp} prepares for. */
    private static final List<String> EXPERIMENTS = SUBCOMMANDS.stream()
        .filter(ExperimentCommand.class::isAssignableFrom).map(c -> c.getAnnotation(Command.class).name()).toList();

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && EXPERIMENTS.contains(args[0]) && Runtime.getRuntime().availableProcessors() > 1) {
            EngineWarmUp.begin(); // on the second core, while the command line and the experiment file are read
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code (never throws, never calls System.exit). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine(args);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** A configured command line with every subcommand (exception handlers, exit codes); set its out/err first. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * As {@link #commandLine()}, for these arguments: when the first names a subcommand, the others are left out
     * (they could not run; the root's help, a typo's suggestions and every other case get them all).
     */
    public static CommandLine commandLine(String... arguments) {
        CommandLine cmd = new CommandLine(new CascadeCli());
        String first = arguments.length == 0 ? "" : arguments[0];
        List<Class<?>> named = SUBCOMMANDS.stream()
            .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) {
            cmd.addSubcommand(c);
        }
        // set after the subcommands are added: picocli hands the handlers down to the subcommands present
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String hint = c.getCommandSpec().qualifiedName(" ");
            c.getErr().println("error: " + ex.getMessage() + " (see '" + hint + " --help')");
            c.getErr().flush();
            return EXIT_USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof CliException) {
                c.getErr().println("error: " + ex.getMessage());
                c.getErr().flush();
                return EXIT_USAGE;
            }
            String msg = ex.getMessage();
            c.getErr().println("error: unexpected " + ex.getClass().getSimpleName()
                + (msg == null ? "" : ": " + msg.lines().findFirst().orElse("")));
            c.getErr().flush();
            return EXIT_FAILURE;
        });
        return cmd;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing command: run, ensemble, compare, sweep, sensitivity, merge, validate, params or scenarios "
            + "(see 'cascade --help')");
        return EXIT_USAGE;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"CASCADE " + Version.get()};
        }
    }
}
