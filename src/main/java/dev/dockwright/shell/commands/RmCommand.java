package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/** {@code rm}: which paths are removed, recursively or not. DL3009 ({@code rm -rf /var/lib/apt/lists/*}), cache rules. */
public record RmCommand(Invocation invocation, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("recursive", "-r", "-R", "--recursive")
            .flag("force", "-f", "--force")
            .build();

    public static Optional<RmCommand> match(Invocation inv) {
        return inv.is("rm") ? Optional.of(new RmCommand(inv, SPEC.parse(inv.args()))) : Optional.empty();
    }

    public static List<RmCommand> in(Script script) {
        return Recognizers.all(script, RmCommand::match);
    }

    public boolean recursive() {
        return args.has("recursive");
    }

    public boolean force() {
        return args.has("force");
    }

    public List<Word> paths() {
        return args.operands();
    }

    /** True when a path operand is exactly {@code path} (quotes removed; {@code /x/*} and {@code /x/} count as {@code /x}). */
    public boolean removes(String path) {
        String want = trim(path);
        return args.operands().stream().anyMatch(w -> trim(w.unquoted()).equals(want));
    }

    /** True when some path operand is {@code dir} itself, its contents, or something under it. */
    public boolean removesUnder(String dir) {
        String d = trim(dir);
        return args.operands().stream().map(w -> trim(w.unquoted())).anyMatch(p -> p.equals(d) || p.startsWith(d + "/"));
    }

    private static String trim(String p) {
        String s = p;
        if (s.endsWith("/*")) {
            s = s.substring(0, s.length() - 2);
        }
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
