package dev.dockwright.rules.buildkit;

import java.util.Map;

/**
 * The order in which BuildKit's check request does its work ({@code toDispatchState}). A build
 * error stops it, so only the warnings of earlier phases, and of the failing phase up to the
 * failing instruction, are reported with the error.
 */
enum Phase {
  /** Parsing; a parse error leaves no warning at all. */
  PARSE,
  /** The parser's empty-continuation warnings. */
  PARSE_WARNINGS,
  /** Typing each instruction ({@code instructions.Parse}), in file order. */
  INSTRUCTIONS,
  /** Checks over all stages: names, keyword casing. */
  VALIDATE,
  /** FROM lines against ARG defaults only. */
  DEFAULT_ARGS,
  /** Evaluating the global ARGs. */
  META_ARGS,
  /** Each FROM's base and platform, in file order. */
  STAGES,
  /** {@code --target}, stage graph ({@code COPY --from}). */
  GRAPH,
  /** Resolving base images. */
  BASE_IMAGES,
  /** Running each stage's instructions, in file order. */
  DISPATCH,
  /** After everything: {@code error=true} turns warnings into a failure. */
  FINAL;

  private static final Map<String, Phase> RULES = Map.ofEntries(
      Map.entry("NoEmptyContinuation", PARSE_WARNINGS),
      Map.entry("MaintainerDeprecated", INSTRUCTIONS),
      Map.entry("StageNameCasing", INSTRUCTIONS),
      Map.entry("FromAsCasing", INSTRUCTIONS),
      Map.entry("InvalidDefinitionDescription", INSTRUCTIONS),
      Map.entry("ReservedStageName", VALIDATE),
      Map.entry("DuplicateStageName", VALIDATE),
      Map.entry("ConsistentInstructionCasing", VALIDATE),
      Map.entry("InvalidDefaultArgInFrom", DEFAULT_ARGS),
      Map.entry("UndefinedArgInFrom", STAGES),
      Map.entry("RedundantTargetPlatform", STAGES),
      Map.entry("FromPlatformFlagConstDisallowed", STAGES),
      Map.entry("InvalidBaseImagePlatform", BASE_IMAGES));

  /** The phase a BuildKit check reports in; everything else is reported while dispatching. */
  static Phase of(String rule) {
    return RULES.getOrDefault(rule, DISPATCH);
  }
}
