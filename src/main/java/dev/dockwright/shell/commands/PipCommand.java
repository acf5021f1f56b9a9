package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * pip in all its spellings: {@code pip}, {@code pip3}, {@code pip3.12}, {@code python -m pip},
 * uv's pip interface {@code uv pip ...} (frontend {@link Frontend#UV}) and {@code pipx}, which
 * installs applications with pip (frontend {@link Frontend#PIPX}: pinning applies, pip's cache
 * flags do not; hadolint's DL3042 leaves it out). DL3013 (pin versions),
 * DL3042 (cache), and the Python rules (editable installs, --trusted-host, --user, caches).
 *
 * @param frontend     pip itself or {@code uv pip}
 * @param action       {@code install}, {@code uninstall}, {@code download}, {@code wheel}, {@code cache}, ...
 * @param requirements the requirement operands (after the action; for {@code cache} none)
 */
public record PipCommand(Invocation invocation, Frontend frontend, String action, ParsedArgs args,
                         List<PipRequirement> requirements) {

    /** Which tool implements the pip interface. */
    public enum Frontend {
        PIP,
        UV,
        PIPX
    }

    static final OptionSpec SPEC = OptionSpec.builder()
            .value("requirement", "-r", "--requirement")
            .value("constraint", "-c", "--constraint")
            .value("override", "--override")
            .value("editable", "-e", "--editable")
            .value("target", "-t", "--target")
            .value("prefix", "--prefix")
            .value("root", "--root")
            .value("src", "--src")
            .value("build", "-b", "--build")
            .value("index-url", "-i", "--index-url", "--index")
            .value("extra-index-url", "--extra-index-url")
            .value("find-links", "-f", "--find-links")
            .value("trusted-host", "--trusted-host", "--allow-insecure-host")
            .value("no-binary", "--no-binary")
            .value("only-binary", "--only-binary")
            .value("platform", "--platform", "--python-platform")
            .value("python-version", "--python-version")
            .value("implementation", "--implementation")
            .value("abi", "--abi")
            .value("upgrade-strategy", "--upgrade-strategy")
            .value("progress-bar", "--progress-bar")
            .value("root-user-action", "--root-user-action")
            .value("proxy", "--proxy")
            .value("retries", "--retries")
            .value("timeout", "--timeout")
            .value("cache-dir", "--cache-dir")
            .value("cert", "--cert")
            .value("client-cert", "--client-cert")
            .value("log", "--log")
            .value("python", "--python", "-p")
            .value("exists-action", "--exists-action")
            .value("global-option", "--global-option")
            .value("install-option", "--install-option")
            .value("config-settings", "-C", "--config-settings", "--config-setting")
            .value("report", "--report")
            .value("index-strategy", "--index-strategy")
            .value("keyring-provider", "--keyring-provider")
            .value("resolution", "--resolution")
            .value("prerelease", "--prerelease")
            .value("exclude-newer", "--exclude-newer")
            .value("link-mode", "--link-mode")
            .value("reinstall-package", "--reinstall-package")
            .value("upgrade-package", "-P", "--upgrade-package")
            .value("extra", "--extra")
            .value("group", "--group")
            .value("directory", "--directory")
            .value("project", "--project")
            .value("config-file", "--config-file")
            .value("dest", "-d", "--dest", "--destination-directory")
            .value("wheel-dir", "-w", "--wheel-dir")
            .flag("no-cache-dir", "--no-cache-dir")
            .flag("no-cache", "-n", "--no-cache")
            .flag("user", "--user")
            .flag("upgrade", "-U", "--upgrade")
            .flag("quiet", "-q", "--quiet")
            .flag("yes", "-y", "--yes")
            .flag("system", "--system")
            .flag("break-system-packages", "--break-system-packages")
            .flag("no-deps", "--no-deps")
            .flag("require-hashes", "--require-hashes")
            .build();

    public static Optional<PipCommand> match(Invocation inv) {
        List<Word> words;
        Frontend frontend;
        if (inv.is("pip")) {
            words = inv.args();
            frontend = Frontend.PIP;
        } else if (inv.is("pipx")) {
            words = inv.args();
            frontend = Frontend.PIPX;
        } else if (inv.is("uv") && !inv.args().isEmpty() && inv.args().get(0).is("pip")) {
            words = inv.args().subList(1, inv.args().size());
            frontend = Frontend.UV;
        } else {
            return Optional.empty();
        }
        ParsedArgs args = SPEC.parse(words);
        String action = args.firstOperand().orElse("");
        List<PipRequirement> reqs = List.of("install", "download", "wheel", "uninstall").contains(action)
                ? args.operands().subList(1, args.operands().size()).stream().map(PipRequirement::parse).toList()
                : List.of();
        return Optional.of(new PipCommand(inv, frontend, action, args, reqs));
    }

    public static List<PipCommand> in(Script script) {
        return Recognizers.all(script, PipCommand::match);
    }

    public boolean isInstall() {
        return action.equals("install");
    }

    /**
     * No download cache is written: pip's {@code --no-cache-dir}, or uv's {@code --no-cache}/{@code -n}.
     * Environment ({@code PIP_NO_CACHE_DIR}, {@code UV_NO_CACHE}) and cache mounts are the rule's business.
     */
    public boolean noCache() {
        return frontend == Frontend.UV ? args.has("no-cache") : args.has("no-cache-dir");
    }

    public List<String> requirementFiles() {
        return args.values("requirement");
    }

    public List<String> constraintFiles() {
        return args.values("constraint");
    }

    /** The {@code -e} targets ({@code .}, {@code ./pkg}, VCS URLs). */
    public List<ParsedArgs.Option> editables() {
        return args.all("editable");
    }

    public boolean user() {
        return args.has("user");
    }

    public List<ParsedArgs.Option> trustedHosts() {
        return args.all("trusted-host");
    }

    public Optional<String> indexUrl() {
        return args.value("index-url");
    }

    public List<String> extraIndexUrls() {
        return args.values("extra-index-url");
    }

    /** {@code cache purge} / {@code cache remove}: cleans the cache. */
    public boolean isCachePurge() {
        return action.equals("cache") && args.operands().size() > 1
                && (args.operands().get(1).is("purge") || args.operands().get(1).is("remove"));
    }
}
