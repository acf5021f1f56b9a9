package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import dev.dockwright.image.Layer;
import dev.dockwright.image.MergedFilesystem.Shadowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bytes an image ships but nobody can see, in the manner of dive: a file written in one layer and
 * removed or overwritten by a later one still costs its full size in the layer that wrote it.
 *
 * <p>Definitions. {@code total} is the sum of file bytes over all layers (the image's disk size).
 * {@code wasted} is the bytes of every hidden copy: all copies of a path except the one visible in
 * the final filesystem, none of them when the path was deleted. The score is
 * {@code 1 - wasted / total}; dive computes the same ratio as Σ(smallest copy) / Σ(all copies),
 * which keeps the smallest copy where this keeps the visible one, and dive's wasted-bytes figure
 * also counts the surviving copy (dive#684); here each hidden copy is counted once. The user
 * share divides wasted bytes by the bytes of all layers but the first, as dive's
 * {@code highest-user-wasted-percent} does.
 *
 * @param top the largest wasted paths, biggest first
 */
public record LayerEfficiency(long totalBytes, long wastedBytes, double score, long userBytes,
    double userWastedRatio, List<WastedPath> top) {

  /**
   * Wasted bytes grouped by what hid them: an overwritten path, or the path a whiteout deleted
   * (a directory when a whole tree went).
   *
   * @param copies hidden copies (files) counted
   * @param writtenIn layers that wrote the hidden copies
   * @param hiddenBy layer that overwrote or deleted them
   */
  public record WastedPath(String path, long bytes, int copies, List<Integer> writtenIn, int hiddenBy,
      Shadowed.Cause cause) {}

  public static LayerEfficiency of(Image image, int topN) {
    long total = image.uncompressedBytes();
    List<Layer> layers = image.layers();
    long user = layers.isEmpty() ? 0 : total - layers.get(0).fileBytes();
    Map<String, Group> groups = new LinkedHashMap<>();
    long wasted = 0;
    for (Shadowed s : image.filesystem().shadowed()) {
      long size = s.node().entry().size();
      wasted += size;
      String key = s.cause() == Shadowed.Cause.DELETED ? s.byPath() : s.node().path();
      Group g = groups.computeIfAbsent(key + "\u0000" + s.byLayer(), k -> new Group(key, s.byLayer(), s.cause()));
      g.bytes += size;
      g.copies++;
      g.layers.add(s.node().layer());
    }
    List<WastedPath> top = new ArrayList<>();
    groups.values().stream()
        .filter(g -> g.bytes > 0)
        .sorted(Comparator.comparingLong((Group g) -> g.bytes).reversed())
        .limit(topN)
        .forEach(g -> top.add(new WastedPath(g.path, g.bytes, g.copies, List.copyOf(g.layers), g.byLayer, g.cause)));
    double score = total == 0 ? 1.0 : 1.0 - (double) wasted / total;
    double userRatio = user == 0 ? 0.0 : (double) wasted / user;
    return new LayerEfficiency(total, wasted, score, user, userRatio, top);
  }

  private static final class Group {
    final String path;
    final int byLayer;
    final Shadowed.Cause cause;
    final TreeSet<Integer> layers = new TreeSet<>();
    long bytes;
    int copies;

    Group(String path, int byLayer, Shadowed.Cause cause) {
      this.path = path;
      this.byLayer = byLayer;
      this.cause = cause;
    }
  }
}
