package dev.dockwright.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.FileKind;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.rules.BuiltinRules;
import dev.dockwright.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world Compose files of the shared corpus ({@code corpus/python-services}): every one
 * is read (docker compose accepts them all, so none may be an input error), no rule crashes, and
 * no message carries a secret value. Prints the hits per rule. Skipped without the data.
 */
class ComposeCorpusTest {

  @Test
  void everyCorpusComposeFileLints() throws Exception {
    Path root = SharedData.require("corpus/python-services");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> FileKind.isComposeName(p.getFileName().toString())).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    Linter linter = new Linter(BuiltinRules.registry());
    Map<String, Integer> hits = new TreeMap<>();
    for (Path file : files) {
      String name = root.relativize(file).toString();
      LintResult r = linter.lint(SourceFile.read(file, name), LintConfig.DEFAULTS,
          LintOptions.DEFAULT);
      assertThat(r.inputErrors()).as(name).isEmpty();
      assertThat(r.internalErrors()).as(name).isEmpty();
      for (Finding f : r.findings()) {
        hits.merge(f.code(), 1, Integer::sum);
        if (f.code().equals("DW6003")) {
          String value = f.range().text(r.file().text());
          assertThat(f.message()).as(name).doesNotContain(value.replaceAll("^[\"']|[\"']$", ""));
        }
      }
    }
    System.out.println("compose corpus: " + files.size() + " files, hits " + hits);
  }
}
