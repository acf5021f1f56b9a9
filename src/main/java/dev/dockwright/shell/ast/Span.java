package dev.dockwright.shell.ast;

/**
 * A half-open range {@code [start, end)} of character offsets into the script string given to the
 * parser. Offsets only: mapping them to Dockerfile lines and columns is the caller's job, because
 * only the caller knows where the script text came from.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    /** The covered text of {@code source}, the same string the parser was given. */
    public String text(String source) {
        return source.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }
}
