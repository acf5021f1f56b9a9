package dev.dockwright.generate;

/**
 * Versions the generated files pin for tools that live in the builder stage only, and for the
 * server a project needs but does not declare. One place to bump them; pinned so that builds are
 * repeatable (and so that hadolint's DL3013 is satisfied).
 */
final class ToolVersions {
  static final String UV_IMAGE = "ghcr.io/astral-sh/uv:0.13.8";
  static final String POETRY = "poetry==2.5.1";
  static final String PDM = "pdm==2.29.4";
  static final String PIPENV = "pipenv==2026.10.3";
  static final String GUNICORN = "gunicorn==27.0.1";
  static final String UVICORN = "uvicorn==0.54.0";

  private ToolVersions() {}
}
