package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get}, {@code apt} and {@code aptitude}: the action and, for install-like actions, the
 * packages with their pins. Used by DL3008 (pin versions), DL3014 (-y), DL3015
 * (--no-install-recommends), DL3009 (lists removed), DL3027 (apt), and the cache rules.
 *
 * @param tool     {@code apt-get}, {@code apt} or {@code aptitude}
 * @param action   the first operand: {@code install}, {@code update}, {@code clean}, ... ("" if none)
 * @param packages operands after the action, for {@code install}, {@code remove}, {@code purge},
 *                 {@code build-dep}, {@code source}, {@code download}, {@code reinstall}
 */
public record AptCommand(Invocation invocation, String tool, String action, ParsedArgs args, List<PackageSpec> packages) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("yes", "-y", "--yes", "--assume-yes")
            .optionalValue("quiet", "-q", "--quiet")
            .flag("no-install-recommends", "--no-install-recommends")
            .flag("install-recommends", "--install-recommends")
            .value("target-release", "-t", "--target-release", "--default-release")
            .value("option", "-o", "--option")
            .value("config-file", "-c", "--config-file")
            .value("arch", "-a", "--host-architecture")
            .value("build-profiles", "-P", "--build-profiles")
            .flag("fix-broken", "-f", "--fix-broken")
            .build();

    private static final Set<String> TOOLS = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> WITH_PACKAGES =
            Set.of("install", "remove", "purge", "build-dep", "source", "download", "reinstall", "markauto");

    public static Optional<AptCommand> match(Invocation inv) {
        if (inv.program() == null || !TOOLS.contains(inv.program())) {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(inv.args());
        String action = args.firstOperand().orElse("");
        List<PackageSpec> packages = WITH_PACKAGES.contains(action)
                ? args.operands().subList(1, args.operands().size()).stream()
                        .map(w -> PackageSpec.split(w, "=", "/")).toList()
                : List.of();
        return Optional.of(new AptCommand(inv, inv.program(), action, args, packages));
    }

    public static List<AptCommand> in(Script script) {
        return Recognizers.all(script, AptCommand::match);
    }

    public boolean isInstall() {
        return action.equals("install");
    }

    /**
     * {@code apt-get distclean} (alias {@code dist-clean}, apt 2.7.8+, Debian 13): {@code clean}
     * plus every file under /var/lib/apt/lists but the Release files, the command Debian
     * recommends for finalising images.
     */
    public boolean removesLists() {
        return !tool.equals("aptitude") && (action.equals("distclean") || action.equals("dist-clean"));
    }

    /** {@code -y}, {@code --yes}, {@code --assume-yes}, or {@code -o APT::Get::Assume-Yes=true}. */
    public boolean assumeYes() {
        return args.has("yes") || configTrue("APT::Get::Assume-Yes");
    }

    /** {@code -q} counted ({@code -qq} is 2), or the level of {@code -q=N}. */
    public int quietLevel() {
        int level = 0;
        for (ParsedArgs.Option o : args.all("quiet")) {
            level = o.value().map(v -> v.matches("\\d+") ? Integer.parseInt(v) : 1).orElse(level + 1);
        }
        return level;
    }

    /** Never prompts: {@link #assumeYes()}, or quiet level 2 which implies {@code -y} for apt-get. */
    public boolean nonInteractive() {
        return assumeYes() || quietLevel() >= 2;
    }

    /** {@code --no-install-recommends} or {@code -o APT::Install-Recommends=false}. */
    public boolean noInstallRecommends() {
        return args.has("no-install-recommends") || configFalse("APT::Install-Recommends");
    }

    public Optional<String> targetRelease() {
        return args.value("target-release");
    }

    /** The {@code -o Key=Value} settings. */
    public List<String> configOptions() {
        return args.values("option");
    }

    /** The action word ({@code install}), for pointing at it. */
    public Optional<Word> actionWord() {
        return args.operands().isEmpty() ? Optional.empty() : Optional.of(args.operands().get(0));
    }

    private boolean configTrue(String key) {
        return configOptions().stream().anyMatch(o -> o.equalsIgnoreCase(key + "=true") || o.equals(key + "=1"));
    }

    private boolean configFalse(String key) {
        return configOptions().stream().anyMatch(o -> o.equalsIgnoreCase(key + "=false") || o.equals(key + "=0"));
    }
}
