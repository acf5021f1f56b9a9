package dev.dockwright.shell;

import dev.dockwright.testsupport.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.shell.ast.Assignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against bash itself: bash parses each script as a function body and prints it
 * back in canonical form ({@code declare -f}); both texts must give the same simple commands with
 * the same assignments and words (substitutions compared as trees). Catches wrong splitting of
 * commands and words, which "no parse error" alone cannot. Needs bash and the shared corpus.
 */
class BashOracleTest {

    @TempDir
    Path tmp;

    @Test
    void corpusAndHadolintScriptsSplitLikeBash() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash not installed");
        List<String> scripts = new ArrayList<>();
        Path corpus = SharedData.require("corpus/dockerfiles");
        try (var files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                RunExtractor.extract(Files.readString(f)).forEach(r -> scripts.add(r.joined()));
            }
        }
        Path cases = SharedData.require("conformance/hadolint/cases.jsonl");
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(cases)) {
            RunExtractor.extract(json.readTree(line).get("dockerfile").asText()).forEach(r -> scripts.add(r.joined()));
        }
        // a backslash at the very end is a literal in sh -c, but would join the wrapper's next line
        scripts.removeIf(s -> s.stripTrailing().endsWith("\\"));
        List<String> reprinted = bashReprint(scripts);
        int same = 0;
        int rejected = 0;
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            if (reprinted.get(i) == null) {
                rejected++;
                continue;
            }
            String ours = commands(scripts.get(i));
            String bash = commands(reprinted.get(i));
            if (ours.equals(bash)) {
                same++;
            } else {
                diffs.add(scripts.get(i) + "\n  ours: " + ours + "\n  bash: " + bash);
            }
        }
        System.out.printf("bash oracle: %d scripts, %d split identically, %d differ, %d rejected by bash%n",
                scripts.size(), same, diffs.size(), rejected);
        assertThat(scripts.size()).isGreaterThan(4000);
        assertThat(rejected).isZero();
        assertThat(diffs).isEmpty();
    }

    /** Each simple command as assignments and words, substitutions rendered as trees. */
    static String commands(String script) {
        return ShellParser.parse(script).simpleCommands().stream()
                .map(i -> i.assignments().stream().map(BashOracleTest::assignment).collect(Collectors.joining(" "))
                        + "|" + i.argv().stream().map(TreePrinter::word).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" ;; "));
    }

    private static String assignment(Assignment a) {
        return a.name() + "=" + a.value().map(TreePrinter::word).orElse("(" + a.array().size() + ")");
    }

    /** bash's canonical re-print of each script as a function body, or null where bash rejects it. */
    private List<String> bashReprint(List<String> scripts) throws IOException, InterruptedException {
        Path dir = Files.createDirectory(tmp.resolve("scripts"));
        for (int i = 0; i < scripts.size(); i++) {
            Files.writeString(dir.resolve(String.format("%06d", i)), scripts.get(i));
        }
        String driver = "for f in \"$1\"/*; do src=$(cat \"$f\"); "
                + "if eval \"f() {\n$src\n}\" 2>/dev/null; then declare -f f; else echo '@@REJECTED'; fi; "
                + "printf '\\n@@END\\n'; unset -f f; done";
        Process p = new ProcessBuilder("/bin/bash", "-c", driver, "oracle", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> result = new ArrayList<>();
        for (String chunk : out.split("\n@@END\n", -1)) {
            if (result.size() == scripts.size()) {
                break;
            }
            result.add(chunk.contains("@@REJECTED") ? null : chunk);
        }
        assertThat(result).hasSize(scripts.size());
        return result;
    }
}
