package dev.dockwright.shell;

import java.util.List;

/**
 * The shell options a linter cares about, as set by {@code set -e}, {@code set -o pipefail},
 * {@code set -eux}, {@code set +e} or the shell's own command line.
 */
public record ShellOptions(boolean errexit, boolean pipefail, boolean nounset, boolean xtrace) {

    public static final ShellOptions NONE = new ShellOptions(false, false, false, false);

    /**
     * The options after running {@code set} with these arguments. Option processing stops at
     * {@code --}, at {@code -} alone, at the first operand, and at an argument whose value is not
     * known statically ({@code null} in the list).
     */
    public ShellOptions applySet(List<String> args) {
        ShellOptions o = this;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a == null || a.equals("--") || a.equals("-") || a.equals("+") || a.length() < 2
                    || (a.charAt(0) != '-' && a.charAt(0) != '+')) {
                break;
            }
            boolean on = a.charAt(0) == '-';
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (c == 'o') {
                    if (i + 1 < args.size() && args.get(i + 1) != null) {
                        o = o.withLong(args.get(++i), on);
                    }
                } else {
                    o = o.withShort(c, on);
                }
            }
        }
        return o;
    }

    /**
     * The options a shell starts with, from its command line such as a Dockerfile
     * {@code SHELL ["/bin/bash", "-eo", "pipefail", "-c"]}: the flags before {@code -c}.
     */
    public static ShellOptions fromShellCommand(List<String> argv) {
        ShellOptions o = NONE;
        for (int i = 1; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a == null || a.length() < 2 || (a.charAt(0) != '-' && a.charAt(0) != '+') || a.startsWith("--")) {
                if (a != null && a.equals("--")) {
                    break;
                }
                continue;
            }
            boolean on = a.charAt(0) == '-';
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                if (c == 'o' && i + 1 < argv.size()) {
                    o = o.withLong(argv.get(++i), on);
                } else if (c != 'c') {
                    o = o.withShort(c, on);
                }
            }
        }
        return o;
    }

    private ShellOptions withShort(char c, boolean on) {
        return switch (c) {
            case 'e' -> new ShellOptions(on, pipefail, nounset, xtrace);
            case 'u' -> new ShellOptions(errexit, pipefail, on, xtrace);
            case 'x' -> new ShellOptions(errexit, pipefail, nounset, on);
            default -> this;
        };
    }

    private ShellOptions withLong(String name, boolean on) {
        return switch (name == null ? "" : name) {
            case "errexit" -> withShort('e', on);
            case "nounset" -> withShort('u', on);
            case "xtrace" -> withShort('x', on);
            case "pipefail" -> new ShellOptions(errexit, on, nounset, xtrace);
            default -> this;
        };
    }
}
