package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class GoPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new GoPinVersions());

  @Test
  void modulesWithoutAVersion() {
    tester.check("""
        FROM golang:1.23
        # expect: DL3062 "`example.com/pkg`"
        RUN go install example.com/pkg
        # expect: DL3062 "`example.com/pkg@latest`"
        RUN go install example.com/pkg@latest
        # expect: DL3062
        RUN go get -tool foobar
        # expect: DL3062
        RUN go run example.com/pkg@none arg
        # expect: DL3062 "`b.com/y`"
        RUN go install -v a.com/x@v1.0.0 b.com/y
        """);
  }

  @Test
  void pinnedOrLocalPackagesAndProgramArgumentsAreFine() {
    tester.checkClean("""
        FROM golang:1.23
        RUN go install example.com/pkg@v1.2.3
        RUN go get -tool foobar@v1.2.3
        RUN go install . && go install ./cmd/app && go install /go/src/app
        RUN go run example.com/pkg@v1.2.3 --foo bar unpinned/arg
        RUN go run . serve
        RUN go build -o /app ./cmd/app
        RUN go mod download
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
