package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * {@code curl}: TLS verification off ({@code -k}), where the output goes, whether it is piped into
 * a shell, and the URLs. curl has many options with values; they are listed so that URLs are
 * found correctly.
 */
public record CurlCommand(Invocation invocation, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("insecure", "-k", "--insecure")
            .flag("proxy-insecure", "--proxy-insecure")
            .flag("silent", "-s", "--silent")
            .flag("show-error", "-S", "--show-error")
            .flag("fail", "-f", "--fail", "--fail-with-body")
            .flag("location", "-L", "--location")
            .flag("remote-name", "-O", "--remote-name", "--remote-name-all")
            .flag("remote-header-name", "-J", "--remote-header-name")
            .value("output", "-o", "--output")
            .value("output-dir", "--output-dir")
            .value("url", "--url")
            .value("header", "-H", "--header")
            .value("data", "-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "--data-ascii")
            .value("form", "-F", "--form")
            .value("user", "-u", "--user")
            .value("user-agent", "-A", "--user-agent")
            .value("referer", "-e", "--referer")
            .value("proxy", "-x", "--proxy")
            .value("request", "-X", "--request")
            .value("upload-file", "-T", "--upload-file")
            .value("cookie", "-b", "--cookie")
            .value("cookie-jar", "-c", "--cookie-jar")
            .value("max-time", "-m", "--max-time")
            .value("write-out", "-w", "--write-out")
            .value("config", "-K", "--config")
            .value("cert", "-E", "--cert")
            .value("range", "-r", "--range")
            .value("proxy-user", "-U", "--proxy-user")
            .value("time-cond", "-z", "--time-cond")
            .value("speed-limit", "-Y", "--speed-limit")
            .value("speed-time", "-y", "--speed-time")
            .value("retry", "--retry")
            .value("retry-delay", "--retry-delay")
            .value("retry-max-time", "--retry-max-time")
            .value("connect-timeout", "--connect-timeout")
            .value("cacert", "--cacert")
            .value("capath", "--capath")
            .value("key", "--key")
            .value("limit-rate", "--limit-rate")
            .value("resolve", "--resolve")
            .value("interface", "--interface")
            .value("proto", "--proto")
            .value("proto-redir", "--proto-redir")
            .value("oauth2-bearer", "--oauth2-bearer")
            .value("netrc-file", "--netrc-file")
            .value("max-redirs", "--max-redirs")
            .value("max-filesize", "--max-filesize")
            .value("unix-socket", "--unix-socket")
            .value("dns-servers", "--dns-servers")
            .value("ciphers", "--ciphers")
            .value("pinnedpubkey", "--pinnedpubkey")
            .value("expect100-timeout", "--expect100-timeout")
            .value("keepalive-time", "--keepalive-time")
            .value("local-port", "--local-port")
            .value("trace", "--trace", "--trace-ascii")
            .value("stderr", "--stderr")
            .value("dump-header", "-D", "--dump-header")
            .value("quote", "-Q", "--quote")
            .build();

    public static Optional<CurlCommand> match(Invocation inv) {
        return inv.is("curl") ? Optional.of(new CurlCommand(inv, SPEC.parse(inv.args()))) : Optional.empty();
    }

    public static List<CurlCommand> in(Script script) {
        return Recognizers.all(script, CurlCommand::match);
    }

    /** {@code -k}/{@code --insecure}: TLS certificates not verified. */
    public boolean insecure() {
        return args.has("insecure");
    }

    public Optional<String> output() {
        return args.value("output");
    }

    /** Output written to stdout (no {@code -o}, no {@code -O}), which is what a pipe needs. */
    public boolean toStdout() {
        return !args.has("output") && !args.has("remote-name") || output().filter("-"::equals).isPresent();
    }

    public boolean fail() {
        return args.has("fail");
    }

    /** The URLs: operands and {@code --url} values. */
    public List<Word> urls() {
        List<Word> urls = new java.util.ArrayList<>(args.operands());
        args.all("url").forEach(o -> o.valueWord().ifPresent(urls::add));
        return urls;
    }

    /** The interpreter the download is piped into ({@code curl ... | sh}), if any. */
    public Optional<String> pipedToInterpreter() {
        return Downloads.pipedToInterpreter(invocation);
    }
}
