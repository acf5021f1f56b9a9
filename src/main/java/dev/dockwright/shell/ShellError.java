package dev.dockwright.shell;

/**
 * A syntax problem found while parsing. Errors are values, not exceptions: the parser always
 * returns a (possibly partial) tree, and rules can still look at what did parse.
 *
 * @param offset  where the problem is, as an offset into the script string (for an unterminated
 *                construct, where it started)
 * @param message a short description in the shell's own terms
 */
public record ShellError(int offset, String message) {

    @Override
    public String toString() {
        return offset + ": " + message;
    }
}
