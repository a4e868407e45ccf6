package org.parseq.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ParSeq command line on a plain class path (no OSGi):
 * {@code java -cp "plugins/*" org.parseq.cli.ParseqCli batch ...}. Problems with the
 * arguments are one line on stderr and exit status 2, never a stack trace.
 */
@Command(name = "parseq", mixinStandardHelpOptions = true, subcommands = BatchCommand.class,
        description = "ParSeq for Eclipse, command line.")
public final class ParseqCli implements Runnable {

    public static void main(String[] args) {
        // jHDF logs every group it opens at INFO; a batch run wants only warnings.
        if (System.getProperty("org.slf4j.simpleLogger.log.io.jhdf") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.jhdf", "warn");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command and returns its exit status; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ParseqCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            String command = problem.getCommandLine().getCommandName();
            err.println(command + ": " + problem.getMessage() + " (try '" + command + " --help')");
            err.flush();
            return BatchCommand.USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, line, parsed) -> {
            if (problem instanceof UsageException) {
                err.println("parseq " + line.getCommandName() + ": " + problem.getMessage());
                err.flush();
                return BatchCommand.USAGE;
            }
            err.println("parseq " + line.getCommandName() + ": failed: " + problem);
            err.flush();
            return BatchCommand.ITEMS_FAILED;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
