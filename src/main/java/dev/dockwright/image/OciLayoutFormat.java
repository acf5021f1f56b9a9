package dev.dockwright.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OCI image layouts (a directory or a tar of one): {@code index.json} → (nested indexes) → image
 * manifest → config and layers. An index with several images is narrowed by the reference
 * annotation; one with several platforms by {@link ImageSource#platform()}. Docker's v2 schema 2
 * manifests and manifest lists are read the same way.
 */
final class OciLayoutFormat {
  private static final String REF_NAME = "org.opencontainers.image.ref.name";
  private static final String CONTAINERD_NAME = "io.containerd.image.name";
  private static final Set<String> INDEX_TYPES = Set.of(
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.list.v2+json");
  private static final Set<String> MANIFEST_TYPES = Set.of(
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.docker.distribution.manifest.v2+json");
  private static final Pattern DIGEST = Pattern.compile("([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)");
  private static final int MAX_DEPTH = 4;

  private OciLayoutFormat() {}

  static ResolvedImage resolve(ArchiveFiles files, ImageSource source) throws IOException {
    if (!files.exists("index.json")) {
      // A legacy docker save tar named as oci: is still unambiguous.
      if (files.exists("manifest.json")) return DockerArchiveFormat.resolve(files, source);
      throw new UserException(source + ": no index.json: not an OCI image layout");
    }
    JsonNode index = Json.read(files, "index.json", source);
    List<JsonNode> candidates = byReference(list(index.path("manifests")), source);
    JsonNode manifest = descend(files, source, candidates, 0);
    String name = annotation(manifest, REF_NAME)
        .or(() -> annotation(manifest, CONTAINERD_NAME))
        .orElse(Json.text(manifest, "digest"));
    JsonNode image = Json.read(files, blobPath(manifest, source), source);
    String configPath = blobPath(image.path("config"), source);
    List<ResolvedImage.LayerRef> layers = new ArrayList<>();
    for (JsonNode layer : image.path("layers")) {
      String path = blobPath(layer, source);
      if (!files.exists(path)) {
        boolean foreign = layer.has("urls") || Json.text(layer, "mediaType").contains("foreign")
            || Json.text(layer, "mediaType").contains("nondistributable");
        throw new UserException(source + ": layer " + Json.text(layer, "digest")
            + " is not in the archive" + (foreign ? " (a foreign layer fetched from its URLs)" : ""));
      }
      layers.add(new ResolvedImage.LayerRef(path, Json.text(layer, "digest"), Json.text(layer, "mediaType")));
    }
    return new ResolvedImage(name, configPath, layers);
  }

  /** Walks nested indexes down to one image manifest descriptor. */
  private static JsonNode descend(ArchiveFiles files, ImageSource source, List<JsonNode> candidates, int depth)
      throws IOException {
    if (depth > MAX_DEPTH) throw new UserException(source + ": indexes nested too deeply");
    JsonNode chosen = choosePlatform(files, source, candidates);
    String type = Json.text(chosen, "mediaType");
    if (MANIFEST_TYPES.contains(type)) return chosen;
    JsonNode doc = Json.read(files, blobPath(chosen, source), source);
    String docType = type.isEmpty() ? Json.text(doc, "mediaType") : type;
    if (INDEX_TYPES.contains(docType) || (docType.isEmpty() && doc.has("manifests"))) {
      return descend(files, source, list(doc.path("manifests")), depth + 1);
    }
    if (docType.isEmpty() && doc.has("layers") || MANIFEST_TYPES.contains(docType)) return chosen;
    throw new UserException(source + ": unsupported manifest type " + (docType.isEmpty() ? "(none)" : docType)
        + " (schema 1 manifests are not supported)");
  }

  private static List<JsonNode> byReference(List<JsonNode> manifests, ImageSource source) {
    if (manifests.isEmpty()) throw new UserException(source + ": index.json lists no manifest");
    Optional<String> wanted = source.reference();
    if (wanted.isEmpty()) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode m : manifests) annotation(m, REF_NAME).ifPresent(names::add);
      if (names.size() > 1) {
        throw new UserException(source + ": the layout holds several images; name one with "
            + source.kind().prefix() + source.path() + ":REF (refs: " + String.join(", ", names) + ")");
      }
      return manifests;
    }
    List<JsonNode> matching = manifests.stream()
        .filter(m -> matchesRef(m, wanted.get()))
        .toList();
    if (matching.isEmpty()) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode m : manifests) annotation(m, REF_NAME).ifPresent(names::add);
      throw new UserException(source + ": no image named " + wanted.get() + " in the layout (refs: "
          + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }
    return matching;
  }

  private static boolean matchesRef(JsonNode descriptor, String wanted) {
    for (String key : List.of(REF_NAME, CONTAINERD_NAME)) {
      Optional<String> ref = annotation(descriptor, key);
      if (ref.isPresent() && (ref.get().equals(wanted) || References.same(ref.get(), wanted))) return true;
    }
    return false;
  }

  private static JsonNode choosePlatform(ArchiveFiles files, ImageSource source, List<JsonNode> all) {
    List<JsonNode> images = all.stream().filter(d -> !isAttestation(d)).toList();
    if (images.isEmpty()) throw new UserException(source + ": the index lists only attestations, no image");
    if (images.size() == 1) return images.get(0);
    Platform wanted = source.platform();
    List<JsonNode> matching = images.stream()
        .filter(d -> d.has("platform") && wanted.accepts(platform(d.get("platform"))))
        .toList();
    // A saved multi-platform index often lists every platform but holds the blobs of one.
    Optional<JsonNode> present = matching.stream().filter(d -> blobExists(files, d)).findFirst();
    if (present.isPresent()) return present.get();
    if (images.stream().noneMatch(d -> d.has("platform"))) return images.get(0);
    List<String> available = images.stream()
        .filter(d -> d.has("platform"))
        .map(d -> platform(d.get("platform")) + (blobExists(files, d) ? "" : " (not in the archive)"))
        .toList();
    throw new UserException(source + ": no image for platform " + wanted + " (available: "
        + String.join(", ", available) + ")");
  }

  private static boolean isAttestation(JsonNode descriptor) {
    if (annotation(descriptor, "vnd.docker.reference.type").isPresent()) return true;
    JsonNode p = descriptor.path("platform");
    return Json.text(p, "os").equals("unknown") && Json.text(p, "architecture").equals("unknown");
  }

  private static boolean blobExists(ArchiveFiles files, JsonNode descriptor) {
    String digest = Json.text(descriptor, "digest");
    var m = DIGEST.matcher(digest);
    return m.matches() && files.exists("blobs/" + m.group(1) + "/" + m.group(2));
  }

  private static Platform platform(JsonNode p) {
    return new Platform(Json.text(p, "os"), Json.text(p, "architecture"), Json.text(p, "variant"));
  }

  /** {@code blobs/<algorithm>/<hex>}, refusing digests that could point outside the layout. */
  static String blobPath(JsonNode descriptor, ImageSource source) {
    String digest = Json.text(descriptor, "digest");
    var m = DIGEST.matcher(digest);
    if (!m.matches()) throw new UserException(source + ": bad digest '" + digest + "' in a descriptor");
    return "blobs/" + m.group(1) + "/" + m.group(2);
  }

  private static Optional<String> annotation(JsonNode descriptor, String key) {
    JsonNode v = descriptor.path("annotations").get(key);
    return v == null || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
