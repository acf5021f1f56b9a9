package dev.dockwright.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a Dockerfile as its instructions (continuation lines joined, comments dropped),
 * enough for structural assertions on generated files. Not a Dockerfile parser.
 */
record Instructions(List<Instr> all) {

  record Instr(String keyword, String args, int line) {}

  static Instructions of(String dockerfile) {
    List<Instr> out = new ArrayList<>();
    String[] lines = dockerfile.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      int start = i;
      StringBuilder sb = new StringBuilder();
      while (l.endsWith("\\") && i + 1 < lines.length) {
        sb.append(l, 0, l.length() - 1).append(' ');
        l = lines[++i];
      }
      sb.append(l);
      String text = sb.toString().strip().replaceAll("\\s+", " ");
      int sp = text.indexOf(' ');
      out.add(new Instr(text.substring(0, sp), text.substring(sp + 1), start + 1));
    }
    return new Instructions(out);
  }

  List<Instr> named(String keyword) {
    return all.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The instructions of the last stage (from the last FROM on). */
  Instructions lastStage() {
    int from = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).keyword().equals("FROM")) {
        from = i;
      }
    }
    return new Instructions(all.subList(from, all.size()));
  }

  Instr last(String keyword) {
    List<Instr> n = named(keyword);
    return n.isEmpty() ? null : n.get(n.size() - 1);
  }
}
