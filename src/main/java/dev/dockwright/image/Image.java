package dev.dockwright.image;

import dev.dockwright.io.UserException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image read from disk without an engine: config, layers (entry metadata only) and the merged
 * filesystem. Opening streams every layer once; file contents are read again only on request
 * ({@link #readFiles}, {@link #scan}). Keeps the archive open until {@link #close()}.
 *
 * <pre>{@code
 * try (Image image = Image.open(ImageSource.parse("oci:build/image"))) {
 *   image.config().user();
 *   image.filesystem().resolve("/usr/bin/python3");
 * }
 * }</pre>
 */
public final class Image implements AutoCloseable {
  private final ImageSource source;
  private final ArchiveFiles files;
  private final String name;
  private final ImageConfig config;
  private final List<Layer> layers;
  private final List<ResolvedImage.LayerRef> refs;
  private final MergedFilesystem filesystem;

  private Image(ImageSource source, ArchiveFiles files, String name, ImageConfig config,
      List<Layer> layers, List<ResolvedImage.LayerRef> refs) {
    this.source = source;
    this.files = files;
    this.name = name;
    this.config = config;
    this.layers = List.copyOf(layers);
    this.refs = List.copyOf(refs);
    this.filesystem = MergedFilesystem.of(this.layers);
  }

  public static Image open(ImageSource source) {
    return open(source, FileContentVisitor.NONE);
  }

  /**
   * Opens the image and hands regular files to {@code visitor} during the one pass that indexes
   * the layers (every layer, bottom first, including files that later layers delete).
   */
  public static Image open(ImageSource source, FileContentVisitor visitor) {
    ArchiveFiles files = null;
    try {
      files = ArchiveFiles.open(source.path());
      ResolvedImage resolved = source.kind() == ImageSource.Kind.OCI
          ? OciLayoutFormat.resolve(files, source)
          : DockerArchiveFormat.resolve(files, source);
      ImageConfig config = ConfigParser.parse(Json.read(files, resolved.configPath(), source));
      List<HistoryEntry> history = config.layerHistory();
      boolean aligned = history.size() == resolved.layers().size();
      List<Layer> layers = new ArrayList<>();
      for (int i = 0; i < resolved.layers().size(); i++) {
        ResolvedImage.LayerRef ref = resolved.layers().get(i);
        String digest = !ref.digest().isEmpty() ? ref.digest()
            : i < config.diffIds().size() ? config.diffIds().get(i) : "";
        layers.add(readLayer(files, source, i, ref, digest,
            aligned ? Optional.of(history.get(i)) : Optional.empty(), visitor));
      }
      return new Image(source, files, resolved.name(), config, layers, resolved.layers());
    } catch (IOException | UserException | UncheckedIOException e) {
      closeQuietly(files);
      if (e instanceof UserException u) throw u;
      throw new UserException(source + ": cannot read the image: " + describe(e), e);
    }
  }

  private static Layer readLayer(ArchiveFiles files, ImageSource source, int index,
      ResolvedImage.LayerRef ref, String digest, Optional<HistoryEntry> history,
      FileContentVisitor visitor) throws IOException {
    long stored = files.size(ref.path());
    try (InputStream blob = files.open(ref.path())) {
      Compression compression = Compression.sniff(blob);
      LayerReader.Result r = LayerReader.read(compression.decompress(blob), index, visitor);
      return new Layer(index, digest, ref.mediaType(), compression, stored, r.tarBytes(),
          r.fileBytes(), r.entries(), history, r.retained());
    } catch (NoSuchFileException e) {
      throw new UserException(source + ": layer " + ref.path() + " is missing from the archive");
    } catch (EOFException | ZipException e) {
      throw new UserException(source + ": layer " + index + " (" + ref.path()
          + ") is truncated or corrupt: " + describe(e));
    }
  }

  public ImageSource source() {
    return source;
  }

  /** Tag, reference or digest the image was found under. */
  public String name() {
    return name;
  }

  public ImageConfig config() {
    return config;
  }

  public List<Layer> layers() {
    return layers;
  }

  public MergedFilesystem filesystem() {
    return filesystem;
  }

  /**
   * Disk size as {@code docker images} reports it: the sum of the file bytes of every layer
   * (hidden copies included, since they ship too).
   */
  public long uncompressedBytes() {
    return layers.stream().mapToLong(Layer::fileBytes).sum();
  }

  /** Sum of the uncompressed layer tar streams (file bytes plus tar headers and padding). */
  public long tarBytes() {
    return layers.stream().mapToLong(Layer::tarBytes).sum();
  }

  /**
   * What a registry push transfers for the layers: the stored blob sizes, when every layer is
   * stored compressed; empty when some layer is stored as a plain tar (legacy docker save).
   */
  public OptionalLong compressedBytes() {
    if (layers.stream().anyMatch(l -> l.compression() == Compression.NONE)) return OptionalLong.empty();
    return OptionalLong.of(layers.stream().mapToLong(Layer::storedBytes).sum());
  }

  /**
   * The compressed size a push would produce: stored blob sizes for compressed layers, and for
   * layers stored as plain tars, the size of their gzip (default level) compression, computed by
   * streaming them through a compressor.
   */
  public long estimateGzipBytes() {
    long total = 0;
    for (Layer layer : layers) {
      if (layer.compression() != Compression.NONE) {
        total += layer.storedBytes();
        continue;
      }
      CountingSink sink = new CountingSink();
      try (InputStream blob = files.open(refs.get(layer.index()).path());
          java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(sink, 1 << 16)) {
        blob.transferTo(gzip);
      } catch (IOException e) {
        throw new UserException(source + ": cannot read layer " + layer.index() + ": " + describe(e), e);
      }
      total += sink.count;
    }
    return total;
  }

  private static final class CountingSink extends java.io.OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** Reads a file of the merged filesystem (following symlinks), at most {@code maxBytes}. */
  public Optional<byte[]> readFile(String path, int maxBytes) {
    return Optional.ofNullable(readFiles(List.of(path), maxBytes).get(path));
  }

  /**
   * Reads several files of the merged filesystem, following symlinks and hard links, at most
   * {@code maxBytes} each; paths that do not lead to a regular file are absent from the result.
   * Each layer involved is streamed once.
   */
  public Map<String, byte[]> readFiles(Collection<String> paths, int maxBytes) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Map<Integer, Map<LayerEntry, List<String>>> wanted = new HashMap<>();
    for (String path : paths) {
      Optional<MergedFilesystem.Node> node = contentNode(path);
      if (node.isEmpty()) continue;
      Layer layer = layers.get(node.get().layer());
      byte[] kept = layer.retained().get(node.get().path());
      if (kept != null) {
        out.put(path, kept.length > maxBytes ? java.util.Arrays.copyOf(kept, maxBytes) : kept);
      } else {
        wanted.computeIfAbsent(node.get().layer(), k -> new HashMap<>())
            .computeIfAbsent(node.get().entry(), k -> new ArrayList<>()).add(path);
      }
    }
    for (var byLayer : wanted.entrySet()) {
      Map<LayerEntry, List<String>> entries = byLayer.getValue();
      scanLayer(byLayer.getKey(), new FileContentVisitor() {
        @Override
        public boolean wants(int layerIndex, LayerEntry entry) {
          return entries.containsKey(entry);
        }

        @Override
        public void visit(int layerIndex, LayerEntry entry, InputStream content) throws IOException {
          byte[] bytes = content.readNBytes(maxBytes);
          List<String> forPaths = entries.remove(entry);
          if (forPaths != null) forPaths.forEach(p -> out.put(p, bytes));
        }
      }, entries::isEmpty);
    }
    return out;
  }

  /** The regular-file node whose bytes a read of {@code path} returns. */
  private Optional<MergedFilesystem.Node> contentNode(String path) {
    Optional<MergedFilesystem.Node> node = filesystem.resolve(path);
    if (node.isPresent() && node.get().type() == EntryType.HARDLINK) {
      // The linked-to file is written in the same layer tar as the link, before it.
      LayerEntry link = node.get().entry();
      int layer = node.get().layer();
      for (LayerEntry e : layers.get(layer).entries()) {
        if (e.type() == EntryType.FILE && e.path().equals(link.linkTarget())) {
          return Optional.of(new MergedFilesystem.Node(e, layer));
        }
      }
      node = filesystem.resolve(link.linkTarget());
    }
    return node.filter(n -> n.type() == EntryType.FILE);
  }

  /** Streams every layer again, handing regular files to the visitor. */
  public void scan(FileContentVisitor visitor) {
    for (Layer layer : layers) scanLayer(layer.index(), visitor, () -> false);
  }

  private void scanLayer(int index, FileContentVisitor visitor, BooleanSupplier finished) {
    ResolvedImage.LayerRef ref = refs.get(index);
    try (InputStream blob = files.open(ref.path())) {
      InputStream tarStream = layers.get(index).compression().decompress(blob);
      TarArchiveInputStream tar = new TarArchiveInputStream(tarStream);
      TarArchiveEntry e;
      while (!finished.getAsBoolean() && (e = tar.getNextEntry()) != null) {
        LayerEntry entry = LayerReader.toEntry(e);
        if (entry != null && entry.type() == EntryType.FILE && visitor.wants(index, entry)) {
          visitor.visit(index, entry, new LayerReader.NonClosing(tar));
        }
      }
    } catch (IOException e) {
      throw new UserException(source + ": cannot read layer " + index + ": " + describe(e), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(files);
  }

  private static void closeQuietly(ArchiveFiles files) {
    if (files == null) return;
    try {
      files.close();
    } catch (IOException ignored) {
      // Closing a read-only archive cannot lose data.
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
