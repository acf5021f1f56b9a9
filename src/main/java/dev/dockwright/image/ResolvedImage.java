package dev.dockwright.image;

import java.util.List;

/**
 * Where one image's parts are inside an archive, once the container format (docker save, OCI) and
 * the index (reference, platform) have been resolved.
 *
 * @param name how to call the image in messages: its tag, reference or manifest digest
 * @param configPath archive path of the config JSON
 * @param layers bottom first
 */
record ResolvedImage(String name, String configPath, List<LayerRef> layers) {

  /**
   * @param path archive path of the blob
   * @param digest descriptor digest; empty when the format gives none
   * @param mediaType empty when the format gives none
   */
  record LayerRef(String path, String digest, String mediaType) {}
}
