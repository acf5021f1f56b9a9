package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * {@code wget}: DL3047 (progress output), TLS verification off ({@code --no-check-certificate}),
 * output, piping into a shell. wget's two-letter short options ({@code -nv}, {@code -nc}) are
 * whole words.
 */
public record WgetCommand(Invocation invocation, ParsedArgs args) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("no-check-certificate", "--no-check-certificate")
            .flag("quiet", "-q", "--quiet")
            .flag("no-verbose", "-nv", "--no-verbose")
            .flag("no-clobber", "-nc", "--no-clobber")
            .flag("no-directories", "-nd", "--no-directories")
            .flag("no-host-directories", "-nH", "--no-host-directories")
            .flag("no-parent", "-np", "--no-parent")
            .flag("continue", "-c", "--continue")
            .optionalValue("progress", "--progress")
            .value("output-document", "-O", "--output-document")
            .value("output-file", "-o", "--output-file")
            .value("append-output", "-a", "--append-output")
            .value("directory-prefix", "-P", "--directory-prefix")
            .value("input-file", "-i", "--input-file")
            .value("tries", "-t", "--tries")
            .value("timeout", "-T", "--timeout")
            .value("wait", "-w", "--wait")
            .value("user-agent", "-U", "--user-agent")
            .value("header", "--header")
            .value("user", "--user")
            .value("password", "--password")
            .value("level", "-l", "--level")
            .value("accept", "-A", "--accept")
            .value("reject", "-R", "--reject")
            .value("execute", "-e", "--execute")
            .value("base", "-B", "--base")
            .value("ca-certificate", "--ca-certificate")
            .value("certificate", "--certificate")
            .value("post-data", "--post-data")
            .value("method", "--method")
            .value("body-data", "--body-data")
            .build();

    public static Optional<WgetCommand> match(Invocation inv) {
        return inv.is("wget") ? Optional.of(new WgetCommand(inv, SPEC.parse(inv.args()))) : Optional.empty();
    }

    public static List<WgetCommand> in(Script script) {
        return Recognizers.all(script, WgetCommand::match);
    }

    public boolean noCheckCertificate() {
        return args.has("no-check-certificate");
    }

    public boolean quiet() {
        return args.has("quiet");
    }

    public boolean noVerbose() {
        return args.has("no-verbose");
    }

    public Optional<String> progress() {
        return args.value("progress").or(() -> args.has("progress") ? Optional.of("") : Optional.empty());
    }

    /** {@code -O FILE}; {@code -O -} writes to stdout. */
    public Optional<String> outputDocument() {
        return args.value("output-document");
    }

    /** {@code -o FILE}/{@code -a FILE}: the log (and progress) goes to a file. */
    public boolean logToFile() {
        return args.hasAny("output-file", "append-output");
    }

    public List<Word> urls() {
        return args.operands();
    }

    public Optional<String> pipedToInterpreter() {
        return Downloads.pipedToInterpreter(invocation);
    }
}
