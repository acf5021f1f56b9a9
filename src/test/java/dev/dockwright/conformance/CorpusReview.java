package dev.dockwright.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.FileKind;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.Severity;
import dev.dockwright.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The false-positive review's numbers, from a {@code dockwright lint --format json} report of the
 * corpus ({@code scripts/corpus-review} makes it): totals, hits and files per rule (every SC code
 * counted as its own rule), and for the most frequent rules a reproducible sample of hits to judge
 * by hand. A sample is the hits with the smallest SHA-256 of {@code code|file:line:column}, so it
 * does not move when other rules change. With {@code --before OLD.json} the table gets a
 * before → after column, and with {@code --sample-before} the samples are drawn from the old
 * report (the review's first round, before its fixes). Not a test: it judges nothing.
 *
 * <p>{@code main REPORT.json [--before OLD.json [--sample-before]] [--manifest manifest.jsonl]
 * [--top 15] [--samples 5]}
 */
public final class CorpusReview {

  private record Hit(String code, Path path, int line, int column, String severity,
      String message) {
    String file() {
      return path.getFileName().toString();
    }

    String key() {
      return code + "|" + file() + ":" + line + ":" + column;
    }
  }

  private record Report(List<Hit> hits, int filesLinted, Map<String, String> severities) {}

  private CorpusReview() {}

  public static void main(String[] args) throws IOException {
    Path report = null;
    Path before = null;
    Path manifest = null;
    int top = 15;
    int samples = 5;
    boolean sampleBefore = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--before" -> before = Path.of(args[++i]);
        case "--manifest" -> manifest = Path.of(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--samples" -> samples = Integer.parseInt(args[++i]);
        case "--sample-before" -> sampleBefore = true;
        default -> report = Path.of(args[i]);
      }
    }
    if (report == null) {
      System.err.println("usage: CorpusReview REPORT.json [--before OLD.json [--sample-before]]"
          + " [--manifest M] [--top N] [--samples N]");
      System.exit(2);
    }
    Report now = read(report);
    List<Hit> oldHits = before == null ? List.of() : read(before).hits();
    Map<String, Integer> old = countByRule(oldHits);
    Map<String, Integer> oldFiles = filesByRule(oldHits);
    Map<String, String[]> sources = manifest == null ? Map.of() : readManifest(manifest);

    List<Hit> hits = now.hits();
    Map<String, List<Hit>> byRule = group(hits);
    List<String> rules = byFrequency(byRule);

    Set<String> filesHit = new TreeSet<>();
    hits.forEach(h -> filesHit.add(h.file()));
    Map<String, Integer> perSeverity = new TreeMap<>();
    hits.forEach(h -> perSeverity.merge(h.severity(), 1, Integer::sum));
    List<Hit> sc = hits.stream().filter(h -> h.code().startsWith("SC")).toList();
    System.out.printf("findings: %d in %d of %d files %s%n", hits.size(), filesHit.size(),
        now.filesLinted(), perSeverity);
    System.out.printf("ShellCheck: %d findings, %d SC codes, %d files%n", sc.size(),
        sc.stream().map(Hit::code).distinct().count(),
        sc.stream().map(Hit::file).distinct().count());
    if (before != null) {
      List<Hit> oldSc = oldHits.stream().filter(h -> h.code().startsWith("SC")).toList();
      System.out.printf("before: %d findings in %d files; ShellCheck %d%n", oldHits.size(),
          oldHits.stream().map(Hit::file).distinct().count(), oldSc.size());
    }
    System.out.println();
    System.out.println(before == null ? "| rule | severity | hits | files |"
        : "| rule | severity | hits (before → after) | files (before → after) |");
    System.out.println("| --- | --- | ---: | ---: |");
    Set<String> allRules = new TreeSet<>(rules);
    allRules.addAll(old.keySet());
    List<String> tableRules = new ArrayList<>(rules);
    allRules.stream().filter(r -> !byRule.containsKey(r)).forEach(tableRules::add);
    for (String rule : tableRules) {
      List<Hit> list = byRule.getOrDefault(rule, List.of());
      long files = list.stream().map(Hit::file).distinct().count();
      String count = String.valueOf(list.size());
      String fileCount = String.valueOf(files);
      if (before != null) {
        int was = old.getOrDefault(rule, 0);
        count = was == list.size() ? count : was + " → " + list.size();
        int wasFiles = oldFiles.getOrDefault(rule, 0);
        fileCount = wasFiles == files ? fileCount : wasFiles + " → " + files;
      }
      System.out.printf("| %s | %s | %s | %s |%n", rule,
          now.severities().getOrDefault(rule, ""), count, fileCount);
    }

    List<String> silent = new ArrayList<>();
    for (RuleRegistry.Entry e : BuiltinRules.registry().entries()) {
      RuleInfo info = e.info();
      if (info.files() == FileKind.DOCKERFILE && !info.origin().equals(Origin.SHELLCHECK)
          && !byRule.containsKey(info.code())) {
        boolean off = info.experimental() || info.defaultSeverity() == Severity.OFF;
        silent.add(info.code() + (off ? " (off by default)" : ""));
      }
    }
    System.out.printf("%nDockerfile rules without hits (%d): %s%n", silent.size(),
        String.join(", ", silent));
    System.out.println();
    Map<String, List<Hit>> sampled = sampleBefore ? group(oldHits) : byRule;
    for (String rule : byFrequency(sampled).subList(0, Math.min(top, sampled.size()))) {
      List<Hit> list = new ArrayList<>(sampled.get(rule));
      list.sort(Comparator.comparing(h -> sha256(h.key())));
      System.out.printf("## %s (%d hits%s)%n", rule, list.size(), sampleBefore ? " before" : "");
      for (Hit h : list.subList(0, Math.min(samples, list.size()))) {
        String[] source = sources.getOrDefault(h.file(), new String[] {"?", "?"});
        System.out.printf("- %s:%d:%d  %s/%s%n    %s%n    > %s%n", h.file(), h.line(),
            h.column(), source[0], source[1], h.message(), lineOf(h));
      }
    }
  }

  private static Report read(Path path) throws IOException {
    JsonNode root = new ObjectMapper().readTree(path.toFile());
    List<Hit> hits = new ArrayList<>();
    Map<String, String> severities = new HashMap<>();
    for (JsonNode f : root.path("findings")) {
      Hit h = new Hit(f.path("code").asText(), Path.of(f.path("file").asText()),
          f.path("line").asInt(),
          f.path("column").asInt(), f.path("severity").asText(), f.path("message").asText());
      hits.add(h);
      severities.putIfAbsent(h.code(), h.severity());
    }
    return new Report(hits, root.path("files").size(), severities);
  }

  /** The reported line's text, to judge the hit beside its source. */
  private static String lineOf(Hit h) {
    try {
      List<String> lines = Files.readAllLines(h.path(), StandardCharsets.ISO_8859_1);
      String text = h.line() >= 1 && h.line() <= lines.size() ? lines.get(h.line() - 1) : "";
      text = text.strip();
      return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    } catch (IOException | RuntimeException e) {
      return "(unreadable)";
    }
  }

  private static Map<String, Integer> countByRule(List<Hit> hits) {
    Map<String, Integer> counts = new HashMap<>();
    hits.forEach(h -> counts.merge(h.code(), 1, Integer::sum));
    return counts;
  }

  private static Map<String, List<Hit>> group(List<Hit> hits) {
    Map<String, List<Hit>> byRule = new LinkedHashMap<>();
    hits.forEach(h -> byRule.computeIfAbsent(h.code(), k -> new ArrayList<>()).add(h));
    return byRule;
  }

  /** Most hits first, ties by name. */
  private static List<String> byFrequency(Map<String, List<Hit>> byRule) {
    List<String> rules = new ArrayList<>(byRule.keySet());
    rules.sort(Comparator.comparing((String r) -> -byRule.get(r).size())
        .thenComparing(Comparator.naturalOrder()));
    return rules;
  }

  private static Map<String, Integer> filesByRule(List<Hit> hits) {
    Map<String, Set<String>> files = new HashMap<>();
    hits.forEach(h -> files.computeIfAbsent(h.code(), k -> new TreeSet<>()).add(h.file()));
    Map<String, Integer> counts = new HashMap<>();
    files.forEach((rule, set) -> counts.put(rule, set.size()));
    return counts;
  }

  private static Map<String, String[]> readManifest(Path manifest) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String[]> sources = new HashMap<>();
    for (String line : Files.readAllLines(manifest)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      sources.put(n.path("file").asText(),
          new String[] {n.path("repo").asText(), n.path("path").asText()});
    }
    return sources;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
