package dev.dockwright.model.image;

/** Whether something (a tool, a file) is in an image, as far as static knowledge goes. */
public enum Presence {
  PRESENT, ABSENT, UNKNOWN;

  public static Presence of(boolean present) {
    return present ? PRESENT : ABSENT;
  }
}
