package dev.dockwright.generate;

import java.util.List;

/**
 * The build script (builds and tags every image: {@code REGISTRY}, {@code VERSION}) and the run
 * script (starts the stack with compose and waits until every service is healthy). POSIX sh,
 * clean under shellcheck.
 */
public final class ScriptsRenderer {
  static final String BUILD = "build-images.sh";
  static final String RUN = "run-stack.sh";
  private static final String VERSION_DEFAULT =
      "VERSION=\"${VERSION:-$(git rev-parse --short HEAD 2>/dev/null || echo dev)}\"\n";

  private ScriptsRenderer() {}

  public static String build(List<ComposeRenderer.Service> services) {
    StringBuilder sb = new StringBuilder();
    sb.append("""
        #!/bin/sh
        # Builds and tags every image of this project. Written by `dockwright init --scripts`.
        #   REGISTRY  registry and namespace of the tags (default: localhost)
        #   VERSION   the tag (default: the current git commit, else "dev")
        #   DOCKER    the docker client (default: docker)
        # Arguments are passed to every `docker build`, e.g. ./build-images.sh --pull
        set -eu
        cd "$(dirname "$0")"
        REGISTRY="${REGISTRY:-localhost}"
        """);
    sb.append(VERSION_DEFAULT);
    sb.append("""
        DOCKER="${DOCKER:-docker}"

        build() {
          name="$1"
          context="$2"
          shift 2
          echo "== $REGISTRY/$name:$VERSION (from $context)"
          DOCKER_BUILDKIT=1 "$DOCKER" build --tag "$REGISTRY/$name:$VERSION" "$@" "$context"
        }

        """);
    for (ComposeRenderer.Service s : services) {
      sb.append("build ").append(s.name()).append(' ').append(s.context()).append(" \"$@\"\n");
    }
    sb.append("echo \"built ").append(services.size()).append(" image")
        .append(services.size() == 1 ? "" : "s").append(" tagged $VERSION\"\n");
    return sb.toString();
  }

  public static String run(List<ComposeRenderer.Service> services) {
    StringBuilder sb = new StringBuilder();
    sb.append("""
        #!/bin/sh
        # Starts the stack (compose.yaml) and waits until every service is healthy (services
        # without a health check, such as workers, until they run).
        # Written by `dockwright init --scripts`. Same REGISTRY/VERSION/DOCKER as build-images.sh;
        # TIMEOUT is the number of seconds to wait (default 120).
        set -eu
        cd "$(dirname "$0")"
        REGISTRY="${REGISTRY:-localhost}"
        """);
    sb.append(VERSION_DEFAULT);
    sb.append("""
        export REGISTRY VERSION
        DOCKER="${DOCKER:-docker}"
        TIMEOUT="${TIMEOUT:-120}"

        "$DOCKER" compose up --detach
        deadline=$(( $(date +%s) + TIMEOUT ))
        """);
    sb.append("for service in");
    services.forEach(s -> sb.append(' ').append(s.name()));
    sb.append("; do\n");
    sb.append("""
          while :; do
            id="$("$DOCKER" compose ps --quiet "$service")"
            status="$("$DOCKER" inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id" 2>/dev/null || echo starting)"
            case "$status" in
              healthy|running) echo "$service is $status"; break ;;
              unhealthy|exited|dead) echo "$service is $status" >&2; "$DOCKER" compose logs "$service" >&2; exit 1 ;;
            esac
            if [ "$(date +%s)" -ge "$deadline" ]; then
              echo "$service is not healthy after ${TIMEOUT}s" >&2
              "$DOCKER" compose logs "$service" >&2
              exit 1
            fi
            sleep 2
          done
        done
        echo "every service is healthy"
        """);
    return sb.toString();
  }
}
