package dev.dockwright.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules a run knows, in a fixed order, each with its metadata. Built from an explicit list
 * (no classpath scanning: start-up time matters), so adding a rule means adding one line to
 * {@code dev.dockwright.rules.BuiltinRules}, which builds the registry of every built-in rule.
 */
public final class RuleRegistry {

  /** Not a rule: a Dockerfile BuildKit cannot parse (hadolint's code for parse errors). */
  public static final RuleInfo PARSE_ERROR = new RuleInfo("DL1000", "ParseError", Severity.ERROR,
      Origin.DOCKWRIGHT, "The Dockerfile cannot be parsed.",
      "BuildKit refuses a Dockerfile it cannot parse, so nothing else about it can be checked.",
      "FROM alpine\nENV\n", "FROM alpine\nENV A=1\n", "", FixSafety.NONE, false,
      "https://github.com/hadolint/hadolint/wiki/DL1000");

  /** Not a rule: a Compose file that is not valid YAML or not shaped like a Compose file. */
  public static final RuleInfo COMPOSE_ERROR = new RuleInfo("DW6000", "ComposeSyntaxError",
      Severity.ERROR, Origin.DOCKWRIGHT, "The Compose file cannot be read.",
      "docker compose refuses a file that is not valid YAML or whose top level, services or"
          + " service definitions are not mappings, so nothing else about it can be checked.",
      "services:\n  web:\n    image: [nginx\n", "services:\n  web:\n    image: nginx\n", "",
      FixSafety.NONE, false, Dockwright.HOMEPAGE + "/blob/main/docs/lint.md#compose-files",
      FileKind.COMPOSE);

  /** A rule (of either kind) and its metadata. */
  public record Entry(LintRule rule, RuleInfo info) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byKey;

  private RuleRegistry(List<? extends LintRule> rules) {
    List<Entry> list = new ArrayList<>(rules.size());
    Map<String, Entry> keys = new LinkedHashMap<>();
    for (LintRule rule : rules) {
      Entry entry = new Entry(rule, RuleInfo.of(rule.getClass()));
      for (String key : List.of(entry.info().code(), entry.info().name())) {
        Entry clash = keys.put(key, entry);
        if (clash != null && clash != entry) {
          throw new IllegalArgumentException("two rules are called " + key + ": "
              + clash.rule().getClass().getName() + " and " + rule.getClass().getName());
        }
      }
      list.add(entry);
    }
    this.entries = Collections.unmodifiableList(symmetricOverlaps(list, keys));
    this.byKey = keys;
  }

  /**
   * Makes {@link RuleInfo#overlaps()} symmetric: a rule overlaps the rules it declares and the
   * rules that declare it. Codes not registered here stay as declared (a registry of a few rules,
   * in tests, still knows what its rules overlap).
   */
  private static List<Entry> symmetricOverlaps(List<Entry> entries, Map<String, Entry> keys) {
    Map<String, Set<String>> overlaps = new LinkedHashMap<>();
    for (Entry entry : entries) {
      overlaps.computeIfAbsent(entry.info().code(), c -> new TreeSet<>())
          .addAll(entry.info().overlaps());
      for (String other : entry.info().overlaps()) {
        overlaps.computeIfAbsent(other, c -> new TreeSet<>()).add(entry.info().code());
      }
    }
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      List<String> all = List.copyOf(overlaps.get(entry.info().code()));
      Entry updated = all.equals(entry.info().overlaps()) ? entry
          : new Entry(entry.rule(), entry.info().withOverlaps(all));
      keys.put(updated.info().code(), updated);
      keys.put(updated.info().name(), updated);
      out.add(updated);
    }
    return out;
  }

  /** Whether findings of these two codes report the same problem (see {@link RuleSpec#overlaps()}). */
  public boolean overlap(String code, String other) {
    Entry entry = byKey.get(code);
    return entry != null && entry.info().overlaps().contains(other);
  }

  public static RuleRegistry of(List<? extends LintRule> rules) {
    return new RuleRegistry(rules);
  }

  public static RuleRegistry of(Rule... rules) {
    return new RuleRegistry(List.of(rules));
  }

  /** Rules of both kinds. */
  public static RuleRegistry of(LintRule... rules) {
    return new RuleRegistry(List.of(rules));
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The rule with this code or name. */
  public Optional<Entry> find(String codeOrName) {
    return Optional.ofNullable(byKey.get(codeOrName));
  }

  /**
   * The metadata for a finding's code: a registered rule, {@link #PARSE_ERROR}, or (for codes a
   * rule forwards, such as ShellCheck's) a description built from the code.
   */
  public RuleInfo info(String code) {
    Entry entry = byKey.get(code);
    if (entry != null) {
      return entry.info();
    }
    if (code.equals(PARSE_ERROR.code())) {
      return PARSE_ERROR;
    }
    if (code.equals(COMPOSE_ERROR.code())) {
      return COMPOSE_ERROR;
    }
    Origin origin = code.startsWith("SC") ? Origin.SHELLCHECK : Origin.DOCKWRIGHT;
    return new RuleInfo(code, code, Severity.WARNING, origin, code, "", "", "", "",
        FixSafety.NONE, false, origin.docsUrl(code, code));
  }
}
