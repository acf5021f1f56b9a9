package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ByteSize;
import dev.dockwright.verify.spec.ImageSpec.SizeLimit;
import dev.dockwright.verify.spec.ImageSpec.SizeMeasure;
import java.util.List;
import java.util.OptionalLong;

/**
 * Image size against a budget, saying which size: uncompressed (the sum of the layers' file bytes,
 * what {@code docker images} shows) or compressed (the stored layer blobs, what a pull
 * downloads). A legacy docker save stores layers uncompressed; its compressed size is then
 * estimated by gzip-compressing the layer tars, as a push would, and labelled so.
 */
final class SizeCheck implements ImageCheck {
  static final String ID = "image.size";
  private final SizeLimit limit;

  SizeCheck(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Image image = facts.image();
    String which = limit.measure() == SizeMeasure.UNCOMPRESSED ? "uncompressed" : "compressed";
    long bytes;
    String how;
    if (limit.measure() == SizeMeasure.UNCOMPRESSED) {
      bytes = image.uncompressedBytes();
      how = "sum of file bytes in " + layers(image);
    } else {
      OptionalLong stored = image.compressedBytes();
      if (stored.isPresent()) {
        bytes = stored.getAsLong();
        how = "sum of compressed layer blobs in " + layers(image);
      } else {
        bytes = image.estimateGzipBytes();
        how = "estimated: layers are stored uncompressed in this archive, gzip-compressed here as a push would";
      }
    }
    boolean estimated = how.startsWith("estimated");
    String measured = ByteSize.format(bytes) + " " + which + (estimated ? " (estimated)" : "");
    String expected = "≤ " + ByteSize.format(limit.maxBytes()) + " " + which;
    String title = "image size (" + which + ")";
    if (bytes <= limit.maxBytes()) return List.of(CheckResult.pass(ID, title, measured, expected));
    return List.of(CheckResult.fail(ID, title, measured, expected,
        ByteSize.format(bytes - limit.maxBytes()) + " over budget (" + how + ")"));
  }

  private static String layers(Image image) {
    return image.layers().size() + (image.layers().size() == 1 ? " layer" : " layers");
  }
}
