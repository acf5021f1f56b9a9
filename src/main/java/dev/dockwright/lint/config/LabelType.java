package dev.dockwright.lint.config;

import java.util.Locale;

/** The value types of hadolint's {@code label-schema} (checked by the label rules). */
public enum LabelType {
  TEXT("text"),
  URL("url"),
  SEMVER("semver"),
  HASH("hash"),
  RFC3339("rfc3339"),
  SPDX("spdx"),
  EMAIL("email");

  private final String id;

  LabelType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The type written in a config file, or {@code null} when unknown. */
  public static LabelType parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (LabelType type : values()) {
      if (type.id.equals(wanted)) {
        return type;
      }
    }
    return null;
  }
}
