package dev.dockwright.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Dev tool: prints every corpus RUN that has parse errors. */
public final class CorpusScan {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int files = 0, runs = 0, bad = 0;
        try (var stream = Files.list(dir)) {
            for (Path f : stream.sorted().toList()) {
                if (!f.toString().endsWith("Dockerfile")) continue;
                files++;
                String text = Files.readString(f);
                for (RunExtractor.Run r : RunExtractor.extract(text)) {
                    runs++;
                    for (String sh : List.of(r.joined(), r.raw())) {
                        Script s = ShellParser.parse(sh);
                        if (s.hasErrors()) {
                            bad++;
                            System.out.println("=== " + f.getFileName() + ":" + r.line() + " " + s.errors());
                            System.out.println(sh);
                        }
                    }
                }
            }
        }
        System.out.println("files=" + files + " runs=" + runs + " withErrors=" + bad);
    }
}
