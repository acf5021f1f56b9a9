package dev.dockwright.model;

import dev.dockwright.syntax.expand.Env;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables in effect at one point of a build: the ARGs declared so far in the stage (or in
 * the global scope before the first FROM) and the ENV the stage has, inherited ENV included.
 *
 * <p>As in BuildKit, ENV wins over an ARG of the same name, and an ARG declared without a value
 * (and not given as a build argument) is declared but unset: {@code ${A-x}} gives {@code x}, yet
 * the name counts as defined for UndefinedVar. Immutable: every instruction sees its own scope.
 */
public final class Scope implements Env {

  private static final Scope EMPTY = new Scope(Map.of(), Map.of());

  private final Map<String, Optional<String>> args;
  private final Map<String, String> env;

  private Scope(Map<String, Optional<String>> args, Map<String, String> env) {
    this.args = args;
    this.env = env;
  }

  public static Scope empty() {
    return EMPTY;
  }

  /** A scope holding only this environment (a base image's config ENV). */
  public static Scope ofEnv(Map<String, String> env) {
    return new Scope(Map.of(), Collections.unmodifiableMap(new LinkedHashMap<>(env)));
  }

  public Scope withArg(String name, Optional<String> value) {
    Map<String, Optional<String>> next = new LinkedHashMap<>(args);
    next.remove(name); // keep declaration order = last declaration
    next.put(name, value);
    return new Scope(Collections.unmodifiableMap(next), env);
  }

  public Scope withEnv(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(env);
    next.put(name, value);
    return new Scope(args, Collections.unmodifiableMap(next));
  }

  /**
   * The same ENV without any ARG: what the image config keeps. (A stage built FROM another one
   * starts with the whole scope, ARGs included, as BuildKit's build state does.)
   */
  public Scope envOnly() {
    return new Scope(Map.of(), env);
  }

  @Override
  public String get(String name) {
    String value = env.get(name);
    if (value != null) {
      return value;
    }
    Optional<String> arg = args.get(name);
    return arg == null ? null : arg.orElse(null);
  }

  /** Declared by ARG (with or without a value) or set by ENV. */
  public boolean isDefined(String name) {
    return env.containsKey(name) || args.containsKey(name);
  }

  public boolean isEnv(String name) {
    return env.containsKey(name);
  }

  public boolean isArg(String name) {
    return args.containsKey(name);
  }

  /** ENV in effect, in definition order. */
  public Map<String, String> env() {
    return env;
  }

  /** Declared ARGs and their values (empty when declared without value), in declaration order. */
  public Map<String, Optional<String>> args() {
    return args;
  }

  @Override
  public Collection<String> keys() {
    Set<String> names = new LinkedHashSet<>(args.keySet());
    names.addAll(env.keySet());
    return names;
  }

  @Override
  public String toString() {
    return "Scope[args=" + args + ", env=" + env + "]";
  }
}
