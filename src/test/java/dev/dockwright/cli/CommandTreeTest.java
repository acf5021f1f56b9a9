package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@link Main} builds only the subcommand a run names: the lazily built tree must hold the same
 * commands as the full one and every invocation must behave as with the full tree.
 */
class CommandTreeTest {

  private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter(), true);

  @Test
  void everySubcommandIsRegisteredUnderItsOwnName() {
    for (Main.Subcommand s : Main.SUBCOMMANDS) {
      CommandLine.Command command = s.type().getAnnotation(CommandLine.Command.class);
      assertThat(command).as(s.type().getName()).isNotNull();
      assertThat(command.name()).isEqualTo(s.name());
    }
    assertThat(Main.class.getAnnotation(CommandLine.Command.class).subcommands())
        .as("subcommands are registered by Main.SUBCOMMANDS, not the annotation")
        .isEmpty();
  }

  /** The top-level help lists each command by the first line of its description: a sentence. */
  @Test
  void everySubcommandsFirstDescriptionLineIsASentence() {
    for (Main.Subcommand s : Main.SUBCOMMANDS) {
      String[] description = s.type().getAnnotation(CommandLine.Command.class).description();
      if (s.type() == CommandLine.HelpCommand.class) {
        continue;
      }
      assertThat(description).as(s.name()).isNotEmpty();
      assertThat(description[0]).as(s.name() + "'s first description line").endsWith(".");
    }
  }

  /** A command class added to the cli package must be added to Main.SUBCOMMANDS too. */
  @Test
  void everyCommandClassIsASubcommand() throws Exception {
    Path cli = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("dev/dockwright/cli");
    List<Class<?>> commands = new ArrayList<>();
    try (Stream<Path> files = Files.list(cli)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName("dev.dockwright.cli." + name.replace(".class", ""));
          if (c.isAnnotationPresent(CommandLine.Command.class) && c != Main.class) {
            commands.add(c);
          }
        }
      }
    }
    assertThat(commands).isNotEmpty();
    assertThat(Main.SUBCOMMANDS.stream().map(Main.Subcommand::type).toList())
        .containsAll(commands);
  }

  @Test
  void rootHelpListsEveryCommand() {
    String help = run("--help").out();
    for (Main.Subcommand s : Main.SUBCOMMANDS) {
      assertThat(help).containsPattern("(?m)^  " + s.name() + "\\b");
    }
    assertThat(help).isEqualTo(Main.commandLine(NOWHERE, NOWHERE).getUsageMessage());
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(names(Main.needed(new String[] {"lint", "Dockerfile"}))).containsExactly("lint");
    assertThat(names(Main.needed(new String[] {"verify"}))).containsExactly("verify");
    String[][] everything = {{}, {"help", "lint"}, {"--help"}, {"-V"}, {"--version", "lint"},
        {"lnt"}, {"@args.txt"}, {"--", "lint"}, {"LINT"}};
    for (String[] args : everything) {
      assertThat(Main.needed(args)).as(String.join(" ", args)).isEqualTo(Main.SUBCOMMANDS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "lint", "fix", "rules", "init", "build", "verify"})
  void aLazilyBuiltCommandEqualsTheOneInTheFullTree(String name) {
    CommandLine lazy = Main.commandLine(new String[] {name}, NOWHERE, NOWHERE);
    CommandLine full = Main.commandLine(NOWHERE, NOWHERE);
    assertThat(lazy.getSubcommands()).containsOnlyKeys(name);
    assertSameCommand(lazy.getSubcommands().get(name), full.getSubcommands().get(name));
  }

  /** Invocations that print help, versions and errors: lazy and full trees answer alike. */
  @ParameterizedTest
  @ValueSource(strings = {"", "--help", "--version", "help", "help lint", "help verify", "lnt",
      "lint --help", "lint --bogus", "lint --format", "fix --help", "parse --help", "rules --help",
      "rules explain --help", "rules explain", "init --help", "build --help", "verify --help",
      "verify --engine nosuch", "-x lint"})
  void answersAsTheFullTreeDoes(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Run lazy = run(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    assertThat(lazy).isEqualTo(new Run(exit, out.toString(), err.toString()));
  }

  private static void assertSameCommand(CommandLine lazy, CommandLine full) {
    CommandSpec a = lazy.getCommandSpec();
    CommandSpec b = full.getCommandSpec();
    assertThat(a.qualifiedName()).isEqualTo(b.qualifiedName());
    assertThat(a.userObject().getClass()).isEqualTo(b.userObject().getClass());
    assertThat(describe(a.args())).isEqualTo(describe(b.args()));
    assertThat(lazy.getUsageMessage(CommandLine.Help.Ansi.OFF))
        .isEqualTo(full.getUsageMessage(CommandLine.Help.Ansi.OFF));
    assertThat(lazy.getSubcommands().keySet()).isEqualTo(full.getSubcommands().keySet());
    for (Map.Entry<String, CommandLine> sub : lazy.getSubcommands().entrySet()) {
      assertSameCommand(sub.getValue(), full.getSubcommands().get(sub.getKey()));
    }
  }

  private static List<String> describe(List<ArgSpec> args) {
    return args.stream()
        .map(arg -> arg.paramLabel() + " " + arg.type().getName() + " " + arg.arity()
            + " " + (arg.isOption() ? String.join("|", ((CommandLine.Model.OptionSpec) arg).names())
            : "positional") + " " + arg.defaultValue() + " " + arg.required())
        .collect(Collectors.toList());
  }

  private static List<String> names(List<Main.Subcommand> subcommands) {
    return subcommands.stream().map(Main.Subcommand::name).toList();
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}
