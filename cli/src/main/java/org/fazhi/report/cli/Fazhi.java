package org.fazhi.report.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fazhi} command: checks, renders and lists the facts of annual rule-of-law government
 * reports, given as JSON or as their published text, without writing Java.
 *
 * <p>Exit status: 0 when every input was read and none has a finding at the failing severity, 1
 * when one has, 2 when an input cannot be read or the command line is wrong.
 */
@Command(
    name = "fazhi",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check, render and list the facts of rule-of-law government reports.",
    subcommands = {
      ValidateCommand.class,
      ImportCommand.class,
      RenderCommand.class,
      FactsCommand.class,
      CompareCommand.class,
      RollupCommand.class,
      SchemaCommand.class
    },
    footer = {"", "Example:", "  fazhi validate yanggao-2024.json qingxu-2024.txt"})
public final class Fazhi {
  /** Exit status: every input read, none failing. */
  public static final int OK = 0;

  /** Exit status: an input has a finding at the failing severity. */
  public static final int FINDINGS = 1;

  /** Exit status: an input cannot be read, or the command line is wrong. */
  public static final int UNREADABLE = 2;

  /**
   * Hibernate Validator announces its version on standard error at INFO; a command's standard error
   * is for what the user must read. Held here, as the logging framework keeps loggers only weakly.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Fazhi() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, ready to {@code execute}: what {@link #main} runs, for tests and embedding.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Fazhi())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(
            (e, args) -> {
              e.getCommandLine().getErr().println(e.getMessage());
              e.getCommandLine().usage(e.getCommandLine().getErr());
              return UNREADABLE;
            })
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              commandLine.getErr().println("fazhi: " + e.getMessage());
              return UNREADABLE;
            });
  }
}
