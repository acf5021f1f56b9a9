package dev.dockwright.bench;

import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.image.ImageChecks;
import dev.dockwright.verify.spec.ImageSpec;
import java.util.List;

/**
 * One cold run of every default image check, as the CLI would do it, for measuring wall time and
 * peak memory from outside ({@code /usr/bin/time -v java -Xmx64m ... ImageCheckMain SOURCE}).
 */
public final class ImageCheckMain {
  private ImageCheckMain() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    List<CheckResult> results = ImageChecks.run(ImageSource.parse(args[0]), ImageSpec.defaults());
    long ms = (System.nanoTime() - start) / 1_000_000;
    for (CheckResult r : results) System.out.println(r.status() + " " + r.id() + ": " + r.measured());
    Runtime rt = Runtime.getRuntime();
    System.out.println("checks took " + ms + " ms; heap in use at end " + (rt.totalMemory() - rt.freeMemory()) / 1_000_000 + " MB");
  }
}
