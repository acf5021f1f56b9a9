package dev.dockwright.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u} format, three lines of context) between two texts, from a
 * longest-common-subsequence alignment of their lines. Meant for files of a few hundred lines,
 * which is what {@code init --dry-run}, {@code fix --diff} and {@code convert --diff} show; larger inputs fall back to one replace hunk.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000;

  private UnifiedDiff() {}

  /** Empty when the texts are equal; {@code oldText == null} means the file is new. */
  public static String diff(String oldName, String newName, String oldText, String newText) {
    if (oldText != null && oldText.equals(newText)) {
      return "";
    }
    List<String> a = oldText == null ? List.of() : lines(oldText);
    List<String> b = lines(newText);
    List<Op> ops = align(a, b);
    StringBuilder sb = new StringBuilder();
    sb.append("--- ").append(oldText == null ? "/dev/null" : oldName).append('\n');
    sb.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      // A hunk: from CONTEXT before this change to CONTEXT after the last change that is
      // less than 2*CONTEXT unchanged lines away.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size()) {
        if (ops.get(end).kind != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      int aStart = ops.get(start).aLine;
      int bStart = ops.get(start).bLine;
      int aCount = 0;
      int bCount = 0;
      StringBuilder body = new StringBuilder();
      for (int k = start; k < end; k++) {
        Op op = ops.get(k);
        body.append(op.kind).append(op.text).append('\n');
        if (op.kind != '+') {
          aCount++;
        }
        if (op.kind != '-') {
          bCount++;
        }
      }
      sb.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount))
          .append(" @@\n").append(body);
      i = end;
    }
    return sb.toString();
  }

  private static String range(int start, int count) {
    // diff -u numbers lines from 1; an empty range names the line before it.
    int first = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(first) : first + "," + count;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** One line of the alignment; aLine/bLine are the 0-based positions before this line. */
  private record Op(char kind, String text, int aLine, int bLine) {}

  private static List<Op> align(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    List<Op> ops = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        ops.add(new Op('-', a.get(i), i, 0));
      }
      for (int j = 0; j < m; j++) {
        ops.add(new Op('+', b.get(j), n, j));
      }
      return ops;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i), i, j));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', a.get(i), i, j)); // deletions before insertions, as diff -u does
        i++;
      } else {
        ops.add(new Op('+', b.get(j), i, j));
        j++;
      }
    }
    return ops;
  }
}
