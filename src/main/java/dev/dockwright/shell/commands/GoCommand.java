package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/**
 * {@code go install pkg@version}, {@code go get}, {@code go run pkg@version args}: DL3062 (pin
 * versions with {@code @}). For {@code go run} only the first operand is a package; the rest are
 * the program's arguments.
 */
public record GoCommand(Invocation invocation, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .value("o", "-o")
            .value("tags", "-tags")
            .value("ldflags", "-ldflags")
            .value("gcflags", "-gcflags")
            .value("mod", "-mod")
            .value("modfile", "-modfile")
            .value("p", "-p")
            .value("C", "-C")
            .build();

    public static Optional<GoCommand> match(Invocation inv) {
        if (!inv.is("go")) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        int end = action.equals("run") ? Math.min(2, args.operands().size()) : args.operands().size();
        List<PackageSpec> pkgs = action.equals("install") || action.equals("get") || action.equals("run")
                ? args.operands().subList(Math.min(1, end), end).stream().map(w -> PackageSpec.split(w, "@")).toList()
                : List.of();
        return Optional.of(new GoCommand(inv, action, args, pkgs));
    }

    public static List<GoCommand> in(Script script) {
        return Recognizers.all(script, GoCommand::match);
    }
}
