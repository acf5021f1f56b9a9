package dev.dockwright.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileModesTest {
  @Test
  void lsStyleShowsSpecialBits() {
    assertThat(FileModes.lsString(EntryType.FILE, 0755)).isEqualTo("-rwxr-xr-x");
    assertThat(FileModes.lsString(EntryType.DIRECTORY, 01777)).isEqualTo("drwxrwxrwt");
    assertThat(FileModes.lsString(EntryType.FILE, 04755)).isEqualTo("-rwsr-xr-x");
    assertThat(FileModes.lsString(EntryType.FILE, 02644)).isEqualTo("-rw-r-Sr--");
    assertThat(FileModes.lsString(EntryType.SYMLINK, 0777)).isEqualTo("lrwxrwxrwx");
  }

  @Test
  void goStyleMatchesWhatContainerStructureTestCompares() {
    assertThat(FileModes.goString(EntryType.FILE, 0644)).isEqualTo("-rw-r--r--");
    assertThat(FileModes.goString(EntryType.DIRECTORY, 0755)).isEqualTo("drwxr-xr-x");
    assertThat(FileModes.goString(EntryType.DIRECTORY, 01777)).isEqualTo("dtrwxrwxrwx");
    assertThat(FileModes.goString(EntryType.FILE, 04755)).isEqualTo("urwxr-xr-x");
    assertThat(FileModes.goString(EntryType.SYMLINK, 0777)).isEqualTo("Lrwxrwxrwx");
    assertThat(FileModes.goString(EntryType.CHAR_DEVICE, 0666)).isEqualTo("Dcrw-rw-rw-");
    assertThat(FileModes.octal(04755)).isEqualTo("4755");
  }
}
