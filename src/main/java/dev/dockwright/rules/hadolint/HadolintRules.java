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
        new UseCopyNotAdd(), // DL3020
        new MultiSourceCopyDestination(), // DL3021
        new CopyFromUnknownStage(), // DL3022
        new CopyFromOwnStage(), // DL3023
        new DuplicateStageAlias(), // DL3024
        new ExecFormCommand(), // DL3025
        new UntrustedRegistry(), // DL3026
        new NoApt(), // DL3027
        new GemPinVersions(), // DL3028
        new FromPlatformFlag(), // DL3029
        new YumAssumeYes(), // DL3030
        new YumCleanAll(), // DL3032
        new YumPinVersions(), // DL3033
        new ZypperNonInteractive(), // DL3034
        new NoZypperDistUpgrade(), // DL3035
        new ZypperClean(), // DL3036
        new ZypperPinVersions(), // DL3037
        new DnfAssumeYes(), // DL3038
        new DnfCleanAll(), // DL3040
        new DnfPinVersions(), // DL3041
        new PipNoCacheDir(), // DL3042
        new OnbuildForbiddenTrigger(), // DL3043
        new EnvSelfReference(), // DL3044
        new CopyRelativeWithoutWorkdir(), // DL3045
        new UseraddHighUid(), // DL3046
        new WgetWithoutProgress(), // DL3047
        new InvalidLabelKey(), // DL3048
        new MissingLabel(), // DL3049
        new SuperfluousLabel(), // DL3050
        new EmptyLabel(), // DL3051
        new LabelNotUrl(), // DL3052
        new LabelNotRfc3339(), // DL3053
        new LabelNotSpdx(), // DL3054
        new LabelNotGitHash(), // DL3055
        new LabelNotSemver(), // DL3056
        new MissingHealthcheck(), // DL3057
        new LabelNotEmail(), // DL3058
        new ConsecutiveRuns(), // DL3059
        new YarnCacheNotCleaned(), // DL3060
        new InstructionBeforeFrom(), // DL3061
        new GoPinVersions(), // DL3062
        new ReservedStageAlias(), // DL3063
        new SensitiveArgOrEnv(), // DL3064
        new RedundantPlatformFlag(), // DL3065
        new NonNumericUser(), // DL3066
        new CopyWholeFilesystem(), // DL3067
        new DeprecatedMaintainer(), // DL4000
        new WgetAndCurl(), // DL4001
        new MultipleCmds(), // DL4003
        new MultipleEntrypoints(), // DL4004
        new ShellViaSymlink(), // DL4005
        new PipefailMissing() // DL4006
    );
  }
}
