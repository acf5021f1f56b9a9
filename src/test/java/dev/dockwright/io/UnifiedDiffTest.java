package dev.dockwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
  }

  @Test
  void newFileIsAllAdditions() {
    assertThat(UnifiedDiff.diff("a/f", "b/f", null, "one\ntwo\n")).isEqualTo("""
        --- /dev/null
        +++ b/f
        @@ -0,0 +1,2 @@
        +one
        +two
        """);
  }

  @Test
  void changeInTheMiddleKeepsThreeLinesOfContext() {
    String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String neu = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(UnifiedDiff.diff("a/f", "b/f", old, neu)).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void distantChangesMakeSeparateHunks() {
    StringBuilder a = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      a.append(i).append('\n');
    }
    String b = ("\n" + a).replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n")
        .substring(1);
    String d = UnifiedDiff.diff("a/f", "b/f", a.toString(), b);
    assertThat(d).contains("@@ -1,5 +1,5 @@").contains("@@ -16,5 +16,5 @@");
    assertThat(d.lines().filter(l -> l.startsWith("@@")).count()).isEqualTo(2);
  }

  @Test
  void deletionsAndInsertionsAtTheEnds() {
    assertThat(UnifiedDiff.diff("a/f", "b/f", "a\nb\n", "b\nc\n")).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -1,2 +1,2 @@
        -a
         b
        +c
        """);
  }
}
