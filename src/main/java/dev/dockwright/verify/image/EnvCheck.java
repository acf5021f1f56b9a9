package dev.dockwright.verify.image;

import dev.dockwright.secrets.SecretNames;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ImageSpec.Env;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Env vars present, absent or equal to a value; values of secret-sounding names never shown. */
final class EnvCheck implements ImageCheck {
  static final String ID = "image.env";
  private final Env env;

  EnvCheck(Env env) {
    this.env = env;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    Map<String, String> actual = facts.image().config().envMap();
    List<CheckResult> out = new ArrayList<>();
    for (String name : env.present()) {
      String title = "env " + name + " is set";
      out.add(actual.containsKey(name)
          ? CheckResult.pass(ID, title, show(name, actual.get(name)), "set")
          : CheckResult.fail(ID, title, "not set", "set", "add `ENV " + name + "=...` to the final stage"));
    }
    for (String name : env.absent()) {
      String title = "env " + name + " is not set";
      out.add(actual.containsKey(name)
          ? CheckResult.fail(ID, title, show(name, actual.get(name)), "not set",
              "ENV " + name + " is baked into the image config; pass it at run time instead")
          : CheckResult.pass(ID, title, "not set", "not set"));
    }
    for (var e : env.equals().entrySet()) {
      String name = e.getKey();
      String want = show(name, e.getValue());
      String title = "env " + want;
      if (!actual.containsKey(name)) {
        out.add(CheckResult.fail(ID, title, "not set", want, "add `ENV " + name + "=...`"));
      } else if (actual.get(name).equals(e.getValue())) {
        out.add(CheckResult.pass(ID, title, show(name, actual.get(name)), want));
      } else {
        out.add(CheckResult.fail(ID, title, show(name, actual.get(name)), want, "different value"));
      }
    }
    return out;
  }

  /** {@code NAME=value}, with the value hidden when it may be a secret. */
  static String show(String name, String value) {
    if (SecretNames.secretName(name) && !value.isEmpty()) return name + "=<redacted>";
    return name + "=" + SecretPatterns.redact(value);
  }
}
