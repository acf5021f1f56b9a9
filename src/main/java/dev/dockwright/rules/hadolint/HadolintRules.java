package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Rule;
import java.util.List;

/** The registration list of hadolint's rules under hadolint's codes (DLxxxx), so existing ignore lists keep working. One line per rule, in code order. */
public final class HadolintRules {
  private HadolintRules() {}

  public static List<Rule> all() {
    return List.of(
        new InlineIgnorePragma(), // DL1001
        new AbsoluteWorkdir(), // DL3000
        new PointlessCommandInRun(), // DL3001
        new LastUserRoot(), // DL3002
        new UseWorkdir(), // DL3003
        new NoSudo(), // DL3004
        new UntaggedImage(), // DL3006
        new LatestTag(), // DL3007
        new AptGetPinVersions(), // DL3008
        new AptListsNotDeleted(), // DL3009
        new UseAddToExtract(), // DL3010
        new InvalidPort(), // DL3011
        new MultipleHealthchecks(), // DL3012
        new PipPinVersions(), // DL3013
        new AptGetAssumeYes(), // DL3014
        new AptGetNoInstallRecommends(), // DL3015
        new NpmPinVersions(), // DL3016
        new ApkPinVersions(), // DL3018
        new ApkNoCache(), // DL3019
        new UseCopyNotAdd() // DL3020
    );
  }
}
