package dev.dockwright.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hadolint cases where dockwright disagrees on purpose, read from
 * {@code docs/hadolint-differences.md}: every table row whose first cell is a case id in
 * backticks, e.g. {@code | `DL3002-005` | the stage never ships | ...}. The document is the single
 * list: what it names is counted as agreeing, nothing else is.
 */
public final class HadolintDifferences {

  /** The document, relative to the project directory. */
  public static final String DOCUMENT = "docs/hadolint-differences.md";

  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`((?:DL\\d{4}|SHELLCHECK|ANY)-\\d{3})`\\s*\\|(.*)$");

  private final Map<String, String> reasons;

  private HadolintDifferences(Map<String, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  public static HadolintDifferences none() {
    return new HadolintDifferences(new LinkedHashMap<>());
  }

  /** Reads the document; no document means no deliberate difference. */
  public static HadolintDifferences read(Path document) {
    if (!Files.isRegularFile(document)) {
      return none();
    }
    try {
      return parse(Files.readString(document, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document in the project directory (the working directory of Maven and the script). */
  public static HadolintDifferences ofProject() {
    return read(Path.of(System.getProperty("user.dir")).resolve(DOCUMENT));
  }

  static HadolintDifferences parse(String markdown) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String line : markdown.split("\n")) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        String rest = m.group(2);
        int bar = rest.indexOf('|');
        String reason = (bar < 0 ? rest : rest.substring(0, bar)).strip();
        if (reasons.put(m.group(1), reason) != null) {
          throw new IllegalArgumentException(DOCUMENT + " lists " + m.group(1) + " twice");
        }
      }
    }
    return new HadolintDifferences(reasons);
  }

  public boolean contains(String caseId) {
    return reasons.containsKey(caseId);
  }

  /** Case id to the reason given in the document, in document order. */
  public Map<String, String> reasons() {
    return reasons;
  }
}
