package dev.dockwright.python;

import java.util.Locale;

/**
 * The web framework (or kind of program) that serves the project, with its conventional port and
 * health path. A null health path means the framework has none of its own: the generated check
 * then only asks whether the server answers HTTP at all.
 */
public enum Framework {
  FASTAPI("FastAPI", 8000, null),
  STARLETTE("Starlette", 8000, null),
  /** Quart: Flask's API on ASGI. */
  QUART("Quart", 8000, null),
  /** FastHTML: Starlette underneath; its own {@code serve()} defaults to port 5001. */
  FASTHTML("FastHTML", 5001, null),
  FLASK("Flask", 8000, null),
  DJANGO("Django", 8000, null),
  STREAMLIT("Streamlit", 8501, "/_stcore/health"),
  GRADIO("Gradio", 7860, null),
  /** The official MCP Python SDK ({@code mcp.server.fastmcp.FastMCP}). */
  MCP("MCP server (mcp SDK)", 8000, null),
  /** The standalone FastMCP 2 package ({@code fastmcp.FastMCP}). */
  FASTMCP("MCP server (FastMCP)", 8000, null),
  /** A {@code [project.scripts]} console entry point. */
  CONSOLE_SCRIPT("console script", 8000, null),
  /** A Python file or module run directly ({@code http.server}, aiohttp, anything else). */
  PLAIN("plain Python", 8000, null);

  private final String display;
  private final int defaultPort;
  private final String healthPath;

  Framework(String display, int defaultPort, String healthPath) {
    this.display = display;
    this.defaultPort = defaultPort;
    this.healthPath = healthPath;
  }

  public String display() {
    return display;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The framework's own health endpoint, or null. */
  public String healthPath() {
    return healthPath;
  }

  public boolean isAsgi() {
    return this == FASTAPI || this == STARLETTE || this == QUART || this == FASTHTML;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Framework fromId(String id) {
    for (Framework f : values()) {
      if (f.id().equalsIgnoreCase(id) || f.name().equalsIgnoreCase(id)
          || f.display.equalsIgnoreCase(id)) {
        return f;
      }
    }
    if (id.equalsIgnoreCase("script") || id.equalsIgnoreCase("scripts")) {
      return CONSOLE_SCRIPT;
    }
    throw new IllegalArgumentException("unknown framework '" + id + "' (one of: fastapi, "
        + "starlette, quart, fasthtml, flask, django, streamlit, gradio, mcp, fastmcp, console-script, plain)");
  }
}
