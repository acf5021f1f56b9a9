package dev.dockwright.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run {@code bin/dockwright} builds its class-data-sharing archive from (once per
 * build of the jar): one JVM doing what typical runs do, so the archive holds the classes, lambdas
 * and method handles they use. A run that needs a class the archive lacks still works, it only
 * loads that class from the jar; so the list is about speed, not correctness. Not a user command;
 * its output is thrown away.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=LIST -cp dockwright.jar
 * dev.dockwright.cli.CdsTraining DOCKERFILE|DIR...}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=LIST -XX:SharedArchiveFile=ARCHIVE -cp dockwright.jar}.
 */
public final class CdsTraining {

  private CdsTraining() {}

  public static void main(String[] args) {
    for (String[] run : runs(List.of(args))) {
      PrintWriter sink = new PrintWriter(Writer.nullWriter());
      Main.run(run, sink, sink);
    }
  }

  /** The command lines the training runs, in order: lint in tty and json, then help. */
  static List<String[]> runs(List<String> inputs) {
    List<String[]> runs = new ArrayList<>();
    for (String input : inputs) {
      runs.add(new String[] {"lint", input});
      runs.add(new String[] {"lint", "--color", "always", input});
      runs.add(new String[] {"lint", "--format", "json", input});
    }
    runs.add(new String[] {"--help"});
    return runs;
  }
}
