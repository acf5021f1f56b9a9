package dev.dockwright.image;

/**
 * One entry of one layer tar, as the layer states it (not yet merged with other layers).
 *
 * @param path absolute, normalised path in the image ({@code /usr/bin/python3}, {@code /} for the
 *     root); for a whiteout, the path it deletes; for an opaque whiteout, the directory it empties
 * @param type what the entry is
 * @param size content bytes of a {@link EntryType#FILE}; the target's length for a
 *     {@link EntryType#SYMLINK} (what lstat reports); 0 for anything else
 * @param mode permission bits with setuid/setgid/sticky ({@code 07777} mask), no type bits
 * @param uid owner user id
 * @param gid owner group id
 * @param linkTarget symlink target as written, or the hard-linked path (absolute); empty otherwise
 */
public record LayerEntry(
    String path, EntryType type, long size, int mode, int uid, int gid, String linkTarget) {

  public LayerEntry {
    linkTarget = linkTarget == null ? "" : linkTarget;
  }

  /** Unix {@code ls -l} style mode, e.g. {@code -rwxr-xr-x}, {@code drwxrwxrwt}. */
  public String modeString() {
    return FileModes.lsString(type, mode);
  }
}
