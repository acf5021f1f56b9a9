package dev.dockwright.rules.python;

import dev.dockwright.lint.Rule;
import java.util.List;

/** The registration list of dockwright's own rules (DWxxxx): cross-stage and Python-service checks no other linter has. One line per rule, in code order. */
public final class DockwrightRules {
  private DockwrightRules() {}

  public static List<Rule> all() {
    return List.of(
        new CopyFromMissingPath(),
        new EditableInstallNotShipped(),
        new CompilersInFinalImage(),
        new PackageCacheLeft(),
        new BuildToolsShipped(),
        new DependenciesAfterSourceCopy(),
        new RunsAsRoot(),
        new ShellFormServer(),
        new PlaceholderValues(),
        new SecretsInImage(),
        new TlsVerificationDisabled(),
        new RootOwnedWritablePath(),
        new MaskedBuildFailure(),
        new EchoEscapes(),
        new HealthcheckToolMissing(),
        new HealthcheckMissing(),
        new PythonUnbufferedNotSet(),
        new PythonBytecodeWritten(),
        new ServerBoundToLocalhost(),
        new DevelopmentServer(),
        new PortMismatch(),
        new StreamlitCorsXsrfConflict(),
        new PythonVersionDrift()
    );
  }
}
