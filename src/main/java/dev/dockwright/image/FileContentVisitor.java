package dev.dockwright.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the content of regular files while a layer is streamed, so that content checks (secret
 * scanning) ride along the one pass that reads the layer. The stream is the tar entry itself: read
 * as much as needed, never close it; what is not read is skipped.
 */
public interface FileContentVisitor {
  /** Whether this file's content is wanted (called for every {@link EntryType#FILE} entry). */
  boolean wants(int layerIndex, LayerEntry entry);

  void visit(int layerIndex, LayerEntry entry, InputStream content) throws IOException;

  FileContentVisitor NONE = new FileContentVisitor() {
    @Override
    public boolean wants(int layerIndex, LayerEntry entry) {
      return false;
    }

    @Override
    public void visit(int layerIndex, LayerEntry entry, InputStream content) {}
  };
}
