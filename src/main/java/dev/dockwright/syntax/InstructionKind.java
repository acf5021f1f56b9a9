package dev.dockwright.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The instructions BuildKit's parser knows, matched case-insensitively. Anything else is
 * {@link #UNKNOWN}: BuildKit's parser keeps it and a later stage rejects it, so we keep it too.
 */
public enum InstructionKind {
  ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD,
  RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

  private static final Map<String, InstructionKind> BY_LOWER_NAME = new HashMap<>();

  static {
    for (InstructionKind k : values()) {
      if (k != UNKNOWN) {
        BY_LOWER_NAME.put(k.name().toLowerCase(java.util.Locale.ROOT), k);
      }
    }
  }

  /** The kind for a keyword as written ({@code run}, {@code Run}, ...), or {@link #UNKNOWN}. */
  public static InstructionKind of(String keyword) {
    return BY_LOWER_NAME.getOrDefault(GoText.toLower(keyword), UNKNOWN);
  }

  /** Whether BuildKit reads here-documents after this instruction (in shell form). */
  public boolean takesHeredocs() {
    return this == RUN || this == COPY || this == ADD;
  }
}
