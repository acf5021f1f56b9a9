package dev.dockwright.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural checks every parse must pass: the nodes tile the text, every range lies inside its
 * node and agrees with the line index, and the parts of an instruction come in source order.
 */
final class TreeInvariants {
  private TreeInvariants() {}

  static void check(String text, ParseResult result) {
    Dockerfile df = result.dockerfile();
    assertThat(df.print()).isEqualTo(text);
    int expected = df.hasBom() ? 1 : 0;
    for (Node node : df.nodes()) {
      assertThat(node.span().startOffset()).as("nodes tile the text").isEqualTo(expected);
      assertThat(node.text()).isEqualTo(node.span().text(text));
      assertThat(node.span().contains(node.range())).as("range inside span of %s", node).isTrue();
      checkRange(df, node.span());
      checkRange(df, node.range());
      if (node instanceof Instruction i) {
        checkInstruction(df, i, node.span());
      }
      expected = node.span().endOffset();
    }
    assertThat(expected).as("nodes reach the end").isEqualTo(text.length());
    for (Diagnostic d : result.diagnostics()) {
      checkRange(df, d.range());
      assertThat(d.message()).isNotBlank();
    }
  }

  private static void checkInstruction(Dockerfile df, Instruction i, Range outer) {
    List<Range> ordered = new ArrayList<>();
    ordered.add(i.keyword().range());
    i.flags().forEach(f -> {
      ordered.add(f.range());
      f.valueRange().ifPresent(v -> assertThat(f.range().contains(v)).isTrue());
    });
    if (!(i.arguments() instanceof Arguments.Onbuild)) {
      parts(i.arguments()).forEach(r -> assertThat(i.arguments().range().contains(r))
          .as("%s inside arguments %s", r, i.arguments().range()).isTrue());
      verbatimTokens(i.arguments()).forEach(t -> checkVerbatim(df, t));
      if (i.arguments() instanceof Arguments.Exec e) {
        e.elements().forEach(t -> checkMonotonic(df, t));
      }
    }
    ordered.add(i.arguments().range());
    for (Heredoc h : i.heredocs()) {
      assertThat(i.range().contains(h.marker().range())).isTrue();
      ordered.add(h.body());
      h.terminator().ifPresent(ordered::add);
      assertThat(h.content()).isEqualTo(h.body().text(df.text()));
    }
    int last = -1;
    for (Range r : ordered) {
      checkRange(df, r);
      assertThat(outer.contains(r)).as("%s inside %s", r, outer).isTrue();
      assertThat(r.startOffset()).as("parts in order in %s", i).isGreaterThanOrEqualTo(last);
      last = r.isEmpty() ? r.startOffset() : r.endOffset();
    }
    if (i.arguments() instanceof Arguments.Onbuild o) {
      checkInstruction(df, o.trigger(), i.range());
    }
  }

  private static List<Range> parts(Arguments a) {
    List<Range> out = new ArrayList<>();
    if (a instanceof Arguments.Exec e) {
      e.elements().forEach(t -> out.add(t.range()));
    } else if (a instanceof Arguments.Words w) {
      w.words().forEach(t -> out.add(t.range()));
    } else if (a instanceof Arguments.NameValues nv) {
      nv.pairs().forEach(p -> {
        out.add(p.key().range());
        out.add(p.value().range());
      });
    } else if (a instanceof Arguments.ArgDeclarations ad) {
      ad.declarations().forEach(d -> {
        out.add(d.name().range());
        d.defaultValue().map(Token::range).ifPresent(out::add);
      });
    } else if (a instanceof Arguments.Healthcheck h) {
      out.add(h.type().range());
      out.addAll(parts(h.command()));
    }
    return out;
  }

  /** Tokens whose value is the source text minus line continuations. */
  private static List<Token> verbatimTokens(Arguments a) {
    List<Token> out = new ArrayList<>();
    if (a instanceof Arguments.Shell s) {
      out.add(s.command());
    } else if (a instanceof Arguments.Words w) {
      out.addAll(w.words());
    } else if (a instanceof Arguments.Text t) {
      out.add(t.text());
    } else if (a instanceof Arguments.NameValues nv) {
      nv.pairs().forEach(p -> {
        out.add(p.key());
        out.add(p.value());
      });
    } else if (a instanceof Arguments.ArgDeclarations ad) {
      ad.declarations().forEach(d -> {
        out.add(d.name());
        d.defaultValue().ifPresent(out::add);
      });
    } else if (a instanceof Arguments.Healthcheck h) {
      out.add(h.type());
      out.addAll(verbatimTokens(h.command()));
    } else if (a instanceof Arguments.Unknown u) {
      out.add(u.rest());
    }
    return out;
  }

  /** Every character of the value maps to that same character in the source. */
  private static void checkVerbatim(Dockerfile df, Token t) {
    checkMonotonic(df, t);
    for (int k = 0; k < t.value().length(); k++) {
      assertThat(t.subRange(k, k + 1).text(df.text())).as("char %d of %s", k, t).isEqualTo(t.value().substring(k, k + 1));
    }
  }

  private static void checkMonotonic(Dockerfile df, Token t) {
    int last = t.range().startOffset();
    for (int k = 0; k <= t.value().length(); k++) {
      Range r = t.subRange(k, Math.min(k + 1, t.value().length()));
      checkRange(df, r);
      assertThat(t.range().contains(r)).as("%s inside %s", r, t).isTrue();
      assertThat(r.startOffset()).isGreaterThanOrEqualTo(last);
      last = r.startOffset();
    }
    assertThat(t.subRange(0, t.value().length()).endOffset()).isLessThanOrEqualTo(t.range().endOffset());
  }

  /** Offsets inside the text and line/column equal to what the line index computes. */
  private static void checkRange(Dockerfile df, Range r) {
    for (Position p : List.of(r.start(), r.end())) {
      assertThat(p.offset()).isBetween(0, df.text().length());
      assertThat(df.positionAt(p.offset())).isEqualTo(p);
    }
    assertThat(r.endOffset()).isGreaterThanOrEqualTo(r.startOffset());
  }
}
