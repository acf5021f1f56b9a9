package dev.dockwright.shell;

import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Set;

/** Skipping a wrapper's own options, enough to find where the wrapped command starts. */
final class Options {

    private Options() {}

    /**
     * Index of the first word at or after {@code from} that is not an option. Short options in
     * {@code shortWithValue} take a value (attached or the next word); long options in
     * {@code longWithValue} take the next word unless written {@code --opt=value}. {@code --} is
     * consumed and ends the options.
     */
    static int skip(List<Word> words, int from, String shortWithValue, Set<String> longWithValue) {
        int j = from;
        while (j < words.size()) {
            String a = words.get(j).literalOrNull();
            if (a == null || !a.startsWith("-") || a.equals("-")) {
                return j;
            }
            if (a.equals("--")) {
                return j + 1;
            }
            if (a.startsWith("--")) {
                j += !a.contains("=") && longWithValue.contains(a) ? 2 : 1;
                continue;
            }
            int step = 1;
            for (int k = 1; k < a.length(); k++) {
                if (shortWithValue.indexOf(a.charAt(k)) >= 0) {
                    step = k == a.length() - 1 ? 2 : 1;
                    break;
                }
            }
            j += step;
        }
        return j;
    }
}
