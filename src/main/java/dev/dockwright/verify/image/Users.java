package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/** Resolves the config's USER against the image's own /etc/passwd, as the engine does at start. */
final class Users {
  private Users() {}

  /**
   * @param name the user part as written (empty means root)
   * @param uid resolved uid; empty when a name is not in /etc/passwd
   * @param passwdFound whether the image has an /etc/passwd at all
   */
  record ResolvedUser(String name, OptionalInt uid, boolean passwdFound) {
    boolean root() {
      return name.isEmpty() || name.equals("root") || (uid.isPresent() && uid.getAsInt() == 0);
    }

    String describe() {
      if (name.isEmpty()) return "root (no USER set)";
      if (name.chars().allMatch(Character::isDigit)) return "uid " + name;
      return uid.isPresent() ? name + " (uid " + uid.getAsInt() + ")" : name + " (not in /etc/passwd)";
    }
  }

  static ResolvedUser resolve(Image image) {
    String user = image.config().user().trim();
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    if (name.isEmpty()) return new ResolvedUser("", OptionalInt.of(0), true);
    if (name.chars().allMatch(Character::isDigit)) {
      return new ResolvedUser(name, OptionalInt.of(Integer.parseInt(name)), true);
    }
    Optional<byte[]> passwd = image.readFile("/etc/passwd", 1 << 20);
    if (passwd.isEmpty()) return new ResolvedUser(name, OptionalInt.empty(), false);
    for (String line : new String(passwd.get(), StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split(":", -1);
      if (f.length >= 3 && f[0].equals(name)) {
        try {
          return new ResolvedUser(name, OptionalInt.of(Integer.parseInt(f[2].trim())), true);
        } catch (NumberFormatException e) {
          break;
        }
      }
    }
    return new ResolvedUser(name, OptionalInt.empty(), true);
  }
}
