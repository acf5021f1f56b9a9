package dev.dockwright.python;

import java.util.function.Function;

/**
 * One detected answer with where it came from: {@code source} is a project-relative file (with
 * {@code :line} when known), {@code "default"}, or {@code "--flag"} when the user set it;
 * {@code reason} says why in a phrase a user can check.
 */
public record Detected<T>(T value, Confidence confidence, String source, String reason) {

  public static <T> Detected<T> of(T value, Confidence confidence, String source, String reason) {
    return new Detected<>(value, confidence, source, reason);
  }

  /** A framework or tool default, always LOW. */
  public static <T> Detected<T> byDefault(T value, String reason) {
    return new Detected<>(value, Confidence.LOW, "default", reason);
  }

  /** The user's own answer (a flag or an interactive reply): as sure as it gets. */
  public static <T> Detected<T> fromUser(T value, String how) {
    return new Detected<>(value, Confidence.HIGH, how, "set by the user");
  }

  public <U> Detected<U> map(Function<T, U> f) {
    return new Detected<>(f.apply(value), confidence, source, reason);
  }
}
