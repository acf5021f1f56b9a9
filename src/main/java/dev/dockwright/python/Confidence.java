package dev.dockwright.python;

/**
 * How sure a detection is. HIGH: read from an explicit declaration (a lock file, an
 * {@code app = FastAPI()} line). MEDIUM: inferred from good evidence (a dependency, a conventional
 * file). LOW: a default or a guess that the user should confirm.
 */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  public boolean atLeast(Confidence other) {
    return compareTo(other) >= 0;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
