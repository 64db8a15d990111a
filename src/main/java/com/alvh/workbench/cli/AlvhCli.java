package com.alvh.workbench.cli;

import com.alvh.workbench.io.TextFiles;
import com.alvh.workbench.report.ReportFolder;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioProblem;
import com.alvh.workbench.sim.SimulationCancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The headless face of the workbench: {@code run}, {@code report}, {@code replay}, {@code validate},
 * {@code price}, {@code sweep} and {@code position import}, calling the same services as the GUI. Exit codes: 0 ok, 1 runtime failure,
 * 2 bad input; errors go to stderr, one clear line each.
 */
@Command(name = "alvh", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "ALVH Workbench, headless: simulate, replay and report on condors with layered VIX hedges.",
        subcommands = {RunCommand.class, ReportCommand.class, ReplayCommand.class, ValidateCommand.class,
                PriceCommand.class, SweepCommand.class, PositionCommand.class, CommandLine.HelpCommand.class})
public final class AlvhCli {

    /** Success. */
    public static final int OK = 0;
    /** The run failed (I/O, cancelled, an internal error). */
    public static final int RUNTIME_FAILURE = 1;
    /** Bad input: arguments, a scenario file, a value out of range. */
    public static final int BAD_INPUT = 2;

    private AlvhCli() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line (for tests and embedding).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AlvhCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A date that does not parse is named in words, not by the parser's exception.
        cli.registerConverter(LocalDate.class, s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a date as YYYY-MM-DD");
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("usage: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err));
        int code;
        try {
            code = cli.execute(args);
        } catch (LinkageError | VirtualMachineError e) {
            // A broken installation or an exhausted JVM: one line, not a stack trace.
            err.println("error: internal failure: " + e);
            code = RUNTIME_FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof ScenarioException se) {
            err.println("error: " + se.getMessage().lines().findFirst().orElse("bad scenario"));
            for (ScenarioProblem p : se.problems()) {
                err.println("error: " + p);
            }
            return BAD_INPUT;
        }
        if (ex instanceof NoSuchFileException nf) {
            err.println("error: file not found: " + nf.getFile());
            return BAD_INPUT;
        }
        if (ex instanceof ReportFolder.ReportFolderException rf) {
            // A folder that cannot take a report is bad input; one another report is writing is not.
            err.println("error: --out " + rf.getMessage());
            return rf.busy() ? RUNTIME_FAILURE : BAD_INPUT;
        }
        if (ex instanceof TextFiles.NotTextException nt) {
            err.println("error: " + nt.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            err.println("error: " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof SimulationCancelledException) {
            err.println("error: cancelled");
            return RUNTIME_FAILURE;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            if (cause instanceof NoSuchFileException nf) {
                err.println("error: file not found: " + nf.getFile());
                return RUNTIME_FAILURE;
            }
            err.println("error: " + cause.getMessage());
            return RUNTIME_FAILURE;
        }
        err.println("error: internal failure: " + ex);
        return RUNTIME_FAILURE;
    }
}
