package dev.dockwright.model;

import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: from its FROM to the next. Knows what it is built on (an image, or an earlier
 * stage whose state it inherits), its steps, and its state at the end: the image config a build
 * of this stage produces (user, env, workdir, ports, healthcheck, CMD/ENTRYPOINT).
 */
public final class Stage {

  private final int index;
  private final Instruction from;
  private final Optional<Token> nameToken;
  private final String baseText;
  private final Optional<Stage> parent;
  private final Optional<ImageRef> image;
  private final ImageFacts facts;
  private final Optional<String> platform;
  private final List<Step> steps = new ArrayList<>();
  private StepContext start;
  private StepContext end;

  Stage(int index, Instruction from, Optional<Token> nameToken, String baseText,
      Optional<Stage> parent, Optional<ImageRef> image, ImageFacts facts, Optional<String> platform) {
    this.index = index;
    this.from = from;
    this.nameToken = nameToken;
    this.baseText = baseText;
    this.parent = parent;
    this.image = image;
    this.facts = facts;
    this.platform = platform;
  }

  void add(Step step) {
    steps.add(step);
  }

  void start(StepContext context) {
    this.start = context;
    this.end = context;
  }

  void end(StepContext context) {
    this.end = context;
  }

  /** 0-based position in the file. */
  public int index() {
    return index;
  }

  /** The {@code AS name} as written (BuildKit matches names case-insensitively). */
  public Optional<String> name() {
    return nameToken.map(Token::value);
  }

  public Optional<Token> nameToken() {
    return nameToken;
  }

  /** How {@code --from} and {@code FROM} refer to this stage: its name, else its index. */
  public String reference() {
    return name().map(n -> n.toLowerCase(java.util.Locale.ROOT)).orElse(Integer.toString(index));
  }

  /** The FROM instruction. */
  public Instruction from() {
    return from;
  }

  public Range range() {
    return from.range();
  }

  /** The base as written after expanding global ARGs ({@code python:3.12-slim}, {@code builder}). */
  public String baseText() {
    return baseText;
  }

  /** The earlier stage this one is built on ({@code FROM builder}). */
  public Optional<Stage> parent() {
    return parent;
  }

  /** The base image reference, following parent stages to the image at the root. */
  public Optional<ImageRef> image() {
    return parent.isPresent() ? parent.get().image() : image;
  }

  /** The image reference written in this FROM; empty when it names an earlier stage. */
  public Optional<ImageRef> ownImage() {
    return image;
  }

  /** What is known about the root base image (Python version, curl, OS). */
  public ImageFacts facts() {
    return facts;
  }

  /** {@code --platform} after expansion. */
  public Optional<String> platform() {
    return platform;
  }

  public List<Step> steps() {
    return Collections.unmodifiableList(steps);
  }

  /** The steps of one kind, e.g. {@code steps(RunStep.class)}. */
  public <T extends Step> List<T> steps(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Step s : steps) {
      if (type.isInstance(s)) {
        out.add(type.cast(s));
      }
    }
    return out;
  }

  /** State at the start (inherited from the parent stage or the base image). */
  public StepContext startContext() {
    return start;
  }

  /** State after the last instruction: what the image of this stage is configured with. */
  public StepContext endContext() {
    return end;
  }

  /** The user the image runs as: the last USER here or in a parent stage; empty = base default. */
  public Optional<UserSpec> user() {
    return end.user();
  }

  /** The last step of a kind, here or in the parent stages (CMD, HEALTHCHECK, ...). */
  public <T extends Step> Optional<T> lastInherited(Class<T> type, java.util.function.Predicate<T> which) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      if (type.isInstance(s) && which.test(type.cast(s))) {
        return Optional.of(type.cast(s));
      }
    }
    return parent.flatMap(p -> p.lastInherited(type, which));
  }

  /** The HEALTHCHECK in effect (maybe NONE), here or inherited from a parent stage. */
  public Optional<HealthcheckStep> healthcheck() {
    return lastInherited(HealthcheckStep.class, h -> true);
  }

  /** The CMD in effect. */
  public Optional<CommandStep> cmd() {
    return lastInherited(CommandStep.class, c -> c.kind() == dev.dockwright.syntax.InstructionKind.CMD);
  }

  /** The ENTRYPOINT in effect. */
  public Optional<CommandStep> entrypoint() {
    return lastInherited(CommandStep.class,
        c -> c.kind() == dev.dockwright.syntax.InstructionKind.ENTRYPOINT);
  }

  /** Every EXPOSEd port, parent stages included. */
  public List<PortSpec> exposedPorts() {
    List<PortSpec> out = new ArrayList<>(parent.map(Stage::exposedPorts).orElse(List.of()));
    for (ExposeStep e : steps(ExposeStep.class)) {
      out.addAll(e.ports());
    }
    return out;
  }

  @Override
  public String toString() {
    return "Stage[" + index + (nameToken.isPresent() ? " " + name().get() : "") + " FROM " + baseText + "]";
  }
}
