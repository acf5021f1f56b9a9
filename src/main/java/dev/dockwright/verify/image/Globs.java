package dev.dockwright.verify.image;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Path globs as in .dockerignore: {@code *} within a segment, {@code **} across segments, {@code ?}. */
final class Globs {
  private Globs() {}

  static Predicate<String> anyOf(List<String> globs) {
    List<Pattern> patterns = globs.stream().map(Globs::compile).toList();
    return path -> patterns.stream().anyMatch(p -> p.matcher(path).matches());
  }

  static Pattern compile(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') i++; // "**/" also matches nothing
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
