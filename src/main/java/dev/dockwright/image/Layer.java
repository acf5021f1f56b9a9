package dev.dockwright.image;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One filesystem layer, bottom first. Holds the entry list (metadata only, no content) so checks
 * can run without reading the blob again.
 *
 * @param index 0 for the base layer
 * @param digest the blob digest from the manifest ({@code sha256:...}); for a legacy docker save
 *     archive, the uncompressed diff id from the config
 * @param mediaType as declared; empty when the format declares none (legacy docker save)
 * @param compression as found by the magic bytes
 * @param storedBytes size of the blob in the archive (compressed size when compressed)
 * @param tarBytes size of the uncompressed tar stream
 * @param fileBytes sum of entry sizes (regular files, symlink targets): what the layer adds to
 *     the image's disk size, the number {@code docker images} sums
 * @param entries the tar entries in tar order
 * @param history the build step that produced it, when the config's history lines up
 * @param retained small well-known files kept in memory while reading ({@code /etc/passwd},
 *     {@code /etc/group}, os-release), by path
 */
public record Layer(
    int index,
    String digest,
    String mediaType,
    Compression compression,
    long storedBytes,
    long tarBytes,
    long fileBytes,
    List<LayerEntry> entries,
    Optional<HistoryEntry> history,
    Map<String, byte[]> retained) {

  public Layer {
    entries = List.copyOf(entries);
    retained = Map.copyOf(retained);
  }

  /** The instruction that made this layer, or empty. */
  public String createdBy() {
    return history.map(HistoryEntry::createdBy).orElse("");
  }
}
