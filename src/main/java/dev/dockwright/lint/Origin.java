package dev.dockwright.lint;

/** Whose rule it is: codes and names are kept from the tool that defined the rule first. */
public enum Origin {
  /** hadolint's {@code DLxxxx} rules, under hadolint's codes so ignore lists keep working. */
  HADOLINT("hadolint", "https://github.com/hadolint/hadolint/wiki/"),
  /** BuildKit's build checks ({@code docker build --check}), under BuildKit's names. */
  BUILDKIT("buildkit", "https://docs.docker.com/go/dockerfile/rule/"),
  /** ShellCheck's {@code SCxxxx} findings on RUN scripts. */
  SHELLCHECK("shellcheck", "https://www.shellcheck.net/wiki/"),
  /** dockwright's own {@code DWxxxx} rules. */
  DOCKWRIGHT("dockwright", Dockwright.HOMEPAGE + "/blob/main/docs/rules/");

  private final String id;
  private final String docsBase;

  Origin(String id, String docsBase) {
    this.id = id;
    this.docsBase = docsBase;
  }

  public String id() {
    return id;
  }

  /** The documentation page of a rule, unless the rule names its own. */
  public String docsUrl(String code, String name) {
    return switch (this) {
      // BuildKit's pages are the kebab-case rule name: JSONArgsRecommended -> json-args-recommended
      case BUILDKIT -> docsBase + kebab(name) + "/";
      case DOCKWRIGHT -> docsBase + code + ".md";
      case HADOLINT, SHELLCHECK -> docsBase + code;
    };
  }

  static String kebab(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean upper = Character.isUpperCase(c);
      if (upper && i > 0) {
        boolean prevLower = Character.isLowerCase(name.charAt(i - 1));
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (prevLower || (nextLower && Character.isUpperCase(name.charAt(i - 1)))) {
          out.append('-');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
