package dev.dockwright.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Dev tool: compares simple-command argv of each script with bash's `declare -f` re-print of it. */
public final class BashDiff {
    public static void main(String[] args) throws Exception {
        Path orig = Path.of(args[0]);
        Path norm = Path.of(args[1]);
        int same = 0, diff = 0;
        try (var stream = Files.list(norm)) {
            for (Path n : stream.sorted().toList()) {
                String a = argvs(Files.readString(orig.resolve(n.getFileName())));
                String b = argvs(Files.readString(n));
                if (a.equals(b)) {
                    same++;
                } else {
                    diff++;
                    if (diff <= Integer.parseInt(args[2])) {
                        System.out.println("=== " + n.getFileName());
                        System.out.println("ours: " + a);
                        System.out.println("bash: " + b);
                    }
                }
            }
        }
        System.out.println("same=" + same + " diff=" + diff);
    }

    static String argvs(String script) {
        List<Invocation> inv = ShellParser.parse(script).simpleCommands();
        return inv.stream()
                .map(i -> i.assignments().stream().map(x -> x.name() + "=" + x.value().map(TreePrinter::word).orElse("(..)")).collect(Collectors.joining(" "))
                        + "|" + i.argv().stream().map(TreePrinter::word).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" ;; "));
    }
}
