package dev.dockwright.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildkitOnlyTest {
  private static java.util.List<String> find(String dockerfile) {
    return BuildkitOnly.find(DockerfileOutline.parse(dockerfile)).stream().map(Object::toString).toList();
  }

  @Test
  void findsBuildkitOnlyFlagsHeredocsAndPlatformArgs() {
    assertThat(find("""
        FROM --platform=$BUILDPLATFORM python:3.11-slim AS builder
        RUN --mount=type=cache,target=/root/.cache/pip pip install .
        RUN --network=none true
        COPY --link --chmod=755 run.sh /run.sh
        ADD --checksum=sha256:abc https://example.com/x /x
        COPY --parents src/*/app.py /app/
        RUN <<EOF
        echo hi
        EOF
        """)).containsExactly(
            "line 1: automatic platform argument $BUILDPLATFORM",
            "line 2: RUN --mount",
            "line 3: RUN --network",
            "line 4: COPY --link",
            "line 4: COPY --chmod",
            "line 5: ADD --checksum",
            "line 6: COPY --parents",
            "line 7: heredoc in RUN (<<EOF)");
  }

  @Test
  void aClassicDockerfileNeedsNothing() {
    assertThat(find("""
        FROM python:3.11-slim AS builder
        RUN python -m venv /opt/venv && echo "--mount is only text here" <<< x
        COPY --from=builder --chown=app:app /opt/venv /opt/venv
        ADD --chown=1000 app.tar.gz /srv/
        HEALTHCHECK --interval=5s CMD ["python", "-c", "print(1)"]
        CMD ["python3"]
        """)).isEmpty();
  }

  @Test
  void aFlagOnAContinuationLineIsReportedAtItsLine() {
    assertThat(find("""
        FROM python:3.11-slim
        RUN \\
          --mount=type=cache,target=/root/.cache/pip \\
          pip install .
        COPY --chown=app \\
          --link . /srv
        """)).containsExactly("line 3: RUN --mount", "line 6: COPY --link");
  }

  @Test
  void heredocLookalikesAreNotHeredocs() {
    // BuildKit reads heredocs only from whole words of a shell-form RUN/COPY/ADD.
    assertThat(find("""
        FROM python:3.11-slim
        RUN echo "a <<EOF" && cat <<< x
        RUN ["sh", "-c", "cat <<EOF"]
        RUN echo --mount=type=cache is an argument here
        """)).isEmpty();
  }

  @Test
  void heredocsAndFlagsCountInLowerCaseAndAfterBacktickContinuations() {
    assertThat(find("""
        # escape=`
        from python:3.11-slim
        run `
          --mount=type=secret,id=x cat /run/secrets/x
        copy <<-"CONF" /etc/app.conf
        	key=value
        	CONF
        """)).containsExactly("line 4: RUN --mount", "line 5: heredoc in COPY (<<CONF)");
  }
}
