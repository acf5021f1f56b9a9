package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;

/** Use of {@code sudo} (DL3004): as a wrapper ({@code sudo apt-get ...}) or alone ({@code sudo -i}). */
public final class Sudo {

    private Sudo() {}

    public static boolean uses(Invocation inv) {
        return "sudo".equals(inv.name()) || inv.resolved().hasWrapper("sudo");
    }

    public static List<Invocation> in(Script script) {
        return script.simpleCommands().stream().filter(Sudo::uses).toList();
    }
}
