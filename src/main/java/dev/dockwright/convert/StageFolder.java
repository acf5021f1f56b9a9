package dev.dockwright.convert;

import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.model.Mount;
import dev.dockwright.model.OtherStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StagePaths;
import dev.dockwright.model.Step;
import dev.dockwright.model.StepContext;
import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Folds a multi-stage build into one stage: the stages the final image copies from run inside
 * it instead (see {@link FoldedBlock}), the final stage keeps its base, user, env, ports,
 * health check and command, and the stage chain it is built on becomes one stage. Refuses,
 * naming the instruction, whatever it cannot carry over faithfully: a build stage on another
 * base image, a stage nothing uses, copies with {@code --chown}, files that land elsewhere
 * than where the build stage made them (unless a {@code cp -a} in its last RUN can move them),
 * mounts from stages. The result is checked: its image settings must equal the original's.
 */
final class StageFolder {
  private final String fileName;
  private final Edits edits;
  private final DockerfileModel model;
  private final List<String> notes;
  private final List<Stage> chain;

  private StageFolder(String fileName, Edits edits, DockerfileModel model, List<String> notes) {
    this.fileName = fileName;
    this.edits = edits;
    this.model = model;
    this.notes = notes;
    this.chain = model.shippedStages();
  }

  static String fold(String fileName, Edits edits, DockerfileModel model, List<String> notes) {
    return new StageFolder(fileName, edits, model, notes).fold();
  }

  private String fold() {
    Map<Stage, List<CopyStep>> copies = copiesFromStages();
    Set<Stage> folded = new LinkedHashSet<>();
    Set<String> finalPackages = FoldedBlock.packagesOf(model.finalStage().orElseThrow());
    for (Map.Entry<Stage, List<CopyStep>> e : copies.entrySet()) {
      Stage builder = e.getKey();
      List<Stage> builderChain = chainOf(builder);
      int common = 0;
      while (common < builderChain.size() && common < chain.size()
          && builderChain.get(common) == chain.get(common)) {
        common++;
      }
      List<Stage> toFold = builderChain.subList(common, builderChain.size());
      for (Stage s : toFold) {
        if (!folded.add(s)) {
          throw CannotConvert.at(fileName, s.from(), "two stages the final image copies from are "
              + "built on this one; folding it twice is not supported");
        }
        checkFoldable(s);
      }
      if (common == 0) {
        sameBase(builderChain.get(0), chain.get(0));
      }
      List<String> finish = new ArrayList<>();
      boolean namedOwner = false;
      for (CopyStep c : e.getValue()) {
        namedOwner |= checkCopy(c, builder, finish);
      }
      Stage host = chain.get(common);
      // A user named by --chown exists only once the final stage created it.
      boolean atStart = !namedOwner && independent(host, e.getValue().get(0));
      StepContext at = atStart ? host.startContext() : e.getValue().get(0).context();
      String block = new FoldedBlock(fileName, edits, builderChain, toFold, at, finalPackages,
          finish, workdirMatters(host, atStart ? null : e.getValue().get(0)), notes).render();
      CopyStep first = e.getValue().get(0);
      if (atStart) {
        edits.insertAfter(host.from(), block);
        edits.deleteInstruction(first.instruction(), true);
      } else {
        edits.deleteInstruction(first.instruction(), true);
        edits.insert(edits.blockStart(first.instruction()), block);
      }
      e.getValue().stream().skip(1).forEach(c -> edits.deleteInstruction(c.instruction(), true));
    }
    for (Stage s : model.stages()) {
      if (!chain.contains(s) && !folded.contains(s)) {
        throw CannotConvert.at(fileName, s.from(), "stage '" + s.reference() + "' is not used by "
            + "the final image: one stage cannot keep it (delete it, or build it with --target)");
      }
    }
    for (Stage s : folded) {
      int i = model.stages().indexOf(s);
      int end = i + 1 < model.stages().size()
          ? edits.blockStart(model.stages().get(i + 1).from()) : edits.source().length();
      edits.delete(edits.blockStart(s.from()), end);
    }
    for (Stage s : chain.subList(1, chain.size())) {
      edits.deleteInstruction(s.from(), false); // FROM <previous stage>: one stage now
    }
    removeInitComment(model.finalStage().orElseThrow());
    Set<String> shipped = new LinkedHashSet<>();
    for (Stage s : folded) {
      s.steps(CopyStep.class).stream().filter(CopyStep::fromContext)
          .forEach(c -> shipped.add(c.resolvedDestination()));
    }
    if (!shipped.isEmpty()) {
      notes.add("what the build stage copied in now ships in the image too: "
          + String.join(" ", shipped));
    }
    String out = edits.apply();
    verify(out);
    return out;
  }

  // ------------------------------------------------------------------------------ checks

  private Map<Stage, List<CopyStep>> copiesFromStages() {
    Map<Stage, List<CopyStep>> copies = new LinkedHashMap<>();
    for (Stage s : chain) {
      for (Step step : s.steps()) {
        if (step instanceof CopyStep c && c.fromStage().isPresent()) {
          copies.computeIfAbsent(c.fromStage().get(), k -> new ArrayList<>()).add(c);
        } else if (step instanceof RunStep r) {
          noStageMounts(r);
        }
      }
    }
    return copies;
  }

  private void noStageMounts(RunStep r) {
    for (Mount m : r.mounts()) {
      if (m.from().flatMap(model::stage).isPresent()) {
        throw CannotConvert.at(fileName, r.instruction(), "it mounts files from stage '"
            + m.from().get() + "', which one stage cannot have");
      }
    }
  }

  private static List<Stage> chainOf(Stage s) {
    List<Stage> out = new ArrayList<>();
    for (Stage x = s; x != null; x = x.parent().orElse(null)) {
      out.add(0, x);
    }
    return out;
  }

  private void checkFoldable(Stage s) {
    for (Step step : s.steps()) {
      if (step instanceof CopyStep c && c.fromStage().isPresent()) {
        throw CannotConvert.at(fileName, step.instruction(), "a build stage copying from another "
            + "stage is not folded (fold that stage into this one first)");
      }
      if (step instanceof RunStep r) {
        noStageMounts(r);
      }
      if (step instanceof OtherStep o && (o.kind() == InstructionKind.VOLUME
          || o.kind() == InstructionKind.ONBUILD)) {
        throw CannotConvert.at(fileName, step.instruction(), o.kind() + " in a build stage would "
            + "change the final image");
      }
    }
  }

  /** The build stage must start from the final image's base, or it built on other ground. */
  private void sameBase(Stage builderRoot, Stage finalRoot) {
    ImageFacts b = builderRoot.facts();
    ImageFacts f = finalRoot.facts();
    boolean same = builderRoot.baseText().equals(finalRoot.baseText())
        || b.os() == f.os() && b.python().equals(f.python()) && b.compilers() == f.compilers()
            && b.curl() == f.curl() && b.wget() == f.wget() && b.shell() == f.shell()
            && b.python().isPresent();
    if (!same) {
      throw CannotConvert.at(fileName, builderRoot.from(), "the build stage starts from "
          + builderRoot.baseText() + ", the final image from " + finalRoot.baseText()
          + ": its steps would run on another image (use the same base for both first)");
    }
  }

  /**
   * A COPY --from the build stage: the same path (nothing to do), or a directory to move with
   * {@code cp -a}; {@code --chown} and a numeric {@code --chmod} become {@code chown -R} and
   * {@code chmod -R}. Adds the commands to {@code finish}; true when it owns files to a user
   * named in this file, who only exists once the final stage created it.
   */
  private boolean checkCopy(CopyStep c, Stage builder, List<String> finish) {
    for (var f : c.instruction().flags()) {
      if (!List.of("from", "link", "chown", "chmod").contains(f.name())) {
        throw CannotConvert.at(fileName, c.instruction(), "--" + f.name() + " on a copy from a "
            + "stage has no faithful single-stage form here");
      }
    }
    if (c.sources().size() != 1 || c.sources().get(0).matches(".*[*?\\[].*")
        || c.sources().get(0).contains("$") || c.resolvedDestination().contains("$")) {
      throw CannotConvert.at(fileName, c.instruction(), "only a copy of one path, without "
          + "wildcards or unknown variables, is folded");
    }
    String src = Paths.normalize("/" + c.sources().get(0));
    String dest = Paths.normalize(c.resolvedDestination());
    boolean samePath = src.equals(dest) || c.destination().endsWith("/")
        && Paths.normalize(dest + "/" + src.substring(src.lastIndexOf('/') + 1)).equals(src);
    if (!samePath) {
      Optional<StagePaths> paths = StagePaths.of(builder);
      if (paths.isEmpty() || !paths.get().roots().contains(src)) {
        throw CannotConvert.at(fileName, c.instruction(), "it copies " + src + " to " + dest
            + ", and " + src + " is not a directory the build stage is known to create");
      }
      finish.add("cp -a " + src + "/. " + dest + "/ && rm -rf " + src);
      notes.add(src + " of the build stage is moved to " + dest + " (cp -a) in its last RUN, as "
          + "the COPY --from did");
    }
    boolean named = false;
    Optional<String> chown = c.chown();
    if (chown.isPresent()) {
      named = !chown.get().matches("\\d+(:\\d+)?");
      if (named && !createdBefore(chown.get().split(":")[0], c)) {
        throw CannotConvert.at(fileName, c.instruction(), "--chown names user "
            + chown.get().split(":")[0] + ", whom this file does not create before the copy");
      }
      finish.add("chown -R " + chown.get() + " " + dest);
    }
    Optional<String> chmod = c.chmod();
    if (chmod.isPresent()) {
      if (!chmod.get().matches("[0-7]{3,4}")) {
        throw CannotConvert.at(fileName, c.instruction(), "--chmod=" + chmod.get() + " is not an "
            + "octal mode chmod -R could apply the same way");
      }
      finish.add("chmod -R " + chmod.get() + " " + dest);
    }
    if (chown.isPresent() || chmod.isPresent()) {
      notes.add("the ownership or mode the COPY --from gave " + dest + " is set by the last RUN "
          + "of the build stage instead");
    }
    return named;
  }

  /** Whether a RUN of the final stage chain before {@code copy} creates {@code user}. */
  private boolean createdBefore(String user, CopyStep copy) {
    if (user.equals("root")) {
      return true;
    }
    for (Stage s : chain) {
      for (Step step : s.steps()) {
        if (step == copy) {
          return false;
        }
        if (step instanceof RunStep r) {
          for (RunStep.Command cmd : r.commands()) {
            var add = dev.dockwright.shell.commands.UserAddCommand.match(cmd.invocation());
            if (add.isPresent() && add.get().name().flatMap(w -> w.literal())
                .map(user::equals).orElse(false)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the final stage's steps before the copy ignore the build stage's files, so the
   * build stage can run first, from the same state it ran in before.
   */
  private boolean independent(Stage host, CopyStep copy) {
    boolean seen = false;
    for (Stage s : chain.subList(chain.indexOf(host), chain.size())) {
      for (Step step : s.steps()) {
        if (step == copy) {
          return true;
        }
        if (step instanceof RunStep r) {
          RunKind k = RunKind.of(r);
          if (!(k.usersOnly() || k.isSystemOnly())) {
            return false;
          }
        } else if (step instanceof CopyStep || step instanceof OtherStep o
            && o.kind() == InstructionKind.VOLUME) {
          return false;
        }
        seen = true;
      }
    }
    return seen;
  }

  /** init's comment on the runtime stage speaks of a builder that is gone. */
  private void removeInitComment(Stage fin) {
    var above = fin.from().commentsAbove();
    if (!above.isEmpty() && above.get(0).content().startsWith("Runtime stage: the same base "
        + "image as the builder")) {
      edits.delete(above.get(0).span().startOffset(), above.get(above.size() - 1).span().endOffset());
    }
  }

  /**
   * Whether the working directory at the insertion point matters after the folded block: a
   * RUN or relative COPY comes before any absolute WORKDIR, or nothing sets it again (it is
   * the image's).
   */
  private boolean workdirMatters(Stage host, CopyStep after) {
    boolean started = after == null;
    for (Stage s : chain.subList(chain.indexOf(host), chain.size())) {
      for (Step step : s.steps()) {
        if (!started) {
          started = step == after;
          continue;
        }
        if (step instanceof dev.dockwright.model.WorkdirStep w) {
          return !w.path().startsWith("/");
        }
        if (step instanceof RunStep r && !FoldedBlock.cwdFree(r)
            || step instanceof CopyStep c && c != after && !c.destination().startsWith("/")) {
          return true;
        }
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------ verify

  /** The folded file must configure the image exactly as the final stage did. */
  private void verify(String out) {
    DockerfileModel after = DockerfileModel.of(DockerfileParser.parse(fileName, out),
        ModelOptions.defaults());
    if (after.stages().size() != 1) {
      throw new IllegalStateException("folding left " + after.stages().size() + " stages");
    }
    Stage before = model.finalStage().orElseThrow();
    Stage now = after.stages().get(0);
    List<String> diffs = new ArrayList<>();
    compare(diffs, "ENV", before.endContext().scope().env(), now.endContext().scope().env());
    compare(diffs, "WORKDIR", before.endContext().workdir(), now.endContext().workdir());
    compare(diffs, "USER", before.user().map(Object::toString), now.user().map(Object::toString));
    compare(diffs, "SHELL", before.endContext().shell(), now.endContext().shell());
    compare(diffs, "EXPOSE", ports(before), ports(now));
    compare(diffs, "HEALTHCHECK", before.healthcheck().map(h -> h.instruction().logicalLine()),
        now.healthcheck().map(h -> h.instruction().logicalLine()));
    compare(diffs, "CMD", before.cmd().map(c -> c.command().processArgs()),
        now.cmd().map(c -> c.command().processArgs()));
    compare(diffs, "ENTRYPOINT", before.entrypoint().map(c -> c.command().processArgs()),
        now.entrypoint().map(c -> c.command().processArgs()));
    compare(diffs, "base image", before.image().map(Object::toString),
        now.image().map(Object::toString));
    if (!diffs.isEmpty()) {
      throw CannotConvert.file(fileName, "folding would change the image's " + String.join(", ",
          diffs) + " (please report this)");
    }
  }

  private static List<String> ports(Stage s) {
    return s.exposedPorts().stream().map(PortSpec::text).toList();
  }

  private static void compare(List<String> diffs, String what, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      diffs.add(what);
    }
  }
}
