package dev.dockwright.image;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * How a layer blob is compressed. The media type is only a hint: {@code docker save} of Docker 25+
 * and some tools label blobs loosely, so {@link #sniff} trusts the magic bytes.
 */
public enum Compression {
  NONE,
  GZIP,
  ZSTD;

  private static final int BUFFER = 1 << 16;

  /** What the media type claims, e.g. {@code application/vnd.oci.image.layer.v1.tar+zstd}. */
  public static Compression fromMediaType(String mediaType) {
    if (mediaType == null) return NONE;
    if (mediaType.endsWith("+gzip") || mediaType.endsWith(".tar.gzip")) return GZIP;
    if (mediaType.endsWith("+zstd") || mediaType.endsWith(".tar.zstd")) return ZSTD;
    return NONE;
  }

  /** Reads the first bytes of a mark-supporting stream without consuming them. */
  public static Compression sniff(InputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return GZIP;
    if (head.length == 4
        && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }

  /** Wraps a compressed stream into its decompressed bytes. */
  public InputStream decompress(InputStream in) throws IOException {
    return switch (this) {
      case NONE -> in;
      // GZIPInputStream reads concatenated members too (pigz and some builders write several).
      case GZIP -> new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
      case ZSTD -> new BufferedInputStream(new ZstdInputStreamNoFinalizer(in), BUFFER);
    };
  }
}
