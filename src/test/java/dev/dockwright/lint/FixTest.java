package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixTest {

  @Test
  void appliesEditsInAnyOrder() {
    Fix fix = Fix.safe("pin", TextEdit.replace(12, 18, "3.12"), TextEdit.insert(0, "# x\n"),
        TextEdit.delete(18, 19));
    assertThat(fix.applyTo("FROM python:latest\n")).isEqualTo("# x\nFROM python:3.12");
    assertThat(fix.safe()).isTrue();
    assertThat(Fix.unsafe("t", TextEdit.insert(0, "a")).safe()).isFalse();
  }

  @Test
  void rejectsOverlapsAndEmptyFixes() {
    assertThatThrownBy(() -> Fix.safe("x", TextEdit.replace(0, 5, "a"), TextEdit.replace(4, 6, "b")))
        .hasMessageContaining("overlapping");
    assertThatThrownBy(() -> Fix.safe("x", TextEdit.insert(3, "a"), TextEdit.insert(3, "b")))
        .hasMessageContaining("overlapping");
    assertThatThrownBy(() -> new Fix("x", true, List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> new TextEdit(5, 4, "")).hasMessageContaining("bad edit range");
    assertThat(Fix.safe("adjacent", TextEdit.replace(0, 2, "A"), TextEdit.replace(2, 3, "B"))
        .applyTo("abc")).isEqualTo("AB");
  }
}
