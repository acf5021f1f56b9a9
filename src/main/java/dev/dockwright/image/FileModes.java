package dev.dockwright.image;

/** Mode bits as people write them: {@code 0755}, {@code -rwxr-xr-x}. */
public final class FileModes {
  private FileModes() {}

  /** {@code ls -l} style: type letter then rwx triplets with s/S/t/T for the special bits. */
  public static String lsString(EntryType type, int mode) {
    char kind = switch (type) {
      case DIRECTORY, OPAQUE_WHITEOUT -> 'd';
      case SYMLINK -> 'l';
      case CHAR_DEVICE -> 'c';
      case BLOCK_DEVICE -> 'b';
      case FIFO -> 'p';
      default -> '-';
    };
    return kind + rwx(mode);
  }

  /**
   * Go's {@code os.FileMode.String()}, which container-structure-test compares its
   * {@code permissions} field against: type letters first ({@code d}, {@code L} symlink,
   * {@code D} device, {@code c} char device, {@code p} pipe, {@code u} setuid, {@code g} setgid,
   * {@code t} sticky), then plain rwx without s/t substitutions.
   */
  public static String goString(EntryType type, int mode) {
    StringBuilder sb = new StringBuilder();
    // Go's letters come in the fixed order of its mode bits: d L D p u g c t.
    if (type == EntryType.DIRECTORY) sb.append('d');
    if (type == EntryType.SYMLINK) sb.append('L');
    if (type == EntryType.BLOCK_DEVICE || type == EntryType.CHAR_DEVICE) sb.append('D');
    if (type == EntryType.FIFO) sb.append('p');
    if ((mode & 04000) != 0) sb.append('u');
    if ((mode & 02000) != 0) sb.append('g');
    if (type == EntryType.CHAR_DEVICE) sb.append('c');
    if ((mode & 01000) != 0) sb.append('t');
    if (sb.length() == 0) sb.append('-');
    String bits = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      sb.append((mode & (1 << (8 - i))) != 0 ? bits.charAt(i) : '-');
    }
    return sb.toString();
  }

  /** Four-digit octal, e.g. {@code 0755}, {@code 4755}. */
  public static String octal(int mode) {
    return String.format("%04o", mode & 07777);
  }

  private static String rwx(int mode) {
    char[] c = "rwxrwxrwx".toCharArray();
    for (int i = 0; i < 9; i++) {
      if ((mode & (1 << (8 - i))) == 0) c[i] = '-';
    }
    c[2] = special(c[2], (mode & 04000) != 0, 's');
    c[5] = special(c[5], (mode & 02000) != 0, 's');
    c[8] = special(c[8], (mode & 01000) != 0, 't');
    return new String(c);
  }

  private static char special(char exec, boolean set, char letter) {
    if (!set) return exec;
    return exec == 'x' ? letter : Character.toUpperCase(letter);
  }
}
