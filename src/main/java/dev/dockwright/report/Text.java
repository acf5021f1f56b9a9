package dev.dockwright.report;

/** Small text helpers shared by the formats. */
final class Text {

  private Text() {}

  /** Messages are one line in line-oriented formats. */
  static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Replaces characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
   * with U+FFFD, so a Dockerfile with odd bytes still gives a well-formed report.
   */
  static String xml(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
