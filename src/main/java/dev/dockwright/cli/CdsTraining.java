package dev.dockwright.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run {@code bin/dockwright} builds its class-data-sharing archive from (once per
 * build of the jar): one JVM doing what typical runs do, so the archive holds the classes, lambdas
 * and method handles they use. A run that needs a class the archive lacks still works, it only
 * loads that class from the jar (and pays for opening it); so the runs are about speed, not
 * correctness. Not a user command; its output is thrown away.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=LIST -cp dockwright.jar
 * dev.dockwright.cli.CdsTraining DOCKERFILE|DIR...}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=LIST -XX:SharedArchiveFile=ARCHIVE -cp dockwright.jar}.
 */
public final class CdsTraining {

  /**
   * A Dockerfile that reaches the parts of the parser, the shell parser and the rules the bundled
   * examples do not: directives, heredocs, every instruction, shell compound commands, pragmas.
   */
  static final String TOUR = """
      # syntax=docker/dockerfile:1
      # check=skip=JSONArgsRecommended
      # escape=\\
      ARG BASE=python:3.12-slim
      FROM --platform=linux/amd64 ${BASE} AS Build
      ARG VERSION
      ENV PATH=/opt/venv/bin:$PATH
      ENV LANG C.UTF-8
      LABEL org.opencontainers.image.version=${VERSION:-dev}
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      # hadolint ignore=DL3008
      RUN apt-get update && apt-get install -y curl \\

          && rm -rf /var/lib/apt/lists/*
      RUN <<EOF
      set -euo pipefail
      cat <<'INNER' > /etc/motd
      hello
      INNER
      for f in a b; do echo "$f"; done
      if [ -n "$VERSION" ]; then echo yes; elif true; then :; else exit 1; fi
      while false; do break; done
      case "$VERSION" in 1.*) echo one ;; *) echo other ;; esac
      greet() { echo hi; }
      (cd /tmp && greet) || { echo failed; }
      for ((i = 0; i < 2; i++)); do X=$((i + 1)) echo "$X"; done
      EOF
      RUN pip install --no-cache-dir "flask==3.0.0" 'gunicorn>=21' git+https://example.com/x.git && npm install -g yarn \\
          && apk add --no-cache git && yum install -y make && gem install rails
      COPY --chown=app:app --chmod=644 <<-CONF /etc/app.conf
      \tkey=value
      \tCONF
      ADD --checksum=sha256:0000 https://example.com/app.tar.gz /tmp/
      ENV APP_HOME=/srv
      WORKDIR app
      COPY . $APP_HOM/
      EXPOSE 8000/tcp 9000-9010
      VOLUME ["/data"]
      STOPSIGNAL SIGTERM
      HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8000/ || exit 1
      ONBUILD RUN echo onbuild
      FROM build AS final
      MAINTAINER someone
      COPY --from=build /opt/venv /opt/venv
      USER 1000
      ENTRYPOINT python -m app
      CMD ["--port", "8000"
      """;

  /** A Dockerfile that does not parse. */
  static final String BROKEN = "FROM alpine\nFOO bar\nENV A=1 B\n";

  /** One run: its arguments and what it reads on standard input. */
  record Run(List<String> args, String stdin) {}

  private CdsTraining() {}

  public static void main(String[] args) {
    InputStream stdin = System.in;
    try {
      for (Run run : runs(List.of(args))) {
        System.setIn(new ByteArrayInputStream(run.stdin().getBytes(StandardCharsets.UTF_8)));
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Main.run(run.args().toArray(String[]::new), sink, sink);
      }
    } finally {
      System.setIn(stdin);
    }
  }

  /**
   * The runs, in order: lint the inputs in tty (plain and coloured) and json, the tour from
   * standard input in tty and json, a file that does not parse, then help.
   */
  static List<Run> runs(List<String> inputs) {
    List<Run> runs = new ArrayList<>();
    for (String input : inputs) {
      runs.add(new Run(List.of("lint", input), ""));
      runs.add(new Run(List.of("lint", "--color", "always", input), ""));
      runs.add(new Run(List.of("lint", "--format", "json", input), ""));
    }
    runs.add(new Run(List.of("lint", "--stdin-filename", "Dockerfile", "-"), TOUR));
    runs.add(new Run(List.of("lint", "--format", "json", "-"), TOUR));
    runs.add(new Run(List.of("lint", "--format", "json", "-"), BROKEN));
    runs.add(new Run(List.of("--help"), ""));
    return runs;
  }
}
