package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RPM family: {@code yum}, {@code dnf}, {@code microdnf}, {@code tdnf}. DL3030/DL3038 (-y),
 * DL3032/DL3040 (clean all), DL3033/DL3041 (versions), and cache rules.
 *
 * @param tool     the program name
 * @param action   {@code install}, {@code groupinstall}, {@code clean}, {@code module}, ...
 * @param subAction for {@code module}/{@code group}/{@code clean}: the next operand ({@code install},
 *                  {@code all}), else ""
 * @param packages the package operands of an install-like action; a version is recognised as
 *                 {@code name-VERSION} where VERSION starts with a digit ({@code httpd-2.4.6})
 */
public record YumCommand(Invocation invocation, String tool, String action, String subAction, ParsedArgs args,
                         List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("assumeyes", "-y", "--assumeyes")
            .flag("assumeno", "--assumeno")
            .value("config", "-c", "--config")
            .value("installroot", "--installroot")
            .value("releasever", "--releasever")
            .value("setopt", "--setopt")
            .value("enablerepo", "--enablerepo")
            .value("disablerepo", "--disablerepo")
            .value("repo", "--repo", "--repoid")
            .value("exclude", "-x", "--exclude")
            .value("debuglevel", "-d", "--debuglevel")
            .value("errorlevel", "-e", "--errorlevel")
            .value("forcearch", "--forcearch")
            .value("disableplugin", "--disableplugin")
            .value("enableplugin", "--enableplugin")
            .build();

    private static final Set<String> TOOLS = Set.of("yum", "dnf", "microdnf", "tdnf", "dnf5");
    private static final Set<String> INSTALLS = Set.of("install", "in", "groupinstall", "localinstall", "reinstall",
            "rei", "upgrade", "up", "update", "upgrade-minimal", "up-min", "remove", "erase", "rm", "downgrade");
    private static final Pattern VERSIONED = Pattern.compile("^(.+?)-(\\d[A-Za-z0-9.~^_:+-]*)$");

    public static Optional<YumCommand> match(Invocation inv) {
        if (inv.program() == null || !TOOLS.contains(inv.program())) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        List<Word> ops = args.operands();
        String action = args.firstOperand().orElse("");
        String sub = "";
        int first = 1;
        if ((action.equals("module") || action.equals("group") || action.equals("groups") || action.equals("clean"))
                && ops.size() > 1) {
            sub = ops.get(1).unquoted();
            first = 2;
        }
        boolean installs = INSTALLS.contains(action) || (!sub.isEmpty() && INSTALLS.contains(sub));
        List<PackageSpec> packages = installs && ops.size() >= first
                ? ops.subList(first, ops.size()).stream().map(YumCommand::rpm).toList()
                : List.of();
        return Optional.of(new YumCommand(inv, inv.program(), action, sub, args, packages));
    }

    public static List<YumCommand> in(Script script) {
        return Recognizers.all(script, YumCommand::match);
    }

    static PackageSpec rpm(Word w) {
        String t = w.unquoted();
        PackageSpec.Kind kind = PackageSpec.kindOf(t);
        if (kind == PackageSpec.Kind.NAME) {
            var m = VERSIONED.matcher(t);
            if (m.matches()) {
                return new PackageSpec(w, m.group(1), "-", Optional.of(m.group(2)), kind);
            }
        }
        return new PackageSpec(w, t, "", Optional.empty(), kind);
    }

    /** {@code install}, {@code groupinstall}, {@code localinstall}, {@code module install}, ... */
    public boolean isInstall() {
        return Set.of("install", "in", "groupinstall", "localinstall").contains(action)
                || (Set.of("module", "group", "groups").contains(action) && sub().equals("install"));
    }

    private String sub() {
        return subAction;
    }

    public boolean assumeYes() {
        return args.has("assumeyes");
    }

    /** {@code clean all} (or {@code clean} with another target when {@code target} is null). */
    public boolean isClean(String target) {
        return action.equals("clean") && (target == null || args.operandTexts().contains(target));
    }
}
