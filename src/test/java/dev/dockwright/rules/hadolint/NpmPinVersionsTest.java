package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class NpmPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new NpmPinVersions());

  @Test
  void unpinnedPackagesAreReported() {
    tester.check("""
        FROM node:22-slim
        # expect: DL3016 "`express`"
        RUN npm install express
        # expect: DL3016 "`@myorg/privatepackage`"
        RUN npm install @myorg/privatepackage
        # expect: DL3016 "`express`"
        RUN npm install express sax@0.1.1
        # expect: DL3016
        RUN npm install --global express
        # expect: DL3016
        RUN npm install git+https://isaacs@github.com/npm/npm.git
        # expect: DL3016
        RUN npm install --registry=https://example.com express
        # expect: DL3016
        ONBUILD RUN npm install express
        # expect: DL3016 "`pm2`"
        RUN npm i -g pm2
        """);
  }

  @Test
  void versionsTagsCommitsTarballsAndFoldersAreFine() {
    tester.checkClean("""
        FROM node:22-slim
        RUN npm install
        RUN npm install --progress=false
        RUN npm install express@4.1.1 @myorg/privatepackage@">=0.1.0 <0.2.0"
        RUN npm install -g express@"4.1.1"
        RUN npm install package-v1.2.3.tgz ./folder ../folder ~/folder /folder
        RUN npm install git://github.com/npm/npm.git#v1.0.27
        RUN npm run --crazy install
        RUN npm install --loglevel verbose --registry https://example.com sax@0.1.1
        """);
  }
}
