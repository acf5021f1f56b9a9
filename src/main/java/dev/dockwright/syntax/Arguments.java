package dev.dockwright.syntax;

import java.util.List;

/**
 * What follows an instruction's keyword and flags, shaped the way BuildKit's per-instruction line
 * parser shapes it. Each instruction kind has a fixed set of possible shapes:
 *
 * <ul>
 *   <li>RUN, CMD, ENTRYPOINT, SHELL: {@link Exec}, {@link Shell}, {@link None} (no arguments),
 *       {@link Malformed};
 *   <li>ADD, COPY, VOLUME: {@link Exec}, {@link Words}, {@link Malformed};
 *   <li>FROM, EXPOSE: {@link Words};
 *   <li>MAINTAINER, USER, WORKDIR, STOPSIGNAL: {@link Text}, {@link None};
 *   <li>ARG: {@link ArgDeclarations}; ENV, LABEL: {@link NameValues}, {@link Malformed};
 *   <li>HEALTHCHECK: {@link Healthcheck}, {@link None}; ONBUILD: {@link Onbuild}, {@link None};
 *   <li>anything else: {@link Unknown}.
 * </ul>
 *
 * <p>JSON (exec form) is tried first where BuildKit tries it; text that is not a valid JSON array
 * falls back to shell form exactly as in BuildKit ({@code CMD ['a']} is shell form), while a valid
 * array with a non-string element is an error ({@link Malformed}).
 */
public sealed interface Arguments {

  /** The source region of the arguments (BuildKit's trimmed {@code rest}); empty when none. */
  Range range();

  /** No arguments at all ({@code HEALTHCHECK}, {@code RUN} with nothing after it). */
  record None(Range range) implements Arguments {}

  /** A JSON array of strings: {@code ["python", "app.py"]}; elements hold decoded strings. */
  record Exec(List<Token> elements, Range range) implements Arguments {
    public Exec {
      elements = List.copyOf(elements);
    }
  }

  /** Shell form: the command text verbatim, as BuildKit hands it to the shell. */
  record Shell(Token command) implements Arguments {
    @Override
    public Range range() {
      return command.range();
    }
  }

  /** Words split at blanks; quotes are not special ({@code FROM}, {@code EXPOSE}, COPY sources). */
  record Words(List<Token> words, Range range) implements Arguments {
    public Words {
      words = List.copyOf(words);
    }
  }

  /** One verbatim string ({@code USER app:app}, {@code WORKDIR /srv}). */
  record Text(Token text) implements Arguments {
    @Override
    public Range range() {
      return text.range();
    }
  }

  /** ENV and LABEL: {@code key=value} pairs, or one legacy {@code key value} pair. */
  record NameValues(List<KeyValue> pairs, Range range) implements Arguments {
    public NameValues {
      pairs = List.copyOf(pairs);
    }
  }

  /** ARG: one or more {@code NAME[=default]}. */
  record ArgDeclarations(List<ArgDeclaration> declarations, Range range) implements Arguments {
    public ArgDeclarations {
      declarations = List.copyOf(declarations);
    }
  }

  /**
   * HEALTHCHECK: the type word ({@code CMD}, {@code NONE}, as written) and, for CMD, the command
   * ({@link Exec}, {@link Shell}, {@link None}, or {@link Malformed} for a non-string JSON array).
   */
  record Healthcheck(Token type, Arguments command, Range range) implements Arguments {}

  /** ONBUILD: the trigger instruction, parsed like any instruction. */
  record Onbuild(Instruction trigger) implements Arguments {
    @Override
    public Range range() {
      return trigger.range();
    }
  }

  /** An instruction BuildKit does not know; its arguments are kept verbatim. */
  record Unknown(Token rest) implements Arguments {
    @Override
    public Range range() {
      return rest.range();
    }
  }

  /** Arguments BuildKit's parser rejects; the reason is among the parse diagnostics. */
  record Malformed(Token rest) implements Arguments {
    @Override
    public Range range() {
      return rest.range();
    }
  }
}
