package dev.dockwright.shell;

import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Looks through wrappers to the program a simple command runs, and names Python-run modules.
 *
 * <p>Wrappers looked through (with their own options): {@code sudo}, {@code doas}, {@code env}
 * (options and {@code NAME=value} words), {@code nice}, {@code nohup}, {@code time},
 * {@code exec}, {@code command} (but not {@code command -v}/{@code -V}, which only look a name
 * up), {@code builtin}, {@code xargs} (the command then gets more operands from stdin, which rules
 * should keep in mind), {@code timeout}, {@code stdbuf}, {@code gosu}/{@code su-exec} (user
 * operand), {@code tini}/{@code dumb-init}. A wrapper with no command after it is itself the
 * program ({@code env} alone prints the environment). {@code sh -c '...'} is not looked into.
 */
final class CommandResolver {

    private static final Pattern PIP = Pattern.compile("pip(\\d+(\\.\\d+)*)?");
    private static final Pattern PYTHON = Pattern.compile("python(\\d+(\\.\\d+)*)?[mdu]?");
    /** Python interpreter options that take a value. */
    private static final Set<String> PYTHON_VALUE = Set.of("-W", "-X", "--check-hash-based-pycs");

    private CommandResolver() {}

    static ResolvedCommand resolve(List<Word> words) {
        List<Wrapper> wrappers = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String lit = words.get(i).literalOrNull();
            if (lit == null) {
                break;
            }
            int next = skipWrapper(basename(lit), words, i);
            if (next <= i || next >= words.size()) {
                break;
            }
            wrappers.add(new Wrapper(basename(lit), words.subList(i, next)));
            i = next;
        }
        if (i >= words.size()) {
            return new ResolvedCommand(null, null, null, List.of(), wrappers);
        }
        Word nameWord = words.get(i);
        String lit = nameWord.literalOrNull();
        String name = lit == null ? null : basename(lit);
        List<Word> args = words.subList(i + 1, words.size());
        String program = name;
        if (name != null && PIP.matcher(name).matches()) {
            program = "pip";
        } else if (name != null && PYTHON.matcher(name).matches()) {
            program = "python";
            int m = pythonModule(args);
            if (m >= 0) {
                String module = moduleName(args, m);
                if (module != null) {
                    program = module;
                    args = args.subList(args.get(m).is("-m") ? m + 2 : m + 1, args.size());
                }
            }
        }
        return new ResolvedCommand(nameWord, name, program, args, wrappers);
    }

    static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }

    /** Index of the {@code -m} (or {@code -mmodule}) among Python's own options, or -1. */
    private static int pythonModule(List<Word> args) {
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k).literalOrNull();
            if (a == null || !a.startsWith("-") || a.equals("-") || a.equals("--")) {
                return -1;
            }
            if (a.equals("-m") || (a.startsWith("-m") && !a.startsWith("--"))) {
                return k;
            }
            if (a.equals("-c")) {
                return -1;
            }
            if (PYTHON_VALUE.contains(a)) {
                k++;
            }
        }
        return -1;
    }

    private static String moduleName(List<Word> args, int m) {
        String a = args.get(m).literalOrNull();
        if (a.equals("-m")) {
            return m + 1 < args.size() ? args.get(m + 1).literalOrNull() : null;
        }
        return a.substring(2);
    }

    /** Where the wrapped command starts when {@code name} at {@code i} is a wrapper, else {@code i}. */
    private static int skipWrapper(String name, List<Word> words, int i) {
        return switch (name) {
            case "sudo", "doas" -> skipAssignments(words,
                    Options.skip(words, i + 1, "ugCDhprtTU", Set.of("--user", "--group", "--close-from",
                            "--chdir", "--host", "--prompt", "--role", "--type", "--command-timeout", "--other-user")));
            case "env" -> skipAssignments(words,
                    Options.skip(words, i + 1, "uCS", Set.of("--unset", "--chdir", "--split-string")));
            case "nice" -> Options.skip(words, i + 1, "n", Set.of("--adjustment"));
            case "nohup", "builtin" -> i + 1;
            case "time" -> Options.skip(words, i + 1, "fo", Set.of("--format", "--output"));
            case "exec" -> Options.skip(words, i + 1, "a", Set.of());
            case "command" -> {
                int j = Options.skip(words, i + 1, "", Set.of());
                for (int k = i + 1; k < j; k++) {
                    String o = words.get(k).literalOrNull();
                    if (o != null && (o.contains("v") || o.contains("V"))) {
                        yield i;
                    }
                }
                yield j;
            }
            case "xargs" -> Options.skip(words, i + 1, "adEeIiLlnPs",
                    Set.of("--arg-file", "--delimiter", "--eof", "--replace", "--max-lines", "--max-args",
                            "--max-procs", "--max-chars", "--process-slot-var"));
            case "timeout" -> Options.skip(words, i + 1, "sk", Set.of("--signal", "--kill-after")) + 1;
            case "stdbuf" -> Options.skip(words, i + 1, "ioe", Set.of("--input", "--output", "--error"));
            case "gosu", "su-exec" -> i + 2;
            case "tini", "dumb-init" -> Options.skip(words, i + 1, "spegr", Set.of("--rewrite"));
            default -> i;
        };
    }

    private static int skipAssignments(List<Word> words, int j) {
        while (j < words.size()) {
            String a = words.get(j).unquoted();
            int eq = a.indexOf('=');
            if (eq <= 0 || !a.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                break;
            }
            j++;
        }
        return j;
    }
}
