package dev.dockwright.generate;

import java.util.List;

/**
 * A Python-aware {@code .dockerignore}: secrets, version control, virtualenvs, caches, build
 * output, tests and the container files themselves stay out of the build context. Nothing the
 * Dockerfile copies by name (requirements files, pyproject.toml, lock files, README.md that a
 * build backend may read) is excluded.
 */
public final class DockerignoreRenderer {
  private DockerignoreRenderer() {}

  public static String render(List<String> keep) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Written by `dockwright init`: what the image must not contain.\n");
    section(sb, "Secrets: pass them at run time, never bake them into a layer",
        ".env", ".env.*", "!.env.example", "*.pem", "*.key", "*.p12", "*.pfx", "id_rsa*",
        "id_ed25519*", ".aws", ".ssh", ".netrc", ".pypirc", "secrets", "*.secret");
    section(sb, "Version control and editor files", ".git", ".gitignore", ".gitattributes",
        ".hg", ".svn", ".idea", ".vscode", "*.swp", ".DS_Store");
    section(sb, "Virtualenvs are platform-specific: the image builds its own", ".venv", "venv",
        "env", ".python-version.local");
    section(sb, "Caches and build output", "**/__pycache__", "**/*.py[cod]", ".pytest_cache",
        ".mypy_cache", ".ruff_cache", ".tox", ".nox", ".coverage", ".coverage.*", "htmlcov",
        ".ipynb_checkpoints", "*.egg-info", ".eggs", "build", "dist", "node_modules");
    section(sb, "Tests and CI are not needed at run time", "tests", "test", ".github",
        ".gitlab-ci.yml");
    section(sb, "The container files themselves (a change to them need not rebuild the code "
        + "layer)", "Dockerfile*", ".dockerignore", "compose*.yaml", "compose*.yml",
        "docker-compose*.yaml", "docker-compose*.yml");
    if (!keep.isEmpty()) {
      sb.append("\n# Needed by the build even though a pattern above matches it\n");
      keep.forEach(k -> sb.append('!').append(k).append('\n'));
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, String... patterns) {
    sb.append("\n# ").append(title).append('\n');
    for (String p : patterns) {
      sb.append(p).append('\n');
    }
  }
}
