package dev.dockwright.lint;

/** Whether a fix can be applied unattended (Ruff's safe/unsafe split). */
public enum FixSafety {
  /** The rule has no automatic fix. */
  NONE,
  /** Keeps the build's meaning; {@code dockwright fix} applies it by default. */
  SAFE,
  /** May change what the image contains or how it behaves; applied only when asked for. */
  UNSAFE
}
