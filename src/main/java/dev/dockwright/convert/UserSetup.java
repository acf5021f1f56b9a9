package dev.dockwright.convert;

import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.UserStep;
import dev.dockwright.model.image.OsFamily;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.ParsedArgs;
import dev.dockwright.shell.commands.UserAddCommand;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

/**
 * The user the image runs as, the way init sets it up: a non-root user with a numeric uid
 * (10001) and a home; for Hugging Face Spaces uid 1000 (Spaces run the container as that uid)
 * with {@code HOME} set and the app directory and code owned by it, so the app can write there.
 * An existing non-root user is kept (for Spaces its uid becomes 1000).
 */
final class UserSetup {
  static final int UID = 10001;
  static final int SPACES_UID = 1000;

  private final Edits edits;
  private final FinalStage fin;
  private final List<String> notes;

  /** The user-creating command found for the current USER, with the RUN it is in. */
  private record Creator(UserAddCommand command, RunStep.Command where) {
    Range range(Span span) {
      return where.source().range(span);
    }
  }

  UserSetup(Edits edits, FinalStage fin, List<String> notes) {
    this.edits = edits;
    this.fin = fin;
    this.notes = notes;
  }

  /** Makes sure the image runs as a non-root user; for Spaces, as uid 1000 with a home. */
  void apply(boolean spaces) {
    Stage stage = fin.stage();
    Optional<UserSpec> user = stage.user();
    Optional<UserStep> userStep = stage.lastInherited(UserStep.class, u -> true);
    boolean root = user.isEmpty() || user.get().isRoot();
    if (root) {
      Optional<Creator> existing = anyCreator();
      if (existing.isPresent() && !spaces) {
        String name = existing.get().command().name().flatMap(Word::literal).orElseThrow();
        setUser(userStep, existing.get().command().uid().orElse(name));
        notes.add("the image now runs as user " + name + " (created in the file but never used)");
        return;
      }
      addUser(spaces, userStep);
      return;
    }
    if (!spaces) {
      return;
    }
    Optional<Creator> creator = creatorOf(user.get());
    if (creator.isEmpty()) {
      notes.add("USER " + user.get() + " is not created in this file: a user with uid 1000 is "
          + "added for Spaces instead");
      addUser(true, userStep);
      return;
    }
    moveToSpacesUid(creator.get(), user.get(), userStep.orElseThrow());
  }

  // ---------------------------------------------------------------------------- a new user

  private void addUser(boolean spaces, Optional<UserStep> rootStep) {
    int uid = spaces ? SPACES_UID : UID;
    String name = spaces ? "user" : "app";
    String home = "/home/" + name;
    String create;
    if (fin.stage().facts().os() == OsFamily.ALPINE) {
      create = "RUN adduser -D -u " + uid + " -s /sbin/nologin " + name + "\n";
    } else if (spaces) {
      create = "RUN useradd --create-home --uid " + uid + " " + name + "\n";
    } else {
      create = "RUN useradd --create-home --no-log-init --uid " + uid
          + " --shell /usr/sbin/nologin " + name + "\n";
    }
    String comment = spaces
        ? "# Spaces run the container as uid 1000: that user, with a home.\n"
        : "# A non-root user with a numeric uid, so runtimes can verify it is not root.\n";
    fin.insertAfterFrom(edits, comment + create + (spaces ? "ENV HOME=" + home + "\n" : ""));
    if (spaces) {
      ownAppDir(home, String.valueOf(uid));
    }
    setUser(rootStep, String.valueOf(uid));
    notes.add("the image now runs as uid " + uid + (spaces ? "" : ": files it writes at run time "
        + "need a directory it owns (" + workdir() + " is owned by root)"));
  }

  /** USER at the end of what builds the image: replacing a trailing USER root, else added. */
  private void setUser(Optional<UserStep> current, String user) {
    if (current.isPresent() && fin.stage().steps().contains(current.get())
        && fin.tailStart().map(t -> t.startLine() <= current.get().line()).orElse(false)) {
      edits.replaceInstruction(current.get().instruction(), "USER " + user);
    } else {
      fin.insertAtTail(edits, "USER " + user + "\n");
    }
  }

  // ----------------------------------------------------------------- an existing user, for Spaces

  private void moveToSpacesUid(Creator c, UserSpec user, UserStep userStep) {
    String uid = String.valueOf(SPACES_UID);
    ParsedArgs args = c.command().args();
    Optional<String> oldUid = c.command().uid();
    StringBuilder add = new StringBuilder();
    if (oldUid.isEmpty()) {
      add.append(" --uid ").append(uid);
    } else if (!oldUid.get().equals(uid)) {
      replaceValue(c, args.first("uid").orElseThrow(), uid);
    }
    boolean useradd = c.command().tool().equals("useradd");
    if (useradd && !args.has("create-home") && !args.has("no-create-home")) {
      add.append(" --create-home");
    } else if (args.has("no-create-home")) {
      notes.add("the user is created without a home; Spaces expect one ($HOME is set anyway)");
    }
    if (add.length() > 0) {
      Word program = c.where().invocation().resolved().nameWord();
      edits.insert(c.range(program.span()).endOffset(), add.toString());
    }
    String name = c.command().name().flatMap(Word::literal).orElse("user");
    String home = args.value("home").orElse("/home/" + name);
    if (oldUid.isPresent() && user.user().equals(oldUid.get())) {
      String group = user.group().map(g -> g.equals(oldUid.get()) ? ":" + uid : ":" + g).orElse("");
      edits.replaceInstruction(userStep.instruction(), "USER " + uid + group);
    }
    oldUid.ifPresent(old -> chownFlags(old, uid));
    if (!fin.stage().endContext().scope().isEnv("HOME")) {
      edits.insertAfter(runOf(c), "ENV HOME=" + home + "\n");
    }
    ownAppDir(home, uid);
    notes.add("user " + name + " now has uid 1000, the uid Spaces run the container as");
  }

  private dev.dockwright.syntax.Instruction runOf(Creator c) {
    int offset = c.where().range().startOffset();
    for (Stage s : fin.chain()) {
      for (RunStep r : s.steps(RunStep.class)) {
        if (r.range().startOffset() <= offset && offset < r.range().endOffset()) {
          return r.instruction();
        }
      }
    }
    return fin.from();
  }

  private void replaceValue(Creator c, ParsedArgs.Option option, String value) {
    Word word = option.valueWord().orElseThrow();
    String old = option.value().orElseThrow();
    int at = word == option.word() ? word.text().lastIndexOf(old) : 0;
    int len = word == option.word() ? old.length() : word.text().length();
    Span span = Span.of(word.span().start() + Math.max(at, 0), word.span().start() + Math.max(at, 0) + len);
    edits.replace(c.range(span), value);
  }

  /** {@code COPY --chown=10001:10001} follows the user to its new uid. */
  private void chownFlags(String oldUid, String uid) {
    for (Stage s : fin.chain()) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        for (Flag f : copy.instruction().flags()) {
          if (f.name().equals("chown") && f.valueRange().isPresent()) {
            String v = f.value().orElse("");
            String[] parts = v.split(":", -1);
            if (parts[0].equals(oldUid)) {
              String group = parts.length > 1 ? ":" + (parts[1].equals(oldUid) ? uid : parts[1]) : "";
              edits.replace(f.valueRange().get(), uid + group);
            }
          }
        }
      }
    }
  }

  /**
   * Spaces: the app directory (the final working directory) and the code copied into it belong
   * to the user, so the app can write next to its files, as init writes it.
   */
  private void ownAppDir(String home, String uid) {
    String dir = workdir();
    boolean underHome = Paths.isUnder(dir, home);
    if (!dir.equals("/") && !underHome) {
      String lines = "RUN mkdir -p " + dir + " && chown " + uid + ":" + uid + " " + dir + "\n";
      Optional<UserStep> user = fin.stage().lastInherited(UserStep.class, u -> true);
      if (user.isPresent() && fin.stage().steps().contains(user.get())
          && user.get().context().user().map(UserSpec::isRoot).orElse(true)) {
        edits.insertBefore(user.get().instruction(), lines);
      } else {
        fin.insertAtTail(edits, lines);
      }
    }
    for (CopyStep copy : fin.stage().steps(CopyStep.class)) {
      if (copy.fromContext() && copy.chown().isEmpty()
          && (Paths.isUnder(copy.resolvedDestination(), dir) && !dir.equals("/")
          || Paths.isUnder(copy.resolvedDestination(), home))) {
        var keyword = copy.instruction().keyword().range();
        edits.insert(keyword.endOffset(), " --chown=" + uid + ":" + uid);
      }
    }
  }

  private String workdir() {
    return fin.stage().endContext().workdir();
  }

  // ------------------------------------------------------------------------------ lookups

  private Optional<Creator> creatorOf(UserSpec user) {
    for (Creator c : creators()) {
      Optional<String> name = c.command().name().flatMap(Word::literal);
      if (name.map(user.user()::equals).orElse(false)
          || c.command().uid().map(user.user()::equals).orElse(false)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<Creator> anyCreator() {
    List<Creator> all = creators();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private List<Creator> creators() {
    List<Creator> out = new java.util.ArrayList<>();
    for (Stage s : fin.chain()) {
      for (RunStep run : s.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          UserAddCommand.match(c.invocation())
              .filter(u -> !u.createsGroup() && u.name().flatMap(Word::literal).isPresent())
              .ifPresent(u -> out.add(new Creator(u, c)));
        }
      }
    }
    return out;
  }
}
