package dev.dockwright.model;

import java.util.Optional;

/**
 * The user a stage runs as, from {@code USER name[:group]} (after variable expansion).
 *
 * @param user the name or uid as written
 * @param group the group, when given
 * @param resolved false when the value still contains an unexpanded variable
 */
public record UserSpec(String user, Optional<String> group, boolean resolved) {

  public static final UserSpec ROOT = new UserSpec("root", Optional.empty(), true);

  public static UserSpec parse(String text) {
    String t = text.strip();
    int colon = t.indexOf(':');
    String user = colon < 0 ? t : t.substring(0, colon);
    Optional<String> group = colon < 0 ? Optional.empty() : Optional.of(t.substring(colon + 1));
    return new UserSpec(user, group, !t.contains("$"));
  }

  /** {@code root} or uid 0 (an unresolved variable is not known to be root). */
  public boolean isRoot() {
    return resolved && (user.equals("root") || user.matches("0+"));
  }

  /** A numeric uid, when the user is given as a number. */
  public Optional<Integer> uid() {
    return user.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(user)) : Optional.empty();
  }

  @Override
  public String toString() {
    return user + group.map(g -> ":" + g).orElse("");
  }
}
