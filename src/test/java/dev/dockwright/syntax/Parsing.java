package dev.dockwright.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Helpers for the hand-written parser tests. */
final class Parsing {
  private Parsing() {}

  /** Parses, checks the structural invariants, and returns the result. */
  static ParseResult parse(String text) {
    ParseResult r = DockerfileParser.parse(text);
    TreeInvariants.check(text, r);
    return r;
  }

  /** The instructions of an error-free file. */
  static List<Instruction> instructions(String text) {
    ParseResult r = parse(text);
    assertThat(r.errors()).isEmpty();
    return r.dockerfile().instructions();
  }

  /** The last instruction of an error-free file. */
  static Instruction last(String text) {
    List<Instruction> all = instructions(text);
    return all.get(all.size() - 1);
  }

  /** The source text a range covers. */
  static String at(String text, Range r) {
    return r.text(text);
  }

  static String dump(String text) {
    return Dump.of(DockerfileParser.parse(text).dockerfile());
  }
}
