package dev.dockwright.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes synthetic images in every on-disk format the reader accepts, so image checks are tested
 * without an engine: legacy and Docker 25+ {@code docker save} tars, OCI layout directories and
 * OCI archive tars, with plain, gzip and zstd layers.
 */
public final class ImageBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode config = JSON.createObjectNode();
  private final ObjectNode runtime = config.putObject("config");
  private final ArrayNode history = config.putArray("history");
  private final List<LayerSpec> layers = new ArrayList<>();

  public ImageBuilder() {
    config.put("architecture", "amd64").put("os", "linux").put("created", "2026-01-01T00:00:00Z");
  }

  // ---- config -------------------------------------------------------------------------------

  public ImageBuilder platform(String os, String arch, String variant) {
    config.put("os", os).put("architecture", arch);
    if (!variant.isEmpty()) config.put("variant", variant);
    return this;
  }

  public ImageBuilder user(String user) {
    runtime.put("User", user);
    return this;
  }

  public ImageBuilder env(String... kv) {
    return append(runtime.withArray("Env"), kv);
  }

  public ImageBuilder expose(String... ports) {
    for (String port : ports) addToSet("ExposedPorts", port);
    return this;
  }

  public ImageBuilder label(String key, String value) {
    runtime.withObjectProperty("Labels").put(key, value);
    return this;
  }

  public ImageBuilder entrypoint(String... argv) {
    return append(runtime.putArray("Entrypoint"), argv);
  }

  public ImageBuilder cmd(String... argv) {
    return append(runtime.putArray("Cmd"), argv);
  }

  public ImageBuilder workdir(String dir) {
    runtime.put("WorkingDir", dir);
    return this;
  }

  public ImageBuilder volume(String path) {
    return addToSet("Volumes", path);
  }

  /** Adds {@code values} to a config list (Env, Cmd...). */
  private ImageBuilder append(ArrayNode list, String... values) {
    for (String v : values) list.add(v);
    return this;
  }

  /** Config sets (ExposedPorts, Volumes) are objects whose keys are the members. */
  private ImageBuilder addToSet(String set, String member) {
    runtime.withObjectProperty(set).putObject(member);
    return this;
  }

  public ImageBuilder healthcheck(List<String> test, Duration interval, Duration timeout,
      Duration startPeriod, int retries) {
    ObjectNode h = runtime.putObject("Healthcheck");
    ArrayNode t = h.putArray("Test");
    test.forEach(t::add);
    h.put("Interval", interval.toNanos()).put("Timeout", timeout.toNanos())
        .put("StartPeriod", startPeriod.toNanos()).put("Retries", retries);
    return this;
  }

  /** A history step that adds no layer (ENV, CMD, ...). */
  public ImageBuilder step(String createdBy) {
    history.addObject().put("created_by", createdBy).put("empty_layer", true);
    return this;
  }

  // ---- layers -------------------------------------------------------------------------------

  public ImageBuilder layer(Compression compression, String createdBy, Consumer<LayerSpec> content) {
    LayerSpec l = new LayerSpec(compression);
    content.accept(l);
    layers.add(l);
    history.addObject().put("created_by", createdBy);
    return this;
  }

  /** One layer tar's entries, written in call order. */
  public static final class LayerSpec {
    final Compression compression;
    final ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
    final TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes);

    LayerSpec(Compression compression) {
      this.compression = compression;
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    public LayerSpec dir(String path) {
      return dir(path, 0755, 0, 0);
    }

    public LayerSpec dir(String path, int mode, int uid, int gid) {
      TarArchiveEntry e = new TarArchiveEntry(strip(path) + "/");
      e.setMode(040000 | mode);
      e.setIds(uid, gid);
      return put(e, new byte[0]);
    }

    public LayerSpec file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8), 0644, 0, 0);
    }

    public LayerSpec file(String path, String content, int mode, int uid, int gid) {
      return file(path, content.getBytes(StandardCharsets.UTF_8), mode, uid, gid);
    }

    public LayerSpec file(String path, byte[] content, int mode, int uid, int gid) {
      TarArchiveEntry e = new TarArchiveEntry(strip(path));
      e.setMode(0100000 | mode);
      e.setIds(uid, gid);
      e.setSize(content.length);
      return put(e, content);
    }

    /** A file of {@code size} bytes of repeating text (compresses well, counts fully). */
    public LayerSpec bigFile(String path, int size) {
      byte[] b = new byte[size];
      for (int i = 0; i < size; i++) b[i] = (byte) ('a' + i % 26);
      return file(path, b, 0644, 0, 0);
    }

    public LayerSpec symlink(String path, String target) {
      TarArchiveEntry e = new TarArchiveEntry(strip(path), TarConstants.LF_SYMLINK);
      e.setLinkName(target);
      e.setMode(0120777);
      return put(e, new byte[0]);
    }

    public LayerSpec hardlink(String path, String target) {
      TarArchiveEntry e = new TarArchiveEntry(strip(path), TarConstants.LF_LINK);
      e.setLinkName(strip(target));
      e.setMode(0100644);
      return put(e, new byte[0]);
    }

    /** {@code .wh.NAME} next to the deleted path. */
    public LayerSpec whiteout(String deleted) {
      String p = strip(deleted);
      int slash = p.lastIndexOf('/');
      String name = (slash < 0 ? "" : p.substring(0, slash + 1)) + ".wh." + p.substring(slash + 1);
      return file("/" + name, new byte[0], 0644, 0, 0);
    }

    /** {@code DIR/.wh..wh..opq}. */
    public LayerSpec opaque(String dir) {
      return file("/" + strip(dir) + "/.wh..wh..opq", new byte[0], 0644, 0, 0);
    }

    private LayerSpec put(TarArchiveEntry e, byte[] content) {
      try {
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
      return this;
    }

    private byte[] finished;

    byte[] uncompressed() throws IOException {
      if (finished == null) {
        tar.finish();
        finished = tarBytes.toByteArray();
      }
      return finished;
    }

    byte[] blob() throws IOException {
      byte[] raw = uncompressed();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream c = switch (compression) {
        case NONE -> out;
        case GZIP -> new GZIPOutputStream(out);
        case ZSTD -> new ZstdOutputStream(out);
      }) {
        c.write(raw);
      }
      return out.toByteArray();
    }

    private String declared;

    /** Declares a media type that need not match the compression (as some tools do). */
    public LayerSpec declare(String mediaType) {
      declared = mediaType;
      return this;
    }

    String mediaType() {
      if (declared != null) return declared;
      return switch (compression) {
        case NONE -> "application/vnd.oci.image.layer.v1.tar";
        case GZIP -> "application/vnd.oci.image.layer.v1.tar+gzip";
        case ZSTD -> "application/vnd.oci.image.layer.v1.tar+zstd";
      };
    }

    private static String strip(String path) {
      return path.startsWith("/") ? path.substring(1) : path;
    }
  }

  // ---- blobs ----------------------------------------------------------------------------------

  /** The image as blobs: config, layers and the OCI manifest, keyed by archive path. */
  private record Blobs(Map<String, byte[]> files, String configPath, List<String> layerPaths,
      List<String> layerTypes, byte[] manifest, String manifestDigest) {}

  private Blobs blobs() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> layerPaths = new ArrayList<>();
    List<String> types = new ArrayList<>();
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("schemaVersion", 2).put("mediaType", "application/vnd.oci.image.manifest.v1+json");
    ArrayNode mLayers = JSON.createArrayNode();
    ArrayNode diffIds = config.withObjectProperty("rootfs").put("type", "layers").putArray("diff_ids");
    for (LayerSpec l : layers) {
      byte[] blob = l.blob();
      String digest = sha256(blob);
      diffIds.add(sha256(l.uncompressed()));
      String path = "blobs/sha256/" + digest.substring(7);
      files.put(path, blob);
      layerPaths.add(path);
      types.add(l.mediaType());
      mLayers.addObject().put("mediaType", l.mediaType()).put("digest", digest).put("size", blob.length);
    }
    byte[] configBytes = JSON.writeValueAsBytes(config);
    String configDigest = sha256(configBytes);
    String configPath = "blobs/sha256/" + configDigest.substring(7);
    files.put(configPath, configBytes);
    manifest.putObject("config").put("mediaType", "application/vnd.oci.image.config.v1+json")
        .put("digest", configDigest).put("size", configBytes.length);
    manifest.set("layers", mLayers);
    byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
    String manifestDigest = sha256(manifestBytes);
    files.put("blobs/sha256/" + manifestDigest.substring(7), manifestBytes);
    return new Blobs(files, configPath, layerPaths, types, manifestBytes, manifestDigest);
  }

  // ---- formats --------------------------------------------------------------------------------

  /** A docker save tar as Docker ≤ 24 writes it: {@code <id>/layer.tar}, {@code <hex>.json}. */
  public Path writeLegacyDockerArchive(Path tarFile, String tag) throws IOException {
    Blobs b = blobs();
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> layerPaths = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    Map<String, String> links = new LinkedHashMap<>();
    for (String blobPath : b.layerPaths()) {
      String hex = blobPath.substring(blobPath.lastIndexOf('/') + 1);
      String id = sha256((hex + layerPaths.size()).getBytes(StandardCharsets.UTF_8)).substring(7);
      String path = id + "/layer.tar";
      files.put(id + "/VERSION", "1.0".getBytes(StandardCharsets.UTF_8));
      if (seen.containsKey(hex)) {
        links.put(path, "../" + seen.get(hex)); // docker save links a repeated layer
      } else {
        files.put(path, b.files().get(blobPath));
        seen.put(hex, path);
      }
      layerPaths.add(path);
    }
    String configName = b.configPath().substring(b.configPath().lastIndexOf('/') + 1) + ".json";
    files.put(configName, b.files().get(b.configPath()));
    ArrayNode manifest = JSON.createArrayNode();
    ObjectNode m = manifest.addObject().put("Config", configName);
    m.putArray("RepoTags").add(tag);
    ArrayNode ls = m.putArray("Layers");
    layerPaths.forEach(ls::add);
    files.put("manifest.json", JSON.writeValueAsBytes(manifest));
    writeTar(tarFile, files, links);
    return tarFile;
  }

  /** A docker save tar as Docker 25+ writes it: an OCI layout plus {@code manifest.json}. */
  public Path writeDockerArchive(Path tarFile, String tag) throws IOException {
    Blobs b = blobs();
    Map<String, byte[]> files = new LinkedHashMap<>(b.files());
    files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    files.put("index.json", index(b, tag));
    ArrayNode manifest = JSON.createArrayNode();
    ObjectNode m = manifest.addObject().put("Config", b.configPath());
    m.putArray("RepoTags").add(tag);
    ArrayNode ls = m.putArray("Layers");
    b.layerPaths().forEach(ls::add);
    files.put("manifest.json", JSON.writeValueAsBytes(manifest));
    writeTar(tarFile, files, Map.of());
    return tarFile;
  }

  /** An OCI image layout directory. */
  public Path writeOciLayout(Path dir, String refName) throws IOException {
    Blobs b = blobs();
    Map<String, byte[]> files = new LinkedHashMap<>(b.files());
    files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    files.put("index.json", index(b, refName));
    for (var e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    return dir;
  }

  /** An OCI archive: the layout in a tar. */
  public Path writeOciArchive(Path tarFile, String refName) throws IOException {
    Blobs b = blobs();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    files.put("index.json", index(b, refName));
    files.putAll(b.files());
    writeTar(tarFile, files, Map.of());
    return tarFile;
  }

  /**
   * An OCI layout whose index.json points at an image index listing one manifest per platform
   * (plus an attestation manifest, as BuildKit adds), like a multi-platform build or a
   * containerd-store docker save.
   */
  public static Path writeMultiPlatformOci(Path dir, String refName, Map<String, ImageBuilder> byPlatform)
      throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    ObjectNode index = JSON.createObjectNode();
    index.put("schemaVersion", 2).put("mediaType", "application/vnd.oci.image.index.v1+json");
    ArrayNode manifests = index.putArray("manifests");
    for (var e : byPlatform.entrySet()) {
      Blobs b = e.getValue().blobs();
      files.putAll(b.files());
      Platform p = Platform.parse(e.getKey());
      ObjectNode d = manifests.addObject()
          .put("mediaType", "application/vnd.oci.image.manifest.v1+json")
          .put("digest", b.manifestDigest()).put("size", b.manifest().length);
      ObjectNode platform = d.putObject("platform").put("os", p.os()).put("architecture", p.architecture());
      if (!p.variant().isEmpty()) platform.put("variant", p.variant());
    }
    ObjectNode att = manifests.addObject()
        .put("mediaType", "application/vnd.oci.image.manifest.v1+json")
        .put("digest", "sha256:" + "0".repeat(64)).put("size", 10);
    att.putObject("platform").put("os", "unknown").put("architecture", "unknown");
    att.putObject("annotations").put("vnd.docker.reference.type", "attestation-manifest");
    byte[] indexBytes = JSON.writeValueAsBytes(index);
    String indexDigest = sha256(indexBytes);
    files.put("blobs/sha256/" + indexDigest.substring(7), indexBytes);
    ObjectNode top = JSON.createObjectNode().put("schemaVersion", 2);
    ObjectNode d = top.putArray("manifests").addObject()
        .put("mediaType", "application/vnd.oci.image.index.v1+json")
        .put("digest", indexDigest).put("size", indexBytes.length);
    d.putObject("annotations").put("org.opencontainers.image.ref.name", refName);
    files.put("index.json", JSON.writeValueAsBytes(top));
    files.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
    for (var e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    return dir;
  }

  private byte[] index(Blobs b, String refName) throws IOException {
    ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2)
        .put("mediaType", "application/vnd.oci.image.index.v1+json");
    ObjectNode d = index.putArray("manifests").addObject()
        .put("mediaType", "application/vnd.oci.image.manifest.v1+json")
        .put("digest", b.manifestDigest()).put("size", b.manifest().length);
    d.putObject("annotations").put("org.opencontainers.image.ref.name", refName);
    return JSON.writeValueAsBytes(index);
  }

  private static void writeTar(Path tarFile, Map<String, byte[]> files, Map<String, String> symlinks)
      throws IOException {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(tarFile))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (var e : files.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
      for (var e : symlinks.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), TarConstants.LF_SYMLINK);
        entry.setLinkName(e.getValue());
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
