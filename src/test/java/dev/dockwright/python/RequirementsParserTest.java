package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequirementsParserTest {

  @Test
  void pep508NamesExtrasSpecifiersMarkersAndUrls() {
    Requirement r = Requirement.parse("Uvicorn[standard, other] >=0.30,<1 ; python_version >= '3.9'");
    assertThat(r.name()).isEqualTo("Uvicorn");
    assertThat(r.normalizedName()).isEqualTo("uvicorn");
    assertThat(r.extras()).containsExactly("standard", "other");
    assertThat(r.specifier()).isEqualTo(">=0.30,<1");
    assertThat(r.marker()).isEqualTo("python_version >= '3.9'");

    Requirement u = Requirement.parse("pkg @ https://example.com/pkg-1.0.whl");
    assertThat(u.url()).isEqualTo("https://example.com/pkg-1.0.whl");
    assertThat(Requirement.parse("Zope.Interface_x (>=1.0)").normalizedName())
        .isEqualTo("zope-interface-x");
    assertThat(Requirement.parse("flask==3.*").specifier()).isEqualTo("==3.*");
  }

  @Test
  void pep508RejectsWithAColumn() {
    assertThatThrownBy(() -> Requirement.parse("flask >= "))
        .isInstanceOf(Pep508.SyntaxError.class).hasMessageContaining("version");
    assertThatThrownBy(() -> Requirement.parse("flask[extra"))
        .isInstanceOf(Pep508.SyntaxError.class);
    assertThatThrownBy(() -> Requirement.parse("flask ; (python_version"))
        .isInstanceOf(Pep508.SyntaxError.class);
    try {
      Requirement.parse("fla$k");
    } catch (Pep508.SyntaxError e) {
      assertThat(e.column()).isEqualTo(4);
    }
  }

  @Test
  void readsLinesLikePip() {
    RequirementsFile f = RequirementsParser.parse("requirements.txt", """
        # comment
        -r base.txt
        --requirement=extra.txt
        -c constraints.txt
        -e .
        --index-url https://example.com/simple
        --no-index
        fastapi[standard]==0.115.0 \\
            --hash=sha256:abc \\
            --hash=sha256:def
        gunicorn>=22 ; sys_platform != "win32"   # trailing comment
        git+https://github.com/x/y.git#egg=y
        ./vendor/pkg
        requests#notacomment
        """);
    assertThat(f.includes()).containsExactly("base.txt", "extra.txt");
    assertThat(f.constraints()).containsExactly("constraints.txt");
    assertThat(f.editables()).containsExactly(".");
    assertThat(f.installsProject()).isTrue();
    assertThat(f.options()).containsExactly("--index-url https://example.com/simple", "--no-index");
    assertThat(f.hashes()).isTrue();
    assertThat(f.requirements()).extracting(l -> l.value().normalizedName())
        .containsExactly("fastapi", "gunicorn");
    assertThat(f.requirements().get(0).line()).isEqualTo(8);
    assertThat(f.requirements().get(1).value().marker()).isEqualTo("sys_platform != \"win32\"");
    assertThat(f.localPaths()).containsExactly("git+https://github.com/x/y.git#egg=y",
        "./vendor/pkg");
    // pip only treats '#' as a comment after white space: this line is a bad requirement.
    assertThat(f.problems()).singleElement().asString().startsWith("requirements.txt:14:");
  }

  @Test
  void badLinesAreReportedWithLineAndColumn() {
    RequirementsFile f = RequirementsParser.parse("req.txt", "flask\n  django >=\n--bogus x\n-r\n");
    assertThat(f.requirements()).hasSize(1);
    assertThat(f.problems()).containsExactly(
        "req.txt:2:12: expected a version after '>='",
        "req.txt:3:1: unknown option --bogus",
        "req.txt:4:1: option -r needs a value");
  }

  @Test
  void projectInstallsAreRecognised() {
    assertThat(RequirementsParser.parse("r", ".[server]\n").installsProject()).isTrue();
    assertThat(RequirementsParser.parse("r", "-e ./\n").installsProject()).isTrue();
    assertThat(RequirementsParser.parse("r", "-e ./lib\n").installsProject()).isFalse();
    assertThat(RequirementsParser.parse("r", "flask\n").installsProject()).isFalse();
  }
}
