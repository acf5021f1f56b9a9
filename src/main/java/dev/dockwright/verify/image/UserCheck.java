package dev.dockwright.verify.image;

import dev.dockwright.verify.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured USER: not root (an empty USER is root, so is a name or uid that resolves to 0),
 * resolvable (a name missing from the image's /etc/passwd makes the container fail to start), and
 * optionally exactly the expected one.
 */
final class UserCheck implements ImageCheck {
  static final String NON_ROOT = "image.user.non-root";
  static final String EXPECTED = "image.user";
  private final boolean nonRoot;
  private final Optional<String> expected;

  UserCheck(boolean nonRoot, Optional<String> expected) {
    this.nonRoot = nonRoot;
    this.expected = expected;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Users.ResolvedUser user = Users.resolve(facts.image());
    List<CheckResult> out = new ArrayList<>();
    if (nonRoot) out.add(nonRoot(user));
    expected.ifPresent(want -> out.add(expected(user, facts.image().config().user(), want)));
    return out;
  }

  private static CheckResult nonRoot(Users.ResolvedUser user) {
    String title = "runs as a non-root user";
    if (!user.name().isEmpty() && user.uid().isEmpty()) {
      String why = user.passwdFound()
          ? "user " + user.name() + " is not in the image's /etc/passwd: the container will not start; create it or use a uid"
          : "the image has no /etc/passwd to resolve user " + user.name() + ": use a numeric uid";
      return CheckResult.fail(NON_ROOT, title, user.describe(), "non-root", why);
    }
    if (user.root()) {
      return CheckResult.fail(NON_ROOT, title, user.describe(), "non-root",
          "add a user and `USER <name or uid>` to the final stage");
    }
    return CheckResult.pass(NON_ROOT, title, user.describe(), "non-root");
  }

  private static CheckResult expected(Users.ResolvedUser user, String configured, String want) {
    String title = "USER is " + want;
    String wantName = want.contains(":") ? want.substring(0, want.indexOf(':')) : want;
    boolean same = configured.equals(want)
        || (!want.contains(":") && user.name().equals(wantName))
        || (wantName.chars().allMatch(Character::isDigit) && !wantName.isEmpty()
            && user.uid().isPresent() && user.uid().getAsInt() == Integer.parseInt(wantName)
            && !want.contains(":"));
    String measured = configured.isEmpty() ? "(none: root)" : configured + describeUid(user);
    if (same) return CheckResult.pass(EXPECTED, title, measured, want);
    return CheckResult.fail(EXPECTED, title, measured, want, "set `USER " + want + "` in the final stage");
  }

  private static String describeUid(Users.ResolvedUser user) {
    boolean numeric = user.name().chars().allMatch(Character::isDigit);
    return !numeric && user.uid().isPresent() ? " (uid " + user.uid().getAsInt() + ")" : "";
  }
}
