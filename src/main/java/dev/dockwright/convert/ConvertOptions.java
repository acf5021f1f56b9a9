package dev.dockwright.convert;

import dev.dockwright.generate.Target;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What to change: the stage layout, the platform, or both (the layout first).
 *
 * @param layout {@code --to}; empty keeps the layout
 * @param target {@code --target}; empty keeps port, user and health check as they are
 * @param port the port to listen on instead of the target's default (a Space's {@code app_port})
 */
public record ConvertOptions(Optional<Layout> layout, Optional<Target> target, OptionalInt port) {

  public static ConvertOptions to(Layout layout) {
    return new ConvertOptions(Optional.of(layout), Optional.empty(), OptionalInt.empty());
  }

  public static ConvertOptions target(Target target) {
    return new ConvertOptions(Optional.empty(), Optional.of(target), OptionalInt.empty());
  }

  public ConvertOptions withLayout(Layout l) {
    return new ConvertOptions(Optional.ofNullable(l), target, port);
  }

  public ConvertOptions withTarget(Target t) {
    return new ConvertOptions(layout, Optional.ofNullable(t), port);
  }

  public ConvertOptions withPort(int p) {
    return new ConvertOptions(layout, target, OptionalInt.of(p));
  }

  public boolean isEmpty() {
    return layout.isEmpty() && target.isEmpty();
  }
}
