package dev.dockwright.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises secrets in text by their shape (key formats of AWS, GitHub, GitLab, Slack, Google,
 * Stripe, Hugging Face, OpenAI, Anthropic, npm, PyPI; PEM private keys) and, in configuration
 * text, by assignment to a secret-sounding name ({@code password=...}), credentials in a URL and
 * JWTs. The one set of shapes: the lint rules (Dockerfile ENV/ARG/LABEL values, Compose
 * environments) and image verification (env, history, files) both ask it. Also the single place
 * that redacts: every report string that might hold a secret goes through {@link #redact}.
 *
 * <p>Every pattern fits on one line, so the scan looks for a cheap literal first and runs the
 * regex only on the lines that hold one: tens of MB of text scan in well under a second.
 */
public final class SecretPatterns {

  /** A secret in a text: its kind and 1-based line. Never its value. */
  public record Match(SecretKind kind, int line) {}

  /** Where a secret is in a text; [valueStart, valueEnd) is what redaction hides. */
  private record Hit(SecretKind kind, int start, int valueStart, int valueEnd) {}

  /**
   * @param literals the pattern can only match a line holding one of these
   * @param foldCase look for the literals case-insensitively (they are given in lower case)
   * @param valueGroup the group holding the secret value; 0 for the whole match
   * @param configOnly only in configuration text (assignments, URLs): in source code these are
   *     mostly examples and tests
   */
  private record Rule(SecretKind kind, List<String> literals, boolean foldCase, Pattern pattern,
      int valueGroup, boolean configOnly) {}

  private static final String SECRET_WORD =
      "(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?)";

  private static final List<Rule> RULES = List.of(
      new Rule(SecretKind.PRIVATE_KEY, List.of("PRIVATE KEY"), false,
          Pattern.compile("-----BEGIN[ A-Z0-9]{0,20}PRIVATE KEY(?: BLOCK)?-----"), 0, false),
      new Rule(SecretKind.AWS_ACCESS_KEY_ID, List.of("AKIA", "ASIA", "ABIA", "ACCA"), false,
          Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b"), 0, false),
      new Rule(SecretKind.AWS_SECRET_ACCESS_KEY, List.of("aws_secret", "awssecret"), true,
          Pattern.compile("(?i)aws_?secret_?(?:access_?)?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"), 1, false),
      new Rule(SecretKind.GITHUB_TOKEN, List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"), false,
          Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b"), 0, false),
      new Rule(SecretKind.GITLAB_TOKEN, List.of("glpat-"), false,
          Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"), 0, false),
      new Rule(SecretKind.SLACK_TOKEN, List.of("xox"), false,
          Pattern.compile("\\bxox[abposr]-[0-9]{6,}-[A-Za-z0-9-]{6,}"), 0, false),
      new Rule(SecretKind.SLACK_WEBHOOK, List.of("hooks.slack.com"), false,
          Pattern.compile("https://hooks\\.slack\\.com/services/T[A-Za-z0-9_]{6,}/B[A-Za-z0-9_]{6,}/[A-Za-z0-9_]{16,}"), 0, false),
      new Rule(SecretKind.GOOGLE_API_KEY, List.of("AIza"), false,
          Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}(?![0-9A-Za-z_\\-])"), 0, false),
      new Rule(SecretKind.STRIPE_KEY, List.of("_live_"), false,
          Pattern.compile("\\b[rs]k_live_[0-9a-zA-Z]{24,}\\b"), 0, false),
      new Rule(SecretKind.HUGGING_FACE_TOKEN, List.of("hf_"), false,
          Pattern.compile("\\bhf_[A-Za-z0-9]{34,}\\b"), 0, false),
      new Rule(SecretKind.OPENAI_KEY, List.of("T3BlbkFJ", "sk-proj-"), false,
          Pattern.compile("\\bsk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|proj-[A-Za-z0-9_-]{40,})"), 0, false),
      new Rule(SecretKind.ANTHROPIC_KEY, List.of("sk-ant-"), false,
          Pattern.compile("\\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{32,}"), 0, false),
      new Rule(SecretKind.NPM_TOKEN, List.of("npm_"), false,
          Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"), 0, false),
      new Rule(SecretKind.PYPI_TOKEN, List.of("pypi-AgE"), false,
          Pattern.compile("\\bpypi-AgE[A-Za-z0-9_-]{50,}"), 0, false),
      // In source code JWTs are mostly test fixtures and documentation examples.
      new Rule(SecretKind.JWT, List.of("eyJ"), false,
          Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"), 0, true),
      new Rule(SecretKind.URL_CREDENTIALS, List.of("://"), false,
          Pattern.compile("\\b[a-z][a-z0-9+.-]{1,20}://[^/\\s:@'\"]{1,64}:([^/\\s@'\"]{3,128})@[A-Za-z0-9.-]+"), 1, true),
      new Rule(SecretKind.DOCKER_AUTH, List.of("\"auth\""), false,
          Pattern.compile("\"auth\"\\s*:\\s*\"([A-Za-z0-9+/]{8,}={0,2})\""), 1, true),
      new Rule(SecretKind.ASSIGNMENT,
          List.of("pass", "pwd", "secret", "token", "key", "credential"), true,
          Pattern.compile("(?i)^[ \\t]*(?:export[ \\t]+)?[\"']?([A-Za-z0-9_.-]{0,60}?" + SECRET_WORD
              + "[A-Za-z0-9_.-]{0,40})[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"'#;,]{1,256})"), 2, true));

  /**
   * In a file, {@code password = password} or {@code token: token} passes a variable of that name
   * (code, templates); as a whole ENV value the same word is a default credential, which
   * {@link SecretValues#couldBeSecret} counts.
   */
  private static final Pattern VARIABLE_OF_THE_SAME_NAME = Pattern.compile("(?i)password|passwd|secret|token");

  private SecretPatterns() {}

  /**
   * Finds secrets in a text, in text order.
   *
   * @param configText also look for {@code name=value} assignments and URL credentials (config
   *     files, env values, build history), which in source code would mostly be false alarms
   */
  public static List<Match> find(String text, boolean configText) {
    List<Hit> hits = hits(text, configText);
    if (hits.isEmpty()) return List.of();
    LineIndex lines = new LineIndex(text);
    return hits.stream()
        .sorted(Comparator.comparingInt(Hit::start))
        .map(h -> new Match(h.kind(), lines.lineOf(h.start())))
        .toList();
  }

  /** The text with every secret value (shapes, assignments, URL passwords) replaced by {@code <redacted>}. */
  public static String redact(String text) {
    List<Hit> hits = new ArrayList<>(hits(text, true));
    if (hits.isEmpty()) return text;
    hits.sort(Comparator.comparingInt(Hit::valueStart));
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Hit h : hits) {
      if (h.valueStart() < pos) continue; // overlaps a value already hidden
      out.append(text, pos, h.valueStart()).append("<redacted>");
      pos = h.valueEnd();
    }
    return out.append(text.substring(pos)).toString();
  }

  private static List<Hit> hits(String text, boolean configText) {
    List<Hit> out = new ArrayList<>();
    String lower = null;
    for (Rule rule : RULES) {
      if (rule.configOnly() && !configText) continue;
      String hay = text;
      if (rule.foldCase()) {
        if (lower == null) lower = text.toLowerCase(Locale.ROOT);
        hay = lower;
      }
      scanLines(text, hay, rule, out);
    }
    return out;
  }

  /** Runs the rule's regex on each line that holds one of its literals, once per line. */
  private static void scanLines(String text, String hay, Rule rule, List<Hit> out) {
    List<Integer> lineStarts = new ArrayList<>();
    for (String literal : rule.literals()) {
      for (int i = hay.indexOf(literal); i >= 0; i = hay.indexOf(literal, i + literal.length())) {
        lineStarts.add(text.lastIndexOf('\n', i) + 1);
      }
    }
    if (lineStarts.isEmpty()) return;
    lineStarts.sort(null);
    int done = -1;
    Matcher m = rule.pattern().matcher(text);
    for (int start : lineStarts) {
      if (start == done) continue;
      done = start;
      int end = text.indexOf('\n', start);
      m.region(start, end < 0 ? text.length() : end);
      while (m.find()) {
        if (real(rule.kind(), m)) {
          int g = rule.valueGroup();
          out.add(new Hit(rule.kind(), m.start(), m.start(g), m.end(g)));
        }
      }
    }
  }

  private static boolean real(SecretKind kind, Matcher m) {
    return switch (kind) {
      // AWS documents its examples with keys ending in EXAMPLE.
      case AWS_ACCESS_KEY_ID -> !m.group().endsWith("EXAMPLE");
      // Text is judged like a NAME=value pair (SecretNames, SecretValues), plus what only text has.
      case URL_CREDENTIALS -> literalInText(m.group(1));
      case ASSIGNMENT -> SecretNames.secretName(m.group(1)) && m.group(2).length() >= 6
          && literalInText(m.group(2));
      default -> true;
    };
  }

  private static boolean literalInText(String value) {
    return SecretValues.couldBeSecret(value) && !VARIABLE_OF_THE_SAME_NAME.matcher(value).matches();
  }

  /** Maps offsets to 1-based line numbers. */
  private static final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
      starts = new int[count];
      int line = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
    }

    int lineOf(int offset) {
      int i = java.util.Arrays.binarySearch(starts, offset);
      return (i >= 0 ? i : -i - 2) + 1;
    }
  }
}
