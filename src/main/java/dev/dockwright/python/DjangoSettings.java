package dev.dockwright.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few Django settings the container needs, read from the settings module (and, for a
 * settings package, its {@code base.py}/{@code common.py}): the WSGI and ASGI application paths
 * and whether {@code STATIC_ROOT} is set, which decides if {@code collectstatic} can run in the
 * build.
 */
public record DjangoSettings(String file, String wsgiApplication, String asgiApplication,
    boolean staticRoot, String managePyDir) {

  static DjangoSettings none(String managePyDir) {
    return new DjangoSettings(null, null, null, false, managePyDir);
  }

  static DjangoSettings read(ProjectFiles files, String managePyDir, String settingsModule) {
    List<String> candidates = new ArrayList<>();
    files.fileOfModule(managePyDir, settingsModule).ifPresent(candidates::add);
    String pkg = settingsModule.contains(".")
        ? settingsModule.substring(0, settingsModule.lastIndexOf('.')) : settingsModule;
    for (String sibling : List.of("base", "common", "settings")) {
      files.fileOfModule(managePyDir, pkg + "." + sibling).ifPresent(candidates::add);
      files.fileOfModule(managePyDir, settingsModule + "." + sibling).ifPresent(candidates::add);
    }
    String wsgi = null;
    String asgi = null;
    boolean staticRoot = false;
    String file = candidates.isEmpty() ? null : candidates.get(0);
    for (String c : candidates) {
      PySource src = files.source(c);
      if (wsgi == null) {
        wsgi = value(src, "WSGI_APPLICATION").orElse(null);
      }
      if (asgi == null) {
        asgi = value(src, "ASGI_APPLICATION").orElse(null);
      }
      staticRoot |= src.assignment("STATIC_ROOT").isPresent();
    }
    return new DjangoSettings(file, wsgi, asgi, staticRoot, managePyDir);
  }

  private static Optional<String> value(PySource src, String name) {
    return src.assignment(name).flatMap(PySource.Assignment::string);
  }
}
