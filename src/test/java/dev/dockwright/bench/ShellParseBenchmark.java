package dev.dockwright.bench;

import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.PipCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Shell parsing throughput over every RUN script of the shared corpus (BuildKit-joined form):
 * parse alone, and parse plus the walk and two recognisers as a lint rule would use them. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main ShellParseBenchmark}; the corpus path comes
 * from {@code DOCKWRIGHT_SHARED} or {@code ../shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShellParseBenchmark {

    private static final Pattern RUN = Pattern.compile("(?im)^\\s*RUN\\s+(?!\\[)(?!.*<<)(.*)$");

    private List<String> scripts;

    @Setup
    public void load() throws IOException {
        String shared = System.getProperty("DOCKWRIGHT_SHARED", System.getenv().getOrDefault("DOCKWRIGHT_SHARED", "../shared"));
        scripts = new ArrayList<>();
        try (var files = Files.list(Path.of(shared, "corpus", "dockerfiles"))) {
            for (Path f : files.sorted().toList()) {
                String joined = Files.readString(f).replaceAll("\\\\[ \\t]*\\r?\\n(\\s*#[^\\n]*\\n)*", "");
                RUN.matcher(joined).results().forEach(m -> scripts.add(m.group(1)));
            }
        }
    }

    /** All corpus RUN scripts, parsed; time per whole corpus. */
    @Benchmark
    public void parseCorpus(Blackhole bh) {
        for (String s : scripts) {
            bh.consume(ShellParser.parse(s).body());
        }
    }

    /** Parse, walk and recognise apt-get and pip commands, as rules would. */
    @Benchmark
    public void parseAndQueryCorpus(Blackhole bh) {
        for (String s : scripts) {
            Script script = ShellParser.parse(s);
            bh.consume(AptCommand.in(script));
            bh.consume(PipCommand.in(script));
        }
    }

    public int scriptCount() {
        return scripts.size();
    }
}
