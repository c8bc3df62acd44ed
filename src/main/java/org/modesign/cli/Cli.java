package org.modesign.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;

/**
 * The headless command line: {@code validate}, {@code metrics}, {@code compare}, {@code generate},
 * {@code export}, {@code import-csv}, {@code plan}, {@code diff}, {@code show}, {@code merge}, {@code report}.
 * Never starts the JavaFX toolkit. Exit codes: 0 no error finding, 1 at least one, 2 the file
 * cannot be read or the arguments are wrong (message on standard error, nothing on standard
 * output).
 */
public final class Cli {

    /** Exit code when no analysed scenario has an error finding. */
    public static final int OK = 0;
    /** Exit code when at least one error finding was reported. */
    public static final int FINDINGS = 1;
    /** Exit code for unreadable input or wrong arguments. */
    public static final int FAILURE = 2;

    private static final Set<String> COMMANDS = Set.of("validate", "metrics", "compare", "generate", "export",
            "import-csv", "plan", "diff", "show", "merge", "report", "help");

    private Cli() {
    }

    /** Whether {@code args} ask for a headless command (rather than the editor). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    /** Runs the command line on the process's standard streams. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        EarlyReads.start(args);
        try {
            return execute(args, out, err);
        } finally {
            EarlyReads.clear();
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new ModesignCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(Cli::onBadArguments);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> onFailure(ex, commandLine));
        return cmd.execute(args);
    }

    private static int onBadArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("modesign: " + ex.getMessage());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for how to use it.");
        return FAILURE;
    }

    private static int onFailure(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof CliFailure failure) {
            failure.lines().forEach(err::println);
        } else {
            err.println("modesign: unexpected failure: " + ex);
        }
        return FAILURE;
    }
}
