package dev.dockwright.conformance;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.rules.buildkit.BuildkitCheck;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs BuildKit's checks over {@code ../shared/corpus/dockerfiles} and prints the hits per rule
 * with a few samples each, plus the check errors, for reviewing false positives by hand
 * ({@code main [samples-per-rule]}). Not a test: it judges nothing.
 */
public final class BuildkitCorpusScan {

  private BuildkitCorpusScan() {}

  public static void main(String[] args) throws IOException {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = SharedData.root().resolve("corpus/dockerfiles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    Map<String, List<String>> hits = new TreeMap<>();
    Map<String, List<String>> errors = new TreeMap<>();
    long start = System.nanoTime();
    for (Path path : files) {
      SourceFile file;
      try {
        file = SourceFile.read(path, path.getFileName().toString());
      } catch (RuntimeException e) {
        continue;
      }
      BuildkitCheck.Result r = BuildkitCheck.run(file,
          DockerfileParser.parse(file.name(), file.text()), LintOptions.DEFAULT);
      for (Finding f : r.warnings()) {
        hits.computeIfAbsent(f.code(), k -> new ArrayList<>())
            .add(file.name() + ":" + f.line() + ": " + f.message());
      }
      r.error().ifPresent(e -> errors.computeIfAbsent(e.replaceAll("line \\d+", "line N")
          .replaceAll("\"[^\"]*\"", "\"…\""), k -> new ArrayList<>()).add(file.name()));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%d files in %d ms%n", files.size(), ms);
    hits.forEach((rule, list) -> {
      long distinctFiles = list.stream().map(h -> h.substring(0, h.indexOf(':'))).distinct().count();
      System.out.printf("%-32s %5d hits in %4d files%n", rule, list.size(), distinctFiles);
      int step = Math.max(1, list.size() / Math.max(1, samples));
      for (int i = 0; samples > 0 && i < list.size() && i / step < samples; i += step) {
        System.out.println("    " + list.get(i));
      }
    });
    System.out.println("check errors:");
    errors.forEach((e, list) -> System.out.printf("  %4d  %s  (e.g. %s)%n", list.size(), e,
        list.get(0)));
  }
}
