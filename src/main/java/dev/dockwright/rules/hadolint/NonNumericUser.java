package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Scope;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserStep;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DL3066: the image runs as a user name rather than a numeric UID. Only the USER the image ends
 * with counts (the last USER of the final stage and the stages it is built FROM): the USERs
 * before it are resolved by the build, inside the image, where the names exist. A USER given by
 * a variable is fine when it is an ARG (set at build time), expands to a number, or has no value
 * known here (a base image's ENV); {@code root} is UID 0 everywhere.
 */
@RuleSpec(
    code = "DL3066",
    name = "NonNumericUser",
    severity = Severity.INFO,
    origin = Origin.HADOLINT,
    summary = "Non-numeric user-id may not be resolvable by host system",
    rationale = "A user name is resolved through the image's /etc/passwd when the container"
        + " starts; the host and orchestrator cannot resolve it. Kubernetes' `runAsNonRoot`"
        + " refuses to start an image whose USER is a name because it cannot prove the user is"
        + " not root, and file ownership on mounted volumes needs the numeric ID anyway. Only"
        + " the user the image runs as is checked (the last USER of what ships): earlier USERs"
        + " only affect build steps, which run inside the image where the name exists, and"
        + " `root` is UID 0 on every system. hadolint reports every USER.",
    bad = "FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER app\n",
    good = "FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER 10001\n")
public final class NonNumericUser implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Optional<Instruction> user = Optional.empty();
    Optional<UserStep> step = Optional.empty();
    if (model.stages().isEmpty()) { // a fragment: its last USER
      for (Instruction in : model.dockerfile().instructions()) {
        if (in.kind() == InstructionKind.USER) {
          user = Optional.of(in);
        }
      }
    } else {
      for (Stage stage : model.shippedStages()) {
        for (UserStep s : stage.steps(UserStep.class)) {
          step = Optional.of(s);
        }
      }
      user = step.map(UserStep::instruction);
    }
    if (user.isEmpty() || !(user.get().arguments() instanceof Arguments.Text t)) {
      return;
    }
    String written = t.text().value();
    String uid = uid(written);
    Set<String> args = argsBefore(model, user.get());
    boolean numeric = uid.chars().allMatch(Character::isDigit);
    boolean root = uid.equals("root");
    boolean fromArg = args.stream().anyMatch(
        a -> written.contains("${" + a + "}") || written.contains("$" + a));
    Scope scope = step.map(s -> s.context().scope()).orElse(model.globalScope());
    Expansion value = new VariableExpander(model.dockerfile().escapeChar(),
        ExpansionOptions.DEFAULT).expand(written, scope);
    boolean expandsToNumber = !value.failed() && value.unmatched().isEmpty()
        && uid(value.text()).matches("\\d+");
    // A variable without a value here (a base image's ENV we do not know) may well be a number.
    boolean unknown = !value.unmatched().isEmpty();
    if (!numeric && !root && !fromArg && !expandsToNumber && !unknown) {
      context.report(t.text().range(), "The image runs as USER `" + written + "`, a name: use"
          + " the numeric UID (and GID) so that the host and orchestrator can tell who the"
          + " process runs as.");
    }
  }

  /** The names ARG declares before {@code user} (global and stage ARGs, as hadolint counts). */
  private static Set<String> argsBefore(DockerfileModel model, Instruction user) {
    Set<String> names = new HashSet<>();
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.range().startOffset() >= user.range().startOffset()) {
        break;
      }
      if (in.kind() == InstructionKind.ARG && in.arguments() instanceof Arguments.ArgDeclarations a) {
        a.declarations().stream().map(ArgDeclaration::name).forEach(n -> names.add(n.value()));
      }
    }
    return names;
  }

  private static String uid(String user) {
    int colon = user.indexOf(':');
    return colon < 0 ? user : user.substring(0, colon);
  }
}
