package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class GemPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new GemPinVersions());

  @Test
  void unpinnedGemsAreReported() {
    tester.check("""
        FROM ruby:3.3-slim
        # expect: DL3028 "bundler"
        RUN gem i bundler
        # expect: DL3028 "nokogiri"
        RUN gem i bundler:1 nokogiri
        # expect: DL3028
        RUN gem install bundler
        # expect: DL3028
        ONBUILD RUN gem install bundler
        """);
  }

  @Test
  void pinsVersionFlagsAndBuildArgumentsAreFine() {
    tester.checkClean("""
        FROM ruby:3.3-slim
        RUN gem i bundler:1
        RUN gem i bunlder:1 nokogirii:1
        RUN gem install bundler -v '2.0.1'
        RUN gem install bundler --version '2.0.1'
        RUN gem install bundler --version='2.0.1'
        RUN gem install bundler:2.0.1 -- --use-system-libraries=true
        RUN gem install bundler:2.0.1 -- --use-system-libraries true
        RUN gem install bundler:2.0.1 --use-system-libraries true
        RUN gem install bundler:2.0.1 --use-system-libraries=true
        RUN gem install ./local.gem
        RUN gem update --system
        """);
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
