package dev.dockwright.verify.image;

import dev.dockwright.secrets.SecretNames;
import dev.dockwright.secrets.SecretPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading {@code created_by} lines of the image history. Builders prefix a RUN that had build args
 * in scope with them ({@code RUN |2 TOKEN=... USER=... /bin/sh -c ...}), so history can carry
 * secrets passed as {@code --build-arg}: shown text never includes those values.
 */
final class HistoryText {
  /** {@code |N} then the args, up to the shell's {@code -c} (or the end). */
  private static final Pattern ARGS_PREFIX = Pattern.compile("^(?:RUN )?\\|(\\d+) (.*?)(?= \\S*/?(?:sh|bash|ash|dash) .*?-c |$)");
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S*)");
  private static final Pattern ENV_OR_ARG = Pattern.compile("^(?:/bin/sh -c #\\(nop\\)\\s+)?(ENV|ARG)\\s+(.*)$", Pattern.DOTALL);

  record Variable(String source, String name, String value) {}

  private HistoryText() {}

  /** Build args of a RUN and variables of ENV/ARG steps, with their values. */
  static List<Variable> variables(String createdBy) {
    List<Variable> out = new ArrayList<>();
    Matcher args = ARGS_PREFIX.matcher(createdBy);
    if (args.find()) {
      Matcher a = ASSIGNMENT.matcher(args.group(2));
      while (a.find()) out.add(new Variable("build arg", a.group(1), a.group(2)));
    }
    Matcher decl = ENV_OR_ARG.matcher(createdBy.trim());
    if (decl.matches()) {
      Matcher a = ASSIGNMENT.matcher(decl.group(2));
      while (a.find()) out.add(new Variable(decl.group(1), a.group(1), a.group(2).replaceAll("^\"|\"$", "")));
    }
    return out;
  }

  /** The instruction as a person reads it, build-arg values removed, secrets redacted, shortened. */
  static String display(String createdBy, int max) {
    String s = createdBy.trim().replaceFirst(" # buildkit$", "");
    Matcher args = ARGS_PREFIX.matcher(s);
    if (args.find()) s = "RUN " + s.substring(args.end()).trim();
    s = s.replaceFirst("^/bin/sh -c #\\(nop\\)\\s+", "")
        .replaceFirst("^(RUN )?/bin/sh -c ", "RUN ")
        .replaceAll("\\s+", " ");
    s = SecretPatterns.redact(s);
    Matcher decl = ENV_OR_ARG.matcher(s);
    if (decl.matches()) {
      StringBuilder sb = new StringBuilder(decl.group(1)).append(' ');
      Matcher a = ASSIGNMENT.matcher(decl.group(2));
      int pos = 0;
      while (a.find()) {
        sb.append(decl.group(2), pos, a.start());
        sb.append(a.group(1)).append('=').append(SecretNames.secretName(a.group(1)) && !a.group(2).isEmpty()
            ? "<redacted>" : a.group(2));
        pos = a.end();
      }
      s = sb.append(decl.group(2).substring(pos)).toString();
    }
    return s.length() > max ? s.substring(0, max - 3) + "..." : s;
  }
}
