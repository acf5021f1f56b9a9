package dev.dockwright.syntax.expand;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An {@link Env} over a fixed map whose keys are already normalized. */
record MapEnv(Map<String, String> values, List<String> names, NameMatching matching)
    implements Env {

  @Override
  public String get(String name) {
    return values.get(matching.normalize(name));
  }

  @Override
  public Collection<String> keys() {
    return names;
  }
}
