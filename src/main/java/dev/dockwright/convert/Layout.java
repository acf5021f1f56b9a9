package dev.dockwright.convert;

import java.util.Locale;

/** The stage layout {@code --to} asks for. */
public enum Layout {
  /** One stage: the builder's steps folded into the final image. */
  SINGLE_STAGE,
  /** A builder stage that builds a virtualenv and a slim runtime stage that copies it. */
  MULTI_STAGE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Layout fromId(String id) {
    for (Layout l : values()) {
      if (l.id().equalsIgnoreCase(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown layout '" + id + "' (single-stage or multi-stage)");
  }
}
