package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.config.LabelType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** DL3054: a label the {@code label-schema} types {@code spdx} is not an SPDX license id. */
@RuleSpec(
    code = "DL3054",
    name = "LabelNotSpdx",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Label `<label>` is not a valid SPDX identifier.",
    rationale = "License scanners and registries read `org.opencontainers.image.licenses` as an"
        + " SPDX license identifier (`MIT`, `Apache-2.0`, `BSD-3-Clause`); free text such as"
        + " `Apache 2` cannot be matched to a license. As in hadolint, the value must be one"
        + " identifier of the SPDX License List (deprecated ones included, case ignored), not an"
        + " expression. Checked for the labels the configuration's `label-schema` declares as"
        + " `spdx`.",
    bad = "# label-schema: {org.opencontainers.image.licenses: spdx}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=\"Apache 2\"\n",
    good = "# label-schema: {org.opencontainers.image.licenses: spdx}\n"
        + "FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=\"Apache-2.0\"\n",
    exampleConfig = "label-schema:\n  org.opencontainers.image.licenses: spdx\n")
public final class LabelNotSpdx implements Rule {

  private static final Set<String> IDS = load();

  @Override
  public void check(RuleContext context) {
    LabelSchema.checkValues(context, LabelType.SPDX, LabelNotSpdx::isLicenseId,
        "is not a valid SPDX identifier");
  }

  static boolean isLicenseId(String value) {
    return IDS.contains(value.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = LabelNotSpdx.class.getResourceAsStream("spdx-license-ids.txt")) {
      if (in == null) {
        throw new IllegalStateException("spdx-license-ids.txt missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
