package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ResolvedCommand;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.ListItem;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a build step's failure is hidden so the build goes on: {@code cmd || true},
 * {@code cmd || echo failed}, {@code cmd || exit 0}, {@code set +e}, and a script that ends in
 * {@code ; exit 0}. A fallback that does real work ({@code || apt-get -f install}) is reported as
 * {@link Kind#OR_OTHER} so a rule can decide. HEALTHCHECK's {@code || exit 1} idiom is not a mask
 * (it fails).
 *
 * @param kind       what hides the failure
 * @param masked     the command whose failure is hidden (the {@code set} or {@code exit} itself
 *                   for {@link Kind#SET_PLUS_E} and {@link Kind#EXIT_ZERO})
 * @param span       the hiding text: the {@code ||} fallback pipeline, or the command
 */
public record FailureMask(Kind kind, Invocation masked, Span span) {

    /** How the failure is hidden. */
    public enum Kind {
        /** {@code || true}, {@code || :}, {@code || /bin/true} */
        OR_TRUE,
        /** {@code || echo ...}, {@code || printf ...} */
        OR_ECHO,
        /** {@code || exit 0}, {@code || return 0} */
        OR_EXIT_ZERO,
        /** {@code || something else} */
        OR_OTHER,
        /** {@code set +e} */
        SET_PLUS_E,
        /** the script ends with {@code exit 0} (or {@code true}) after other commands */
        EXIT_ZERO
    }

    /** The mask on this command's failure by an {@code ||} fallback, if any. */
    public static Optional<FailureMask> of(Invocation inv) {
        return inv.orElse().map(p -> new FailureMask(classify(p), inv, p.span()));
    }

    /** Every mask in the script, in execution order. */
    public static List<FailureMask> in(Script script) {
        List<FailureMask> masks = new ArrayList<>();
        for (Invocation inv : script.simpleCommands()) {
            of(inv).ifPresent(masks::add);
            if ("set".equals(inv.name()) && inv.options().errexit()
                    && !inv.options().applySet(inv.resolved().argValues()).errexit()) {
                masks.add(new FailureMask(Kind.SET_PLUS_E, inv, inv.span()));
            }
        }
        exitZeroAtEnd(script).ifPresent(masks::add);
        return masks;
    }

    /** {@code ...; exit 0} (or {@code ; true}) as the last top-level command after others. */
    static Optional<FailureMask> exitZeroAtEnd(Script script) {
        List<ListItem> items = script.body().items();
        if (items.size() < 2) {
            return Optional.empty();
        }
        ListItem last = items.get(items.size() - 1);
        if (last.andOr().pipelines().size() != 1) {
            return Optional.empty();
        }
        Pipeline p = last.andOr().pipelines().get(0);
        Kind k = classify(p);
        if (k != Kind.OR_EXIT_ZERO && k != Kind.OR_TRUE) {
            return Optional.empty();
        }
        return script.simpleCommands().stream()
                .filter(i -> i.pipeline() == p)
                .findFirst()
                .map(i -> new FailureMask(Kind.EXIT_ZERO, i, p.span()));
    }

    static Kind classify(Pipeline p) {
        if (p.commands().size() != 1 || !(p.commands().get(0) instanceof SimpleCommand sc)) {
            return Kind.OR_OTHER;
        }
        ResolvedCommand r = ResolvedCommand.of(sc.words());
        if (r.program() == null) {
            return Kind.OR_OTHER;
        }
        List<String> args = r.argValues();
        return switch (r.program()) {
            case "true", ":" -> Kind.OR_TRUE;
            case "echo", "printf" -> Kind.OR_ECHO;
            // A bare `exit` returns the failed command's status, so only `exit 0` hides it.
            case "exit", "return" -> !args.isEmpty() && "0".equals(args.get(0)) ? Kind.OR_EXIT_ZERO : Kind.OR_OTHER;
            default -> Kind.OR_OTHER;
        };
    }
}
