package dev.dockwright.shell.commands;

import dev.dockwright.shell.ast.Word;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One requirement operand of {@code pip install}: {@code flask}, {@code flask==3.0},
 * {@code 'uvicorn[standard]>=0.30,<1'}, {@code pkg @ https://...}, {@code git+https://...@v1},
 * a wheel or sdist file, a directory, or a URL.
 *
 * @param name      the project name when known (PEP 508 name, or {@code #egg=} of a VCS URL)
 * @param extras    the extras without brackets ({@code standard}), or ""
 * @param specifier the version specifier ({@code ==3.0}, {@code >=0.30,<1}), or ""
 * @param marker    the environment marker after {@code ;}, or ""
 */
public record PipRequirement(Word word, Kind kind, Optional<String> name, String extras, String specifier,
                             String marker) {

    /** What the operand refers to. */
    public enum Kind {
        /** a project name with optional extras and specifier */
        NAME,
        /** {@code git+...}, {@code hg+...}, {@code svn+...}, {@code bzr+...} */
        VCS,
        /** an http(s)/file URL, or {@code name @ url} */
        URL,
        /** a local wheel, sdist or archive file */
        FILE,
        /** a local directory such as {@code .} or {@code ./lib} */
        PATH
    }

    private static final Pattern PEP508 = Pattern.compile(
            "^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*([^;@]*?)\\s*(?:;(.*))?$");
    private static final Pattern DIRECT = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^\\]]*\\])?\\s*@\\s*\\S.*");
    private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9._-]+)");

    static PipRequirement parse(Word word) {
        String t = word.unquoted();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("^(git|hg|svn|bzr)\\+.*") || lower.startsWith("git://")) {
            Matcher egg = EGG.matcher(t);
            return new PipRequirement(word, Kind.VCS, egg.find() ? Optional.of(egg.group(1)) : Optional.empty(), "",
                    "", "");
        }
        Matcher direct = DIRECT.matcher(t);
        if (direct.matches()) {
            return new PipRequirement(word, Kind.URL, Optional.of(direct.group(1)), "", "", "");
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return new PipRequirement(word, Kind.URL, Optional.empty(), "", "", "");
        }
        if (lower.endsWith(".whl") || lower.endsWith(".tar.gz") || lower.endsWith(".zip") || lower.endsWith(".tar.bz2")
                || lower.endsWith(".tgz")) {
            return new PipRequirement(word, Kind.FILE, Optional.empty(), "", "", "");
        }
        if (t.equals(".") || t.startsWith("/") || t.startsWith("./") || t.startsWith("../") || t.startsWith("~")
                || (t.contains("/") && !t.contains("[") && !t.matches(".*[=<>!~].*"))) {
            return new PipRequirement(word, Kind.PATH, Optional.empty(), "", "", "");
        }
        Matcher m = PEP508.matcher(t);
        if (m.matches()) {
            return new PipRequirement(word, Kind.NAME, Optional.of(m.group(1)), m.group(2) == null ? "" : m.group(2).trim(),
                    m.group(3).replace(" ", ""), m.group(4) == null ? "" : m.group(4).trim());
        }
        return new PipRequirement(word, Kind.NAME, Optional.empty(), "", "", "");
    }

    /** Exactly one version: {@code ==1.0} or {@code ===1.0} (not {@code ==1.*}). */
    public boolean pinnedExactly() {
        return specifier.matches("^===?[^,*]+$");
    }

    /** Any version constraint, a file or directory, or a VCS URL with a ref ({@code @v1.2}). */
    public boolean versioned() {
        return switch (kind) {
            case NAME -> !specifier.isEmpty();
            case VCS -> word.unquoted().replaceFirst("^[a-z+]+://", "").contains("@");
            case FILE, PATH -> true;
            case URL -> true;
        };
    }
}
