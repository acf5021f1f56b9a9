package dev.dockwright.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev tool: writes each corpus RUN (BuildKit-joined form) to a file, for checking against bash -n. */
public final class CorpusDump {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        int n = 0;
        try (var stream = Files.list(Path.of(args[0]))) {
            for (Path f : stream.sorted().toList()) {
                for (RunExtractor.Run r : RunExtractor.extract(Files.readString(f))) {
                    Script s = ShellParser.parse(r.joined());
                    String name = f.getFileName() + "_" + r.line() + (s.hasErrors() ? ".err" : ".ok");
                    Files.writeString(out.resolve(name), r.joined());
                    n++;
                }
            }
        }
        System.out.println(n);
    }
}
