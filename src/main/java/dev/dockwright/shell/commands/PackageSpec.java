package dev.dockwright.shell.commands;

import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import java.util.Locale;
import java.util.Optional;

/**
 * One package operand of an OS or language package manager, split into name and version pin.
 *
 * @param word    the operand (for the finding's range)
 * @param name    the package name ({@code curl} in {@code curl=7.88.1-10})
 * @param pin     how the version is attached: {@code "="} (apt, apk), {@code "/"} (apt release),
 *                {@code "~"} {@code ">="} (apk), {@code "-"} (rpm), {@code "@"} (npm, go),
 *                {@code ":"} (gem), or {@code ""} when there is no version
 * @param version the version (or release) after the pin
 * @param kind    a package name, or a local file, URL or directory given instead
 */
public record PackageSpec(Word word, String name, String pin, Optional<String> version, Kind kind) {

    /** What the operand names. */
    public enum Kind {
        NAME,
        /** a package file: {@code .deb}, {@code .rpm}, {@code .apk}, {@code .gem}, a tarball */
        FILE,
        URL,
        /** a local directory or path */
        PATH,
        /** a git or other VCS reference */
        VCS
    }

    public Span span() {
        return word.span();
    }

    /** The operand with quotes removed, expansions as text. */
    public String text() {
        return word.unquoted();
    }

    /** True when a version (or release) is given, or the operand is a file/URL/path that fixes what is installed. */
    public boolean pinned() {
        return version.isPresent() || kind == Kind.FILE || kind == Kind.PATH;
    }

    static PackageSpec split(Word word, String... pins) {
        String t = word.unquoted();
        Kind kind = kindOf(t);
        if (kind != Kind.NAME) {
            return new PackageSpec(word, t, "", Optional.empty(), kind);
        }
        int best = -1;
        String bestPin = "";
        for (String p : pins) {
            int at = t.indexOf(p, 1);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
                bestPin = p;
            }
        }
        if (best < 0) {
            return new PackageSpec(word, t, "", Optional.empty(), kind);
        }
        // ">=" must win over ">" at the same place: extend to the longest pin starting there
        for (String p : pins) {
            if (t.startsWith(p, best) && p.length() > bestPin.length()) {
                bestPin = p;
            }
        }
        return new PackageSpec(word, t.substring(0, best), bestPin, Optional.of(t.substring(best + bestPin.length())),
                kind);
    }

    static Kind kindOf(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("git+") || lower.startsWith("git://") || lower.startsWith("hg+")
                || lower.startsWith("svn+") || lower.startsWith("bzr+")) {
            return Kind.VCS;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return Kind.URL;
        }
        if (lower.endsWith(".deb") || lower.endsWith(".rpm") || lower.endsWith(".apk") || lower.endsWith(".gem")
                || lower.endsWith(".whl") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz")
                || lower.endsWith(".tar") || lower.endsWith(".zip")) {
            return Kind.FILE;
        }
        if (t.startsWith("/") || t.startsWith("./") || t.startsWith("../") || t.startsWith("~/") || t.equals(".")) {
            return Kind.PATH;
        }
        return Kind.NAME;
    }
}
