package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.config.LabelType;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the label-schema rules (DL3051-DL3058) share: a label named in the configured
 * {@code label-schema} with a given type must have a value of that format. Labels outside the
 * schema and values only known at build time are not checked.
 */
final class LabelSchema {

  private LabelSchema() {}

  /**
   * Reports every LABEL pair whose key the schema gives {@code type} and whose known value
   * fails {@code valid}, with the message "Label `key` {@code problem}.".
   */
  static void checkValues(RuleContext context, LabelType type, Predicate<String> valid,
      String problem) {
    Map<String, LabelType> schema = context.config().labelSchema();
    if (!schema.containsValue(type)) {
      return;
    }
    for (Labels.Pair p : Labels.all(context.model())) {
      if (schema.get(p.key()) == type && p.value().isPresent() && !valid.test(p.value().get())) {
        context.report(p.pair().range(), "Label `" + p.key() + "` " + problem + ".");
      }
    }
  }
}
