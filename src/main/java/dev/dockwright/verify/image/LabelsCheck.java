package dev.dockwright.verify.image;

import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ImageSpec.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Required labels are present with a value, and no label value is a template leftover: OCI labels
 * copied from an example and never filled in ({@code your-org}, {@code changeme}, {@code TODO},
 * {@code example.com}, {@code <placeholder>}, an unexpanded {@code ${VERSION}}).
 */
final class LabelsCheck implements ImageCheck {
  static final String REQUIRED = "image.labels.required";
  static final String PLACEHOLDERS = "image.labels.placeholders";
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)\\byour[-_ ]?(?:org|organi[sz]ation|name|company|repo|repository|user(?:name)?|email|project|team|app|domain)\\b"
          + "|\\bchange[-_ ]?me\\b|\\breplace[-_ ]?me\\b|\\bTODO\\b|\\bFIXME\\b|\\bTBD\\b|\\bxxx+\\b"
          + "|\\bexample\\.(?:com|org|net)\\b|<[A-Za-z][A-Za-z _-]{0,39}>|\\$\\{[^}]*}|\\$[A-Z_][A-Z0-9_]*\\b");
  private final Labels spec;

  LabelsCheck(Labels spec) {
    this.spec = spec;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Map<String, String> labels = facts.image().config().labels();
    List<CheckResult> out = new ArrayList<>();
    for (String key : spec.required()) {
      String title = "label " + key;
      String value = labels.get(key);
      if (value == null) {
        out.add(CheckResult.fail(REQUIRED, title, "missing", "set", "add `LABEL " + key + "=...`"));
      } else if (value.isBlank()) {
        out.add(CheckResult.fail(REQUIRED, title, "empty", "set", "the label has no value (an unset build arg?)"));
      } else {
        out.add(CheckResult.pass(REQUIRED, title, SecretPatterns.redact(value), "set"));
      }
    }
    if (spec.noPlaceholders()) out.add(placeholders(labels));
    return out;
  }

  private CheckResult placeholders(Map<String, String> labels) {
    List<String> found = new ArrayList<>();
    for (var e : labels.entrySet()) {
      if (spec.ignore().contains(e.getKey())) continue;
      Matcher m = PLACEHOLDER.matcher(e.getValue());
      if (m.find()) found.add(e.getKey() + "=" + SecretPatterns.redact(e.getValue()) + " ('" + m.group() + "')");
    }
    String title = "label values are not placeholders";
    String measured = labels.size() + (labels.size() == 1 ? " label" : " labels");
    if (found.isEmpty()) return CheckResult.pass(PLACEHOLDERS, title, measured, "no placeholders");
    return CheckResult.fail(PLACEHOLDERS, title, found.size() + " with placeholders", "no placeholders",
        String.join("; ", found));
  }
}
