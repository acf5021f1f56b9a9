package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Is this API enough for hadolint's shell rules? Each probe below states a hadolint rule that
 * looks only at RUN scripts, in a few lines over the recognisers, and is checked against
 * hadolint's own test cases (those with the default configuration and no cache mounts). These
 * are probes of the API, not the rules themselves (those live in the lint engine).
 */
class HadolintShellRulesProbeTest {

    /** A script violates the rule when the predicate holds for it. */
    static final Map<String, Predicate<Script>> PROBES = new TreeMap<>(Map.ofEntries(
            Map.entry("DL3001", s -> any(s, i -> NonContainerCommands.isListed(i, NonContainerCommands.HADOLINT))),
            Map.entry("DL3003", s -> !CdCommand.in(s).isEmpty()),
            Map.entry("DL3004", s -> !Sudo.in(s).isEmpty()),
            Map.entry("DL3008", s -> AptCommand.in(s).stream().anyMatch(a -> a.tool().equals("apt-get") && a.isInstall()
                    && a.packages().stream().anyMatch(p -> !p.pinned()))),
            Map.entry("DL3013", s -> PipCommand.in(s).stream().anyMatch(p -> p.isInstall()
                    && p.requirementFiles().isEmpty() && p.constraintFiles().isEmpty()
                    && p.requirements().stream().noneMatch(r -> r.word().is("."))
                    && p.requirements().stream().anyMatch(r -> !r.versioned()))),
            Map.entry("DL3014", s -> AptCommand.in(s).stream().anyMatch(a -> a.tool().equals("apt-get") && a.isInstall()
                    && !a.nonInteractive())),
            Map.entry("DL3015", s -> AptCommand.in(s).stream().anyMatch(a -> a.tool().equals("apt-get") && a.isInstall()
                    && !a.noInstallRecommends())),
            Map.entry("DL3016", s -> NpmCommand.in(s).stream().anyMatch(n -> n.action().equals("install")
                    && n.packages().stream().anyMatch(p -> !p.pinned()))),
            Map.entry("DL3018", s -> ApkCommand.in(s).stream().anyMatch(a -> a.isAdd()
                    && a.packages().stream().anyMatch(p -> !p.pinned()))),
            Map.entry("DL3019", s -> ApkCommand.in(s).stream().anyMatch(a -> a.isAdd() && !a.noCache())),
            Map.entry("DL3062", s -> GoCommand.in(s).stream().anyMatch(g -> g.packages().stream()
                    .filter(p -> !p.word().is("tool"))
                    .anyMatch(p -> !(p.kind() == PackageSpec.Kind.PATH || p.text().startsWith(".")
                            || p.version().filter(v -> !v.equals("latest") && !v.equals("none")).isPresent())))),
            Map.entry("DL3046", s -> UserAddCommand.in(s).stream().anyMatch(u -> u.tool().equals("useradd")
                    && !u.noLogInit() && u.uid().filter(x -> x.length() > 5).isPresent())),
            Map.entry("DL3047", s -> WgetCommand.in(s).stream().anyMatch(w -> w.progress().isEmpty() && !w.quiet()
                    && !w.noVerbose() && !w.logToFile())),
            Map.entry("DL4005", s -> any(s, i -> i.is("ln") && i.args().stream().anyMatch(w -> w.is("/bin/sh"))))));

    private static final Pattern RUN = Pattern.compile("(?im)^\\s*(?:ONBUILD\\s+)?RUN\\s+");

    static boolean any(Script s, Predicate<Invocation> p) {
        return s.simpleCommands().stream().anyMatch(p);
    }

    @Test
    void probesAgreeWithHadolintCases() throws IOException {
        Path cases = Path.of(System.getProperty("DOCKWRIGHT_SHARED", System.getenv().getOrDefault("DOCKWRIGHT_SHARED",
                locateShared().toString()))).resolve("conformance/hadolint/cases.jsonl");
        assumeTrue(Files.exists(cases), "shared data not present");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> tally = new TreeMap<>();
        StringBuilder disagreements = new StringBuilder();
        for (String line : Files.readAllLines(cases)) {
            JsonNode c = json.readTree(line);
            String rule = c.get("rule").asText();
            Predicate<Script> probe = PROBES.get(rule);
            String text = c.get(c.get("onbuild").asBoolean() ? "dockerfile_onbuild" : "dockerfile").asText();
            if (probe == null || !c.get("config").isNull() || text.contains("--mount") || text.contains("<<")) {
                continue;
            }
            boolean expected = c.get("expect").asText().equals("violation");
            boolean actual = runs(text).stream().anyMatch(probe);
            int[] t = tally.computeIfAbsent(rule, k -> new int[2]);
            t[1]++;
            if (actual == expected) {
                t[0]++;
            } else {
                disagreements.append(c.get("id").asText()).append(" expected ").append(expected).append(": ")
                        .append(text.strip()).append('\n');
            }
        }
        int agree = 0;
        int total = 0;
        for (var e : tally.entrySet()) {
            System.out.printf("%s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
            agree += e.getValue()[0];
            total += e.getValue()[1];
        }
        System.out.printf("hadolint shell-rule probes: %d/%d agree%n%s", agree, total, disagreements);
        assertThat(tally.keySet()).hasSize(PROBES.size());
        assertThat(disagreements.toString()).isEmpty();
    }

    /** The shell scripts of a Dockerfile's RUN instructions (line continuations joined as BuildKit does). */
    static List<Script> runs(String dockerfile) {
        String joined = dockerfile.replaceAll("\\\\[ \\t]*\\r?\\n", "");
        return joined.lines()
                .filter(l -> RUN.matcher(l).lookingAt())
                .map(l -> RUN.matcher(l).replaceFirst(""))
                .map(ShellParser::parse)
                .toList();
    }

    private static Path locateShared() {
        for (Path p = Path.of("").toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared"))) {
                return p.resolve("shared");
            }
        }
        return Path.of("..", "shared");
    }

    @SuppressWarnings("unused")
    private static String text(Word w) {
        return w.unquoted();
    }
}
