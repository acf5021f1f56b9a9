package dev.dockwright.cli;

import dev.dockwright.lint.RuleRegistry;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * {@code dockwright fix}: {@code dockwright lint --fix}, for people who think of it as a command.
 * Applies the safe fixes in place (atomically), reports what remains, exits like lint.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
        "Apply the rules' safe fixes in place, keeping formatting and comments; the same as"
            + " 'dockwright lint --fix'. --unsafe-fixes adds the fixes that need review; --diff"
            + " shows the changes without writing.",
        "",
        "Exit status: 0 nothing left at or above the failure threshold, 1 findings remain,"
            + " 2 usage or input error."})
public final class FixCommand extends LintCommand {
  public FixCommand() {}

  FixCommand(Supplier<RuleRegistry> registry) {
    super(registry);
  }

  @Override
  boolean fixing() {
    return true;
  }
}
