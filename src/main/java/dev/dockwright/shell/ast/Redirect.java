package dev.dockwright.shell.ast;

import java.util.Optional;

/**
 * A redirection such as {@code 2>&1}, {@code >/dev/null}, {@code <<EOF} or {@code <<<"$x"}.
 *
 * @param fd       the explicit descriptor ({@code "2"}, or {@code "{var}"}), empty when implied
 * @param operator the redirection operator
 * @param target   the file, descriptor or here-document delimiter word
 * @param heredoc  the here-document for {@code <<} and {@code <<-}
 */
public record Redirect(Optional<String> fd, RedirectOperator operator, Word target, Optional<Heredoc> heredoc, Span span)
        implements Node {

    /** The descriptor this redirection changes: explicit, or 0 for input and 1 for output operators. */
    public int effectiveFd() {
        if (fd.isPresent()) {
            try {
                return Integer.parseInt(fd.get());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return operator.isInput() ? 0 : 1;
    }
}
