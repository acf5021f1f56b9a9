package dev.dockwright.image;

/**
 * What a layer tar entry is. Whiteouts are modelled as their own kinds so the merged view and the
 * efficiency analysis see deletions as first-class changes, not as oddly named files.
 */
public enum EntryType {
  FILE,
  DIRECTORY,
  SYMLINK,
  /** A tar hard link: {@link LayerEntry#linkTarget()} names the other path, size is 0 in the tar. */
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO,
  /** {@code .wh.NAME}: deletes {@code NAME} (and everything under it) from lower layers. */
  WHITEOUT,
  /** {@code DIR/.wh..wh..opq}: hides every entry of {@code DIR} that comes from lower layers. */
  OPAQUE_WHITEOUT;

  public boolean isWhiteout() {
    return this == WHITEOUT || this == OPAQUE_WHITEOUT;
  }
}
