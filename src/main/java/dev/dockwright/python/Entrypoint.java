package dev.dockwright.python;

import java.util.List;

/**
 * How the service starts, before a server command is chosen for it.
 *
 * @param kind what {@code target} names
 * @param target {@code module:attr} for ASGI/WSGI apps and FastMCP servers (with {@code ()} for
 *     an app factory), a project-relative file for scripts, a module for {@code python -m}, the
 *     console-script name, or the whole command for {@link Kind#COMMAND}
 * @param importRoot directory (project-relative, "" for the root) the module is imported from,
 *     which becomes the working directory
 * @param command the argv for {@link Kind#COMMAND} (from a Procfile), else empty
 */
public record Entrypoint(Kind kind, String target, String importRoot, List<String> command) {

  public Entrypoint {
    command = List.copyOf(command);
  }

  public enum Kind {
    /** An ASGI application object: served by uvicorn (or gunicorn with uvicorn workers). */
    ASGI_APP,
    /** A WSGI application object: served by gunicorn. */
    WSGI_APP,
    /** {@code streamlit run FILE}. */
    STREAMLIT_SCRIPT,
    /** {@code python FILE}. */
    PYTHON_SCRIPT,
    /** {@code python -m MODULE}. */
    PYTHON_MODULE,
    /** A console script installed with the project. */
    CONSOLE_SCRIPT,
    /** {@code fastmcp run FILE:OBJ} (FastMCP 2's own runner). */
    FASTMCP_SERVER,
    /** An MCP SDK server object ({@code module:obj}) to run over streamable HTTP. */
    MCP_SERVER,
    /** A command given as is (a Procfile's web process). */
    COMMAND,
  }

  public static Entrypoint of(Kind kind, String target, String importRoot) {
    return new Entrypoint(kind, target, importRoot, List.of());
  }

  /** The module part of a {@code module:attr} target. */
  public String module() {
    int colon = target.indexOf(':');
    return colon < 0 ? target : target.substring(0, colon);
  }

  /** Whether the target is an app factory ({@code module:create_app()}). */
  public boolean factory() {
    return target.endsWith("()");
  }

  public String describe() {
    return switch (kind) {
      case ASGI_APP, WSGI_APP, FASTMCP_SERVER, MCP_SERVER -> target
          + (importRoot.isEmpty() ? "" : " (imported from " + importRoot + "/)");
      case STREAMLIT_SCRIPT, PYTHON_SCRIPT -> target;
      case PYTHON_MODULE -> "python -m " + target;
      case CONSOLE_SCRIPT -> "console script '" + target + "'";
      case COMMAND -> String.join(" ", command);
    };
  }
}
