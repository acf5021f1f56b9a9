package dev.dockwright.python;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * What the scanner learnt from one Python file: imports, calls (with their arguments, the name
 * they are assigned to, and whether they are decorators or inside the {@code __main__} block),
 * top-level assignments, class bases and string constants. Paths are relative to the project root
 * with forward slashes.
 */
public record PySource(
    String path,
    List<Import> imports,
    List<Call> calls,
    List<Assignment> assignments,
    List<ClassDef> classes,
    List<PyToken> strings,
    boolean hasMainGuard) {

  public PySource {
    imports = List.copyOf(imports);
    calls = List.copyOf(calls);
    assignments = List.copyOf(assignments);
    classes = List.copyOf(classes);
    strings = List.copyOf(strings);
  }

  /** {@code import a.b as c} is (a.b, null, c); {@code from a import b as c} is (a, b, c). */
  public record Import(String module, String name, String alias, int line) {
    /** The name this import binds in the module. */
    public String boundName() {
      if (alias != null) {
        return alias;
      }
      if (name != null) {
        return name;
      }
      int dot = module.indexOf('.');
      return dot < 0 ? module : module.substring(0, dot);
    }
  }

  /** One argument: {@code name} is null for a positional one. */
  public record Arg(String name, List<PyToken> tokens) {
    public Arg {
      tokens = List.copyOf(tokens);
    }

    /** The value when the argument is a single plain string literal (or adjacent literals). */
    public Optional<String> string() {
      if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.kind() != PyToken.Kind.STRING)) {
        return Optional.empty();
      }
      StringBuilder sb = new StringBuilder();
      tokens.forEach(t -> sb.append(t.value()));
      return Optional.of(sb.toString());
    }

    /** The value when the argument is a single integer literal. */
    public OptionalInt integer() {
      if (tokens.size() == 1 && tokens.get(0).kind() == PyToken.Kind.NUMBER) {
        return PySource.parseInt(tokens.get(0).text());
      }
      return OptionalInt.empty();
    }

    /** The argument as a single name ({@code app}), if that is what it is. */
    public Optional<String> identifier() {
      if (tokens.size() == 1 && tokens.get(0).kind() == PyToken.Kind.NAME) {
        return Optional.of(tokens.get(0).text());
      }
      return Optional.empty();
    }
  }

  /**
   * A call {@code callee(args)}; {@code callee} is the dotted name as written ({@code uvicorn.run},
   * {@code app.get}). {@code assignedTo} is the target when the statement is {@code x = callee(...)}
   * and the call is the whole right-hand side; {@code function} the enclosing top-level function.
   */
  public record Call(
      String callee,
      List<Arg> args,
      int line,
      boolean decorator,
      boolean inMainBlock,
      String assignedTo,
      String function) {
    public Call {
      args = List.copyOf(args);
    }

    public Optional<Arg> kwarg(String name) {
      return args.stream().filter(a -> name.equals(a.name())).findFirst();
    }

    public Optional<Arg> positional(int index) {
      List<Arg> pos = args.stream().filter(a -> a.name() == null).toList();
      return index < pos.size() ? Optional.of(pos.get(index)) : Optional.empty();
    }

    /** The last segment of the callee: {@code run} for {@code uvicorn.run}. */
    public String method() {
      int dot = callee.lastIndexOf('.');
      return dot < 0 ? callee : callee.substring(dot + 1);
    }

    /** Everything before the last dot: {@code app} for {@code app.get}, empty when none. */
    public String receiver() {
      int dot = callee.lastIndexOf('.');
      return dot < 0 ? "" : callee.substring(0, dot);
    }
  }

  /** A module-level {@code NAME = value} (or {@code NAME: T = value}). */
  public record Assignment(String target, List<PyToken> value, int line) {
    public Assignment {
      value = List.copyOf(value);
    }

    public Optional<String> string() {
      return new Arg(null, value).string();
    }

    public OptionalInt integer() {
      return new Arg(null, value).integer();
    }
  }

  /** {@code class Name(Base, ...)}: bases as dotted names. */
  public record ClassDef(String name, List<String> bases, int line) {
    public ClassDef {
      bases = List.copyOf(bases);
    }
  }

  public List<Call> calls(Predicate<Call> p) {
    return calls.stream().filter(p).toList();
  }

  public Optional<Assignment> assignment(String target) {
    return assignments.stream().filter(a -> a.target().equals(target)).reduce((a, b) -> b);
  }

  /** Whether the module imports {@code module} or anything below it. */
  public boolean imports(String module) {
    return imports.stream().anyMatch(
        i -> i.module().equals(module) || i.module().startsWith(module + "."));
  }

  /**
   * Resolves a callee as written to the fully qualified name it refers to through the imports:
   * {@code FastAPI} after {@code from fastapi import FastAPI} is {@code fastapi.FastAPI};
   * {@code gr.Blocks} after {@code import gradio as gr} is {@code gradio.Blocks}.
   */
  public String qualify(String callee) {
    int dot = callee.indexOf('.');
    String head = dot < 0 ? callee : callee.substring(0, dot);
    String rest = dot < 0 ? "" : callee.substring(dot);
    for (Import i : imports) {
      if (i.boundName().equals(head)) {
        if (i.name() != null) {
          return i.module() + "." + i.name() + rest;
        }
        return (i.alias() != null ? i.module() : head) + rest;
      }
    }
    return callee;
  }

  /**
   * Like {@link #qualify} but also through star imports: {@code fast_app} after
   * {@code from fasthtml.common import *} may be {@code fasthtml.common.fast_app}.
   */
  public List<String> qualifyAll(String callee) {
    String q = qualify(callee);
    if (!q.equals(callee)) {
      return List.of(q);
    }
    List<String> out = new java.util.ArrayList<>(List.of(callee));
    for (Import i : imports) {
      if ("*".equals(i.name())) {
        out.add(i.module() + "." + callee);
      }
    }
    return out;
  }

  static OptionalInt parseInt(String text) {
    try {
      return OptionalInt.of(Integer.parseInt(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
