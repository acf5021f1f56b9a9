package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;

/** {@code go install pkg@version} / {@code go get}: DL3062 (pin versions with {@code @}). */
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
        List<PackageSpec> pkgs = action.equals("install") || action.equals("get")
                ? args.operands().subList(1, args.operands().size()).stream()
                        .map(w -> PackageSpec.split(w, "@")).toList()
                : List.of();
        return Optional.of(new GoCommand(inv, action, args, pkgs));
    }

    public static List<GoCommand> in(Script script) {
        return Recognizers.all(script, GoCommand::match);
    }
}
