package dev.dockwright.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code docker save} archives. Both layouts carry a {@code manifest.json} listing config and layer
 * paths: the legacy one ({@code <id>/layer.tar}, {@code <hex>.json}) and the OCI-shaped one of
 * Docker 25+ ({@code blobs/sha256/<hex>} beside {@code index.json}), so one reader serves both;
 * an archive with only {@code index.json} is read as an OCI layout.
 */
final class DockerArchiveFormat {
  private DockerArchiveFormat() {}

  static ResolvedImage resolve(ArchiveFiles files, ImageSource source) throws IOException {
    if (!files.exists("manifest.json")) {
      if (files.exists("index.json")) return OciLayoutFormat.resolve(files, source);
      throw new UserException(source + ": no manifest.json: not a `docker save` archive");
    }
    JsonNode manifest = Json.read(files, "manifest.json", source);
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw new UserException(source + ": manifest.json lists no image");
    }
    JsonNode chosen = choose(manifest, source);
    String config = Json.text(chosen, "Config");
    if (config.isEmpty()) throw new UserException(source + ": manifest.json entry has no Config");
    List<ResolvedImage.LayerRef> layers = new ArrayList<>();
    for (JsonNode layer : chosen.path("Layers")) {
      String path = layer.asText();
      layers.add(new ResolvedImage.LayerRef(path, blobDigest(path), ""));
    }
    return new ResolvedImage(name(chosen), config, layers);
  }

  private static JsonNode choose(JsonNode manifest, ImageSource source) {
    Optional<String> wanted = source.reference();
    if (wanted.isEmpty()) {
      if (manifest.size() == 1) return manifest.get(0);
      throw new UserException(source + ": the archive holds " + manifest.size()
          + " images; name one, e.g. " + source.kind().prefix() + source.path() + ":"
          + firstTag(manifest) + " (images: " + allNames(manifest) + ")");
    }
    for (JsonNode image : manifest) {
      for (JsonNode tag : image.path("RepoTags")) {
        if (References.same(tag.asText(), wanted.get())) return image;
      }
    }
    throw new UserException(source + ": no image tagged " + wanted.get()
        + " in the archive (images: " + allNames(manifest) + ")");
  }

  /** {@code blobs/sha256/<hex>} names its digest; legacy {@code <id>/layer.tar} does not. */
  private static String blobDigest(String path) {
    String p = ArchiveFiles.normalise(path);
    if (p.startsWith("blobs/")) {
      String[] parts = p.split("/");
      if (parts.length == 3) return parts[1] + ":" + parts[2];
    }
    return "";
  }

  private static String name(JsonNode image) {
    JsonNode tags = image.path("RepoTags");
    return tags.isArray() && !tags.isEmpty() ? tags.get(0).asText() : Json.text(image, "Config");
  }

  private static String firstTag(JsonNode manifest) {
    JsonNode tags = manifest.get(0).path("RepoTags");
    return tags.isArray() && !tags.isEmpty() ? tags.get(0).asText() : "TAG";
  }

  private static String allNames(JsonNode manifest) {
    List<String> names = new ArrayList<>();
    for (JsonNode image : manifest) names.add(name(image));
    return String.join(", ", names);
  }
}
