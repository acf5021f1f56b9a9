package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import dev.dockwright.image.MergedFilesystem.Shadowed;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ByteSize;
import dev.dockwright.verify.spec.ImageSpec.Efficiency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Layer efficiency against dive-style thresholds; the detail names the biggest wasted paths. */
final class EfficiencyCheck implements ImageCheck {
  static final String ID = "image.efficiency";
  private static final int TOP = 5;
  private final Efficiency limits;

  EfficiencyCheck(Efficiency limits) {
    this.limits = limits;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Image image = facts.image();
    LayerEfficiency e = LayerEfficiency.of(image, TOP);
    String measured = String.format(Locale.ROOT, "score %.3f, %s wasted (%.1f%% of non-base layers)",
        e.score(), ByteSize.format(e.wastedBytes()), e.userWastedRatio() * 100);
    List<String> expected = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    limits.minScore().ifPresent(min -> {
      expected.add(String.format(Locale.ROOT, "score ≥ %.2f", min));
      if (e.score() < min) failed.add(String.format(Locale.ROOT, "score %.3f < %.2f", e.score(), min));
    });
    limits.maxWastedBytes().ifPresent(max -> {
      expected.add("wasted ≤ " + ByteSize.format(max));
      if (e.wastedBytes() > max) failed.add("wasted " + ByteSize.format(e.wastedBytes()) + " > " + ByteSize.format(max));
    });
    limits.maxUserWastedRatio().ifPresent(max -> {
      expected.add(String.format(Locale.ROOT, "non-base wasted ≤ %.0f%%", max * 100));
      if (e.userWastedRatio() > max) {
        failed.add(String.format(Locale.ROOT, "non-base wasted %.1f%% > %.0f%%", e.userWastedRatio() * 100, max * 100));
      }
    });
    String title = "layer efficiency";
    String exp = String.join(", ", expected);
    String top = topPaths(image, e);
    if (failed.isEmpty()) return List.of(new CheckResult(ID, title, CheckResult.Status.PASS, measured, exp, top));
    return List.of(CheckResult.fail(ID, title, measured, exp, String.join("; ", failed) + (top.isEmpty() ? "" : "; " + top)));
  }

  private static String topPaths(Image image, LayerEfficiency e) {
    if (e.top().isEmpty()) return "";
    List<String> parts = new ArrayList<>();
    for (LayerEfficiency.WastedPath w : e.top()) {
      String verb = w.cause() == Shadowed.Cause.DELETED ? "deleted" : "overwritten";
      String step = image.layers().get(w.hiddenBy()).createdBy();
      parts.add(w.path() + " " + ByteSize.format(w.bytes())
          + (w.copies() > 1 ? " (" + w.copies() + " files)" : "")
          + ", written in layer " + join(w.writtenIn()) + ", " + verb + " in layer " + w.hiddenBy()
          + (step.isEmpty() ? "" : " (" + HistoryText.display(step, 60) + ")"));
    }
    return "top wasted: " + String.join("; ", parts);
  }

  private static String join(List<Integer> layers) {
    return String.join(",", layers.stream().map(String::valueOf).toList());
  }
}
