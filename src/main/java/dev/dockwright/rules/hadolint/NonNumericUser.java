package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserStep;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DL3066: {@code USER name} rather than a numeric UID, in a stage that ships. A USER given by
 * a variable is fine when it is an ARG (set at build time) or expands to a number.
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
        + " the stages that ship are checked: a builder stage's user never reaches a host.",
    bad = "FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER app\n",
    good = "FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER 10001\n")
public final class NonNumericUser implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Map<Instruction, UserStep> steps = new IdentityHashMap<>();
    Map<Instruction, Stage> stages = new IdentityHashMap<>();
    for (Stage stage : model.stages()) {
      for (UserStep user : stage.steps(UserStep.class)) {
        steps.put(user.instruction(), user);
        stages.put(user.instruction(), stage);
      }
    }
    Set<String> args = new HashSet<>();
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.ARG && in.arguments() instanceof Arguments.ArgDeclarations a) {
        a.declarations().stream().map(ArgDeclaration::name).forEach(t -> args.add(t.value()));
      }
      if (in.kind() != InstructionKind.USER || !(in.arguments() instanceof Arguments.Text t)) {
        continue;
      }
      Optional<Stage> stage = Optional.ofNullable(stages.get(in));
      if (stage.isPresent() && !model.ships(stage.get())) {
        continue;
      }
      String written = t.text().value();
      String uid = uid(written);
      boolean numeric = uid.chars().allMatch(Character::isDigit);
      boolean fromArg = args.stream().anyMatch(
          a -> written.contains("${" + a + "}") || written.contains("$" + a));
      boolean expandsToNumber = Optional.ofNullable(steps.get(in))
          .map(s -> s.user().resolved() && s.user().user().matches("\\d+")).orElse(false);
      if (!numeric && !fromArg && !expandsToNumber) {
        context.report(t.text().range(), "USER `" + written + "` is a name: use the numeric"
            + " UID (and GID) so that the host and orchestrator can tell who the process runs"
            + " as.");
      }
    }
  }

  private static String uid(String user) {
    int colon = user.indexOf(':');
    return colon < 0 ? user : user.substring(0, colon);
  }
}
