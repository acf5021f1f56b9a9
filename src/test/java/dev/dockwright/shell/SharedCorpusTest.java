package dev.dockwright.shell;

import dev.dockwright.testsupport.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shell-form RUN of hadolint's test cases and of the real-world corpus parses without error,
 * both as BuildKit hands it to the shell (continuations joined) and with backslash-newline
 * continuations left for the parser. Skips when {@code ../shared} is absent.
 */
class SharedCorpusTest {

    @Test
    void hadolintCaseRunsParse() throws IOException {
        Path cases = SharedData.require("conformance/hadolint/cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        int runs = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            JsonNode c = json.readTree(line);
            for (String field : List.of("dockerfile", "dockerfile_onbuild")) {
                if (!c.hasNonNull(field)) {
                    continue;
                }
                for (RunExtractor.Run r : RunExtractor.extract(c.get(field).asText())) {
                    runs++;
                    check(c.get("id").asText() + ":" + r.line(), r, failures);
                }
            }
        }
        System.out.printf("hadolint cases: %d shell-form RUN scripts, %d with parse errors%n", runs, failures.size());
        assertThat(runs).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    @Test
    void corpusRunsParse() throws IOException {
        Path dir = SharedData.require("corpus/dockerfiles");
        int files = 0;
        int runs = 0;
        List<String> failures = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            for (Path f : stream.filter(p -> !p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                files++;
                for (RunExtractor.Run r : RunExtractor.extract(Files.readString(f))) {
                    runs++;
                    check(f.getFileName() + ":" + r.line(), r, failures);
                }
            }
        }
        System.out.printf("corpus: %d files, %d shell-form RUN scripts (x2 forms), %d with parse errors%n", files, runs,
                failures.size());
        assertThat(runs).isGreaterThan(3000);
        assertThat(failures).isEmpty();
    }

    private static void check(String where, RunExtractor.Run r, List<String> failures) {
        for (String text : List.of(r.joined(), r.raw())) {
            Script s = ShellParser.parse(text);
            if (s.hasErrors()) {
                failures.add(where + " " + s.errors() + "\n" + text);
            }
        }
    }
}
