package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import java.util.Set;

/**
 * Commands that make little sense in a Dockerfile RUN (hadolint DL3001): interactive tools,
 * service managers, process and mount tools. hadolint's message also names {@code ifconfig},
 * which its check does not flag; {@link #HADOLINT} follows the check, {@link #ALL} the message.
 */
public final class NonContainerCommands {

    public static final Set<String> HADOLINT =
            Set.of("free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim");

    public static final Set<String> ALL =
            Set.of("free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig");

    private NonContainerCommands() {}

    public static boolean isListed(Invocation inv, Set<String> list) {
        return inv.name() != null && list.contains(inv.name());
    }
}
