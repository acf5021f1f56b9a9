package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deliberately crude RUN extractor for corpus tests (the real Dockerfile parser lives elsewhere).
 * Like BuildKit it drops comment and blank lines inside a continuation, strips RUN flags, and
 * skips exec form, instructions with here-documents, and stages whose SHELL is not a POSIX shell.
 * The script comes in two forms: {@code joined} is what BuildKit hands to {@code /bin/sh -c}
 * (each escape + trailing blanks + newline removed), {@code raw} keeps backslash-newline
 * continuations for the shell parser to handle.
 */
final class RunExtractor {

    /** One shell-form RUN: its 1-based line and the script text in both forms. */
    record Run(int line, String joined, String raw) {}

    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*['\"]?[A-Za-z_]");
    private static final Pattern FLAG = Pattern.compile("^--[a-z-]+(=(\"[^\"]*\"|\\S*))?\\s+");
    private static final Pattern NON_POSIX = Pattern.compile("(?i)powershell|pwsh|cmd(\\.exe)?\"");

    private RunExtractor() {}

    static List<Run> extract(String dockerfile) {
        String text = dockerfile.startsWith("\uFEFF") ? dockerfile.substring(1) : dockerfile;
        char escape = text.matches("(?s)^\\s*#\\s*escape\\s*=\\s*`.*") ? '`' : '\\';
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Run> runs = new ArrayList<>();
        boolean posix = escape == '\\';
        for (int i = 0; i < lines.length; i++) {
            String first = lines[i].stripLeading();
            if (first.isEmpty() || first.startsWith("#")) {
                continue;
            }
            int startLine = i + 1;
            StringBuilder joined = new StringBuilder();
            StringBuilder raw = new StringBuilder();
            String line = lines[i];
            while (endsWithEscape(line, escape) && i + 1 < lines.length) {
                String body = line.stripTrailing();
                joined.append(body, 0, body.length() - 1);
                raw.append(body).append('\n');
                i++;
                while (i + 1 < lines.length
                        && (lines[i].strip().isEmpty() || lines[i].stripLeading().startsWith("#"))) {
                    i++;
                }
                line = lines[i];
            }
            joined.append(line);
            raw.append(line);
            String keyword = first.split("[ \t]", 2)[0].toUpperCase(Locale.ROOT);
            if (keyword.equals("ONBUILD")) {
                String inner = joined.toString().stripLeading().substring(7).stripLeading();
                if (inner.toUpperCase(Locale.ROOT).startsWith("RUN")) {
                    keyword = "RUN";
                    joined = new StringBuilder(inner);
                    raw = new StringBuilder(raw.toString().stripLeading().substring(7).stripLeading());
                }
            }
            if (keyword.equals("FROM")) {
                posix = escape == '\\';
            } else if (keyword.equals("SHELL")) {
                posix = !NON_POSIX.matcher(joined).find();
            }
            if (!keyword.equals("RUN") || !posix) {
                continue;
            }
            String j = stripRun(joined.toString());
            String r = stripRun(raw.toString());
            if (j == null || r == null) {
                continue;
            }
            runs.add(new Run(startLine, j, r));
        }
        return runs;
    }

    /** The text after {@code RUN} and its flags, or null for exec form and here-documents. */
    private static String stripRun(String instruction) {
        String rest = instruction.stripLeading().substring(3).stripLeading();
        var m = FLAG.matcher(rest);
        while (m.find()) {
            rest = rest.substring(m.end());
            m = FLAG.matcher(rest);
        }
        if (rest.startsWith("[") || HEREDOC.matcher(rest).find()) {
            return null;
        }
        return rest;
    }

    private static boolean endsWithEscape(String line, char escape) {
        String s = line.stripTrailing();
        return !s.isEmpty() && s.charAt(s.length() - 1) == escape;
    }
}
