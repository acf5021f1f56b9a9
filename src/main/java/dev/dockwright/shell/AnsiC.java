package dev.dockwright.shell;

/** Decoding of bash's {@code $'...'} strings: C escapes, octal, hex and Unicode, control characters. */
final class AnsiC {

    /** The decoded value, and the index of the closing quote or -1 when there is none. */
    record Result(String value, int end) {}

    private AnsiC() {}

    static Result decode(String s, int from, int limit) {
        StringBuilder sb = new StringBuilder();
        int i = from;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '\'') {
                return new Result(sb.toString(), i);
            }
            if (c != '\\' || i + 1 >= limit) {
                sb.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'e', 'E' -> sb.append('\u001b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '\\', '\'', '"', '?' -> sb.append(e);
                case 'x' -> i = number(s, i, limit, 16, 2, sb);
                case 'u' -> i = number(s, i, limit, 16, 4, sb);
                case 'U' -> i = number(s, i, limit, 16, 8, sb);
                case 'c' -> {
                    if (i < limit) {
                        sb.append((char) (s.charAt(i) & 0x1f));
                        i++;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        i = number(s, i - 1, limit, 8, 3, sb);
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return new Result(sb.toString(), -1);
    }

    private static int number(String s, int i, int limit, int radix, int maxDigits, StringBuilder sb) {
        int value = 0;
        int n = 0;
        while (n < maxDigits && i < limit && Character.digit(s.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(s.charAt(i), radix);
            i++;
            n++;
        }
        if (n == 0) {
            sb.append('\\').append(radix == 8 ? "" : s.charAt(i - 1));
        } else if (Character.isValidCodePoint(value)) {
            sb.appendCodePoint(value);
        }
        return i;
    }
}
