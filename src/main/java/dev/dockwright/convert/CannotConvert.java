package dev.dockwright.convert;

import dev.dockwright.io.UserException;
import dev.dockwright.syntax.Instruction;

/**
 * A conversion that would change what the image does, so it is refused: one line naming the
 * instruction in the way ({@code Dockerfile:12:1: cannot convert: ...}), exit status 2.
 */
public final class CannotConvert extends UserException {

  public CannotConvert(String message) {
    super(message);
  }

  /** Refuses because of {@code instruction}, quoting its first line. */
  public static CannotConvert at(String fileName, Instruction instruction, String why) {
    return new CannotConvert(fileName + ":" + instruction.startLine() + ":"
        + instruction.range().start().column() + ": cannot convert: " + quote(instruction)
        + ": " + why);
  }

  /** Refuses for the file as a whole. */
  public static CannotConvert file(String fileName, String why) {
    return new CannotConvert(fileName + ": cannot convert: " + why);
  }

  /** The instruction's first line, shortened: enough to find it. */
  static String quote(Instruction instruction) {
    String first = instruction.logicalLine().strip();
    return first.length() > 60 ? first.substring(0, 57) + "..." : first;
  }
}
