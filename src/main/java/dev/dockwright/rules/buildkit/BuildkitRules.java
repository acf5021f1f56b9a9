package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Rule;
import java.util.List;

/**
 * The registration list of BuildKit's build checks ({@code docker build --check}) under
 * BuildKit's names, in the order of BuildKit's rule set. {@code # check=} directives apply to them
 * as in BuildKit (see {@link dev.dockwright.lint.Linter}); {@link BuildkitCheck} runs them the way
 * the check request does, build errors included.
 */
public final class BuildkitRules {
  private BuildkitRules() {}

  public static List<Rule> all() {
    return List.of(
        new StageNameCasing(),
        new FromAsCasing(),
        new NoEmptyContinuation(),
        new ConsistentInstructionCasing(),
        new DuplicateStageName(),
        new ReservedStageName(),
        new JSONArgsRecommended(),
        new MaintainerDeprecated(),
        new UndefinedArgInFrom(),
        new WorkdirRelativePath(),
        new UndefinedVar(),
        new MultipleInstructionsDisallowed(),
        new LegacyKeyValueFormat(),
        new InvalidBaseImagePlatform(),
        new RedundantTargetPlatform(),
        new SecretsUsedInArgOrEnv(),
        new InvalidDefaultArgInFrom(),
        new FromPlatformFlagConstDisallowed(),
        new CopyIgnoredFile(),
        new InvalidDefinitionDescription(),
        new ExposeProtoCasing(),
        new ExposeInvalidFormat());
  }
}
