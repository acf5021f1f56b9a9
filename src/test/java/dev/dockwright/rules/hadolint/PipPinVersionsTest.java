package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class PipPinVersionsTest {

  private final RuleTester tester = RuleTester.of(new PipPinVersions());

  @Test
  void unpinnedPackagesAreReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3013 "`MySQL_python`"
        RUN pip install MySQL_python
        # expect: DL3013
        RUN pip3 install MySQL_python
        # expect: DL3013
        RUN python -m pip install example
        # expect: DL3013
        RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext
        # expect: DL3013 "`black`"
        RUN pipx install black
        # expect: DL3013 "`mypkg`"
        RUN pip install --root-user-action=ignore mypkg
        # expect: DL3013
        ONBUILD RUN pip install flask
        # expect: DL3013 "`flask`"
        RUN uv pip install --system flask
        """);
  }

  @Test
  void pinnedFilesRequirementsAndConstraintsAreFine() {
    tester.checkClean("""
        FROM python:3.12-slim
        RUN pip install MySQL_python==1.2.2 'alabaster>=0.7' 'b<1' 'c!=2' d~=1.2 e===1
        RUN pip install mypkg.whl mypkg.tar.gz foo/bar https://foo.bar/baz.zip
        RUN pip install -r requirements.txt && pip install --requirement requirements.txt
        RUN pip install .
        RUN pip install pykafka --constraint http://foo.bar.baz
        RUN pip install pykafka -c constraints.txt
        RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext
        RUN pip3 install --target /opt/yamllint --prefix /p --root /r yamllint==1.20.0
        RUN pip install --index-url https://eg.com/foo --extra-index-url https://ex.io/foo foobar==1.0.0
        RUN pip install --no-cache-dir --root-user-action ignore poetry==1.8.5
        RUN pipx install --python "$(which python)" "poetry==1.8.5"
        RUN pipenv install black
        RUN pip download flask
        """);
  }
}
