package dev.dockwright.verify.image;

import dev.dockwright.image.HistoryEntry;
import dev.dockwright.image.Image;
import dev.dockwright.image.MergedFilesystem;
import dev.dockwright.secrets.SecretKind;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.secrets.SecretValues;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ByteSize;
import dev.dockwright.verify.spec.ImageSpec.Secrets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * No secret baked into the image: in the config's env, in the build history (build args and
 * ENV/ARG values are recorded there), or in the files of any layer (deleted files included).
 * Reports say what kind of secret is where, never its value.
 */
final class SecretsCheck implements ImageCheck {
  static final String ENV = "image.secrets.env";
  static final String HISTORY = "image.secrets.history";
  static final String FILES = "image.secrets.files";
  private final Secrets spec;

  SecretsCheck(Secrets spec) {
    this.spec = spec;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Image image = facts.image();
    return List.of(env(image), history(image), files(image, facts.fileSecrets()));
  }

  private static CheckResult env(Image image) {
    List<String> found = new ArrayList<>();
    for (var e : image.config().envMap().entrySet()) {
      String kind = kindOf(e.getKey(), e.getValue());
      if (kind != null) found.add("ENV " + e.getKey() + " (" + kind + ")");
    }
    return result(ENV, "no secrets in env", found, "pass secrets at run time (docker run -e, secret stores), not ENV");
  }

  private static CheckResult history(Image image) {
    List<String> found = new ArrayList<>();
    List<HistoryEntry> history = image.config().history();
    for (int i = 0; i < history.size(); i++) {
      String createdBy = history.get(i).createdBy();
      List<String> kinds = new ArrayList<>();
      for (HistoryText.Variable v : HistoryText.variables(createdBy)) {
        String kind = kindOf(v.name(), v.value());
        if (kind != null) kinds.add(v.source() + " " + v.name() + " (" + kind + ")");
      }
      if (kinds.isEmpty()) {
        new TreeSet<>(SecretPatterns.find(createdBy, true).stream().map(m -> m.kind().label()).toList())
            .forEach(kinds::add);
      }
      if (!kinds.isEmpty()) {
        found.add("step " + (i + 1) + " " + HistoryText.display(createdBy, 50) + ": " + String.join(", ", kinds));
      }
    }
    return result(HISTORY, "no secrets in build history", found,
        "use RUN --mount=type=secret instead of build args or ENV for credentials");
  }

  private CheckResult files(Image image, Optional<SecretScanner> scanned) {
    SecretScanner scanner = scanned.orElseGet(() -> {
      SecretScanner s = new SecretScanner(spec);
      image.scan(s);
      return s;
    });
    List<SecretScanner.FileFinding> findings = scanner.findings();
    Map<String, Integer> hiddenBy = new HashMap<>();
    for (MergedFilesystem.Shadowed s : image.filesystem().shadowed()) {
      hiddenBy.put(s.node().path() + "\u0000" + s.node().layer(), s.byLayer());
    }
    // One line per file and layer: kinds with their first lines.
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    for (SecretScanner.FileFinding f : findings) {
      Integer removed = hiddenBy.get(f.path() + "\u0000" + f.layer());
      String where = f.path() + " (layer " + f.layer()
          + (removed == null ? "" : ", hidden by layer " + removed + " but still shipped in the image") + ")";
      byFile.computeIfAbsent(where, k -> new ArrayList<>())
          .add(f.kind().label() + (f.line() > 0 ? " at line " + f.line() : ""));
    }
    List<String> found = new ArrayList<>();
    byFile.forEach((where, kinds) -> found.add(where + ": " + String.join(", ", kinds.stream().distinct().limit(3).toList())
        + (kinds.size() > 3 ? ", ..." : "")));
    String coverage = String.format(java.util.Locale.ROOT, "%,d text files, %s scanned", scanner.scannedFiles(),
        ByteSize.format(scanner.scannedBytes()));
    if (found.isEmpty()) return CheckResult.pass(FILES, "no secrets in layer files", "none found in " + coverage, "none");
    return result(FILES, "no secrets in layer files", found,
        "keep secrets out of the build context (.dockerignore) and never COPY them, even to delete later");
  }

  /** What kind of secret a NAME=value pair holds, or null. */
  private static String kindOf(String name, String value) {
    return SecretValues.kindOf(name, value).map(SecretKind::label).orElse(null);
  }

  private static CheckResult result(String id, String title, List<String> found, String fix) {
    if (found.isEmpty()) return CheckResult.pass(id, title, "none found", "none");
    String measured = found.size() + (found.size() == 1 ? " finding" : " findings") + " (values redacted)";
    List<String> shown = found.size() > 10 ? found.subList(0, 10) : found;
    return CheckResult.fail(id, title, measured, "none",
        String.join("; ", shown) + (found.size() > 10 ? "; and " + (found.size() - 10) + " more" : "") + " — " + fix);
  }
}
