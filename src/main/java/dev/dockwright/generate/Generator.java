package dev.dockwright.generate;

import dev.dockwright.python.Framework;
import dev.dockwright.python.Project;
import dev.dockwright.python.ServiceReferences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans and renders the files for one project or for several services of one repository. The
 * library entry point behind {@code dockwright init}; it computes text only and writes nothing.
 */
public final class Generator {
  /** Directory names the .dockerignore excludes that a project may still need. */
  private static final Set<String> IGNORED_DIRS = Set.of(
      "tests", "test", "env", "venv", "build", "dist", "secrets");

  private Generator() {}

  /** One project: Dockerfile, .dockerignore and compose.yaml in its directory. */
  public static Generation single(Project p, InitOptions o) {
    ServicePlan plan = ServicePlanner.plan(p, o);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile("Dockerfile", DockerfileRenderer.render(plan, o), false));
    files.add(new GeneratedFile(".dockerignore", DockerignoreRenderer.render(keep(p)), false));
    List<ComposeRenderer.Service> services = List.of(
        new ComposeRenderer.Service(p.name(), plan, ".", List.of()));
    files.add(new GeneratedFile("compose.yaml", ComposeRenderer.render(services), false));
    if (o.scripts()) {
      files.add(new GeneratedFile(ScriptsRenderer.BUILD, ScriptsRenderer.build(services), true));
      files.add(new GeneratedFile(ScriptsRenderer.RUN, ScriptsRenderer.run(services), true));
    }
    return new Generation(files, List.of(plan), plan.notes());
  }

  /**
   * Several services: each directory gets its Dockerfile and .dockerignore, the root one
   * compose.yaml (and the scripts). Directories are relative to {@code root}.
   */
  public static Generation services(Path root, List<Project> projects, InitOptions o) {
    Path base = root.toAbsolutePath().normalize();
    List<String> names = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    for (Project p : projects) {
      String dir = base.relativize(p.root()).toString().replace('\\', '/');
      dirs.add(dir);
      String name = unique(serviceName(dir.isEmpty() ? p.name() : dir), names);
      names.add(name);
    }
    List<GeneratedFile> files = new ArrayList<>();
    List<ServicePlan> plans = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i).withName(names.get(i));
      ServicePlan plan = ServicePlanner.plan(p, o);
      plans.add(plan);
      String prefix = dirs.get(i).isEmpty() ? "" : dirs.get(i) + "/";
      files.add(new GeneratedFile(prefix + "Dockerfile", DockerfileRenderer.render(plan, o),
          false));
      files.add(new GeneratedFile(prefix + ".dockerignore", DockerignoreRenderer.render(keep(p)),
          false));
      String name = names.get(i);
      plan.notes().forEach(n -> notes.add(name + ": " + n));
    }
    List<ComposeRenderer.Service> services = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      List<String> deps = dependsOn(i, plans, names, notes);
      String ctx = dirs.get(i).isEmpty() ? "." : "./" + dirs.get(i);
      services.add(new ComposeRenderer.Service(names.get(i), plans.get(i), ctx, deps));
    }
    files.add(new GeneratedFile("compose.yaml", ComposeRenderer.render(services), false));
    if (o.scripts()) {
      files.add(new GeneratedFile(ScriptsRenderer.BUILD, ScriptsRenderer.build(services), true));
      files.add(new GeneratedFile(ScriptsRenderer.RUN, ScriptsRenderer.run(services), true));
    }
    return new Generation(files, plans, notes);
  }

  /**
   * A service depends on the siblings its source names ({@code http://api:8000}); when none is
   * named, a user interface (Streamlit, Gradio) depends on every API service beside it.
   */
  private static List<String> dependsOn(int i, List<ServicePlan> plans, List<String> names,
      List<String> notes) {
    Set<String> others = new LinkedHashSet<>(names);
    others.remove(names.get(i));
    Set<String> refs = ServiceReferences.find(plans.get(i).project().root(), others);
    if (!refs.isEmpty()) {
      notes.add(names.get(i) + " depends on " + String.join(", ", refs)
          + " (named in its source)");
      return List.copyOf(refs);
    }
    Framework fw = plans.get(i).project().framework().value();
    if (fw == Framework.STREAMLIT || fw == Framework.GRADIO) {
      List<String> apis = new ArrayList<>();
      for (int j = 0; j < plans.size(); j++) {
        Framework other = plans.get(j).project().framework().value();
        if (j != i && other != Framework.STREAMLIT && other != Framework.GRADIO) {
          apis.add(names.get(j));
        }
      }
      if (!apis.isEmpty()) {
        notes.add(names.get(i) + " depends on " + String.join(", ", apis) + " (a user "
            + "interface waits for the APIs beside it; edit depends_on if that is wrong)");
      }
      return apis;
    }
    return List.of();
  }

  static String serviceName(String dir) {
    String last = dir.contains("/") ? dir.substring(dir.lastIndexOf('/') + 1) : dir;
    String s = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "app" : s;
  }

  private static String unique(String name, List<String> taken) {
    String n = name;
    for (int k = 2; taken.contains(n); k++) {
      n = name + "-" + k;
    }
    return n;
  }

  /** Files the build copies by name (or the entry's directory) that a pattern would exclude. */
  static List<String> keep(Project p) {
    List<String> keep = new ArrayList<>();
    for (String m : p.dependencies().value().manifests()) {
      String first = m.contains("/") ? m.substring(0, m.indexOf('/')) : m;
      if (IGNORED_DIRS.contains(first)) {
        keep.add(m);
      }
    }
    String root = p.entrypoint().value().importRoot();
    String target = p.entrypoint().value().target();
    for (String path : List.of(root, target)) {
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
      if (IGNORED_DIRS.contains(first) && !keep.contains(first)) {
        keep.add(first);
      }
    }
    return keep;
  }
}
