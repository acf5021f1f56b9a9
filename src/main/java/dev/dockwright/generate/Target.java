package dev.dockwright.generate;

import java.util.Locale;

/** The platform the image is for; each sets the port contract and the user the app runs as. */
public enum Target {
  /** Any container runtime: the app's own port, uid 10001. */
  GENERIC,
  /** Hugging Face Spaces (Docker SDK): port 7860 or README {@code app_port}, uid 1000 with a home. */
  HF_SPACES,
  /** Google Cloud Run: listen on {@code $PORT} (8080 unless configured). */
  CLOUD_RUN,
  /** A plain HTTP service on 8080 with {@code GET /health}, ready within 30 s. */
  PORT_8080;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Target fromId(String id) {
    for (Target t : values()) {
      if (t.id().equalsIgnoreCase(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown target '" + id
        + "' (one of: generic, hf-spaces, cloud-run, port-8080)");
  }
}
