package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code p1 && p2 || p3}: pipelines joined by {@code &&} and {@code ||}, evaluated left to right.
 * {@code operators.get(i)} joins {@code pipelines.get(i)} and {@code pipelines.get(i + 1)}.
 */
public record AndOr(List<Pipeline> pipelines, List<Operator> operators, Span span) implements Node {

    public AndOr {
        pipelines = List.copyOf(pipelines);
        operators = List.copyOf(operators);
    }

    /** {@code &&} or {@code ||}. */
    public enum Operator {
        AND("&&"),
        OR("||");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
