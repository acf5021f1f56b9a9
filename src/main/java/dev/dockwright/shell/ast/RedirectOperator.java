package dev.dockwright.shell.ast;

/** The redirection operators of POSIX sh plus bash's {@code &> &>> <<< >|}. */
public enum RedirectOperator {
    IN("<"),
    OUT(">"),
    APPEND(">>"),
    CLOBBER(">|"),
    IN_OUT("<>"),
    DUP_IN("<&"),
    DUP_OUT(">&"),
    ALL_OUT("&>"),
    ALL_APPEND("&>>"),
    HEREDOC("<<"),
    HEREDOC_STRIP("<<-"),
    HERESTRING("<<<");

    private final String symbol;

    RedirectOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isInput() {
        return switch (this) {
            case IN, IN_OUT, DUP_IN, HEREDOC, HEREDOC_STRIP, HERESTRING -> true;
            default -> false;
        };
    }

    public boolean isHeredoc() {
        return this == HEREDOC || this == HEREDOC_STRIP;
    }
}
