package dev.dockwright.syntax;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A here-document attached to RUN, COPY or ADD in shell form ({@code RUN <<EOF}), BuildKit's
 * {@code Node.Heredocs} entry plus where each part sits in the source.
 *
 * @param name the delimiter with quotes removed ({@code <<"EOF"} gives {@code EOF})
 * @param fileDescriptor the number before {@code <<} ({@code 3<<EOF}), 0 when none
 * @param expand false when any part of the delimiter was quoted: the body is then taken literally
 * @param chomp true for {@code <<-}: leading tabs are removed from body lines and the terminator
 * @param content the body exactly as in the source, line endings included, not chomped
 *     (BuildKit chomps when it uses the heredoc; see {@link #effectiveContent()})
 * @param marker the {@code <<EOF} word in the instruction line
 * @param body the body's source range (from the line after the instruction, or after the previous
 *     heredoc's terminator, up to the start of the terminator line)
 * @param terminator the terminator line without its line ending; empty when the heredoc is
 *     unterminated (a parse error)
 */
public record Heredoc(
    String name,
    long fileDescriptor,
    boolean expand,
    boolean chomp,
    String content,
    Token marker,
    Range body,
    Optional<Range> terminator) {

  private static final Pattern LEADING_TABS = Pattern.compile("(?md)^\t+"); // d: only \n ends a line, as in Go

  /** The body as the build uses it: with leading tabs removed when {@link #chomp()} is set. */
  public String effectiveContent() {
    return chomp ? chompContent(content) : content;
  }

  /** BuildKit's {@code ChompHeredocContent}: removes the leading tabs of every line. */
  public static String chompContent(String text) {
    return LEADING_TABS.matcher(text).replaceAll("");
  }
}
