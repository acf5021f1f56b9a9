package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * Creating users and groups: {@code useradd}, {@code adduser} (Debian and BusyBox spellings),
 * {@code groupadd}, {@code addgroup}. DL3046 ({@code useradd} with a high UID and no
 * {@code -l}), non-root user rules.
 *
 * <p>BusyBox's {@code adduser -g} is the GECOS field, not a group: the {@code gid} of an
 * {@code adduser} comes only from {@code --gid}/{@code -G} is the group name.
 *
 * @param tool the program name
 * @param name the user or group name (the last operand), if given
 */
public record UserAddCommand(Invocation invocation, String tool, ParsedArgs args, Optional<Word> name) {

    static final OptionSpec USERADD = OptionSpec.builder()
            .value("uid", "-u", "--uid")
            .value("gid", "-g", "--gid")
            .value("groups", "-G", "--groups")
            .value("home", "-d", "--home-dir")
            .value("shell", "-s", "--shell")
            .value("comment", "-c", "--comment")
            .value("expiredate", "-e", "--expiredate")
            .value("inactive", "-f", "--inactive")
            .value("skel", "-k", "--skel")
            .value("key", "-K", "--key")
            .value("password", "-p", "--password")
            .value("base-dir", "-b", "--base-dir")
            .value("root", "-R", "--root")
            .value("prefix", "-P", "--prefix")
            .value("selinux-user", "-Z", "--selinux-user")
            .flag("no-log-init", "-l", "--no-log-init")
            .flag("create-home", "-m", "--create-home")
            .flag("no-create-home", "-M", "--no-create-home")
            .flag("system", "-r", "--system")
            .flag("non-unique", "-o", "--non-unique")
            .flag("user-group", "-U", "--user-group")
            .flag("no-user-group", "-N", "--no-user-group")
            .build();

    static final OptionSpec ADDUSER = OptionSpec.builder()
            .value("uid", "-u", "--uid")
            .value("gid", "--gid")
            .value("ingroup", "-G", "--ingroup")
            .value("home", "-h", "--home")
            .value("shell", "-s", "--shell")
            .value("comment", "-g", "--gecos", "--comment")
            .value("skel", "-k")
            .value("conf", "--conf")
            .value("firstuid", "--firstuid")
            .value("lastuid", "--lastuid")
            .value("add-extra-groups", "--add_extra_groups")
            .flag("disabled-password", "-D", "--disabled-password")
            .flag("disabled-login", "--disabled-login")
            .flag("system", "-S", "--system")
            .flag("no-create-home", "-H", "--no-create-home")
            .build();

    static final OptionSpec GROUPADD = OptionSpec.builder()
            .value("gid", "-g", "--gid")
            .value("key", "-K", "--key")
            .value("password", "-p", "--password")
            .value("root", "-R", "--root")
            .value("prefix", "-P", "--prefix")
            .flag("system", "-r", "-S", "--system")
            .flag("force", "-f", "--force")
            .flag("non-unique", "-o", "--non-unique")
            .build();

    public static Optional<UserAddCommand> match(Invocation inv) {
        String p = inv.program();
        OptionSpec spec;
        if ("useradd".equals(p)) {
            spec = USERADD;
        } else if ("adduser".equals(p)) {
            spec = ADDUSER;
        } else if ("groupadd".equals(p) || "addgroup".equals(p)) {
            spec = GROUPADD;
        } else {
            return Optional.empty();
        }
        ParsedArgs args = spec.parse(inv.args());
        List<Word> ops = args.operands();
        Optional<Word> name = ops.isEmpty() ? Optional.empty()
                : Optional.of(ops.get("adduser".equals(p) ? 0 : ops.size() - 1));
        return Optional.of(new UserAddCommand(inv, p, args, name));
    }

    public static List<UserAddCommand> in(Script script) {
        return Recognizers.all(script, UserAddCommand::match);
    }

    public boolean createsGroup() {
        return tool.equals("groupadd") || tool.equals("addgroup");
    }

    public Optional<String> uid() {
        return createsGroup() ? Optional.empty() : args.value("uid");
    }

    public Optional<String> gid() {
        return args.value("gid");
    }

    /** {@code -l}/{@code --no-log-init} (useradd): no huge sparse lastlog file for a high UID. */
    public boolean noLogInit() {
        return args.has("no-log-init");
    }

    public boolean system() {
        return args.has("system");
    }
}
