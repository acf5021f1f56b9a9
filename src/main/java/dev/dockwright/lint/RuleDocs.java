package dev.dockwright.lint;

import java.util.Locale;

/**
 * Renders a rule's documentation ({@link RuleSpec}) for people: plain text for
 * {@code dockwright rules explain CODE}, Markdown for {@code docs/rules/CODE.md}. Both come from
 * the same metadata, so the docs cannot drift from the code.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String text(RuleInfo r) {
    StringBuilder b = new StringBuilder();
    b.append(r.code()).append(" ").append(r.name()).append("  (")
        .append(r.defaultSeverity().name().toLowerCase(Locale.ROOT)).append(", ")
        .append(r.origin().id()).append(r.files() == FileKind.COMPOSE ? ", Compose files" : "")
        .append(r.experimental() ? ", experimental: off by default" : "")
        .append(")\n\n");
    b.append(r.summary()).append("\n\n");
    b.append("Why it matters\n").append(indent(r.rationale().strip())).append("\n\n");
    b.append("Bad\n").append(indent(r.bad().stripTrailing())).append("\n\n");
    b.append("Good\n").append(indent(r.good().stripTrailing())).append("\n\n");
    b.append("Fix\n").append(indent(fixText(r))).append("\n\n");
    if (!r.overlaps().isEmpty()) {
      b.append("Overlaps: ").append(String.join(", ", r.overlaps())).append("\n");
    }
    b.append("More: ").append(r.url()).append("\n");
    return b.toString();
  }

  public static String markdown(RuleInfo r) {
    StringBuilder b = new StringBuilder();
    b.append("<!-- generated from the rule's @RuleSpec by scripts/gen-rule-docs; do not edit -->\n");
    b.append("# ").append(r.code()).append(": ").append(r.name()).append("\n\n");
    b.append("| severity | origin | fix |\n|---|---|---|\n")
        .append("| ").append(r.defaultSeverity().name().toLowerCase(Locale.ROOT))
        .append(r.experimental() ? " (experimental, off by default)" : "")
        .append(" | ").append(r.origin().id())
        .append(r.files() == FileKind.COMPOSE ? " (Compose files)" : "")
        .append(" | ").append(fixKind(r)).append(" |\n\n");
    b.append(r.summary()).append("\n\n");
    b.append("## Why it matters\n\n").append(r.rationale().strip()).append("\n\n");
    String lang = r.files() == FileKind.COMPOSE ? "yaml" : "dockerfile";
    b.append("## Bad\n\n```").append(lang).append("\n").append(r.bad().stripTrailing())
        .append("\n```\n\n");
    b.append("## Good\n\n```").append(lang).append("\n").append(r.good().stripTrailing())
        .append("\n```\n\n");
    b.append("## Fix\n\n").append(fixText(r)).append("\n");
    if (!r.overlaps().isEmpty()) {
      b.append("\n## Overlaps\n\n").append(String.join(", ", r.overlaps().stream()
          .map(c -> "[" + c + "](" + c + ".md)").toList()))
          .append(": where both report on the same line, it is the same problem. With"
              + " `one-per-problem: true` (or `--one-per-problem`) only one finding is shown; see"
              + " [Rules that report the same problem](../lint.md#rules-that-report-the-same-problem)"
              + ".\n");
    }
    if (r.origin() != Origin.DOCKWRIGHT) {
      b.append("\nUpstream documentation: ").append(r.url()).append("\n");
    }
    return b.toString();
  }

  private static String fixKind(RuleInfo r) {
    return r.fix().isBlank() ? "none" : r.fixSafety().name().toLowerCase(Locale.ROOT);
  }

  private static String fixText(RuleInfo r) {
    if (r.fix().isBlank()) {
      return "No automatic fix.";
    }
    return r.fix().strip() + " (" + (r.fixSafety() == FixSafety.SAFE
        ? "safe: applied by `dockwright fix`" : "unsafe: review it before applying") + ")";
  }

  private static String indent(String text) {
    return "    " + text.replace("\n", "\n    ");
  }
}
