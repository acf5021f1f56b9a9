package dev.dockwright.lint;

import java.util.List;

/**
 * A rule's metadata, read from its {@link RuleSpec}.
 *
 * @param url the documentation page (derived from the origin unless the rule gives one)
 * @param files what the rule checks: Dockerfiles or Compose files (from the interface it
 *     implements); its examples are files of that kind
 * @param overlaps codes of rules that report the same problem: as declared on the rule, made
 *     symmetric by the {@link RuleRegistry} it is registered in
 */
public record RuleInfo(
    String code,
    String name,
    Severity defaultSeverity,
    Origin origin,
    String summary,
    String rationale,
    String bad,
    String good,
    String fix,
    FixSafety fixSafety,
    boolean experimental,
    String url,
    FileKind files,
    List<String> overlaps) {

  public RuleInfo {
    overlaps = List.copyOf(overlaps);
  }

  /** Metadata without overlaps. */
  public RuleInfo(String code, String name, Severity defaultSeverity, Origin origin,
      String summary, String rationale, String bad, String good, String fix, FixSafety fixSafety,
      boolean experimental, String url, FileKind files) {
    this(code, name, defaultSeverity, origin, summary, rationale, bad, good, fix, fixSafety,
        experimental, url, files, List.of());
  }

  /** A Dockerfile rule's metadata. */
  public RuleInfo(String code, String name, Severity defaultSeverity, Origin origin,
      String summary, String rationale, String bad, String good, String fix, FixSafety fixSafety,
      boolean experimental, String url) {
    this(code, name, defaultSeverity, origin, summary, rationale, bad, good, fix, fixSafety,
        experimental, url, FileKind.DOCKERFILE);
  }

  /** Reads the {@link RuleSpec} of a rule class; fails loudly when it is missing (our bug). */
  public static RuleInfo of(Class<?> ruleClass) {
    RuleSpec spec = ruleClass.getAnnotation(RuleSpec.class);
    if (spec == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleSpec");
    }
    if (spec.severity() == Severity.OFF) {
      throw new IllegalArgumentException(ruleClass.getName() + ": default severity cannot be off");
    }
    String url = spec.url().isEmpty() ? spec.origin().docsUrl(spec.code(), spec.name()) : spec.url();
    return new RuleInfo(spec.code(), spec.name(), spec.severity(), spec.origin(), spec.summary(),
        spec.rationale(), spec.bad(), spec.good(), spec.fix(), spec.fixSafety(),
        spec.experimental(), url, LintRule.kindOf(ruleClass), List.of(spec.overlaps()));
  }

  /** This metadata with {@link #overlaps()} replaced. */
  public RuleInfo withOverlaps(List<String> codes) {
    return new RuleInfo(code, name, defaultSeverity, origin, summary, rationale, bad, good, fix,
        fixSafety, experimental, url, files, codes);
  }

  /** Whether {@code key} (a code or name from a config, a pragma or a check directive) means us. */
  public boolean isCalled(String key) {
    return code.equals(key) || name.equals(key);
  }
}
