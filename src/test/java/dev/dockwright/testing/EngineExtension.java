package dev.dockwright.testing;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineException;
import dev.dockwright.engine.EngineKind;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** Connects once per engine kind for the whole run; see {@link RequiresEngine}. */
final class EngineExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  static final String REQUIRE_ENV = "DOCKWRIGHT_REQUIRE_ENGINE";

  /** Connection or the reason there is none, per kind; engines outlive single tests. */
  private static final Map<EngineKind, Object> CONNECTIONS = new ConcurrentHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getTestClass().ifPresent(c -> check(kindOf(c)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    check(kind(context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Engine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return check(kind(context));
  }

  /** The engine of the running test, for other extensions of this package. */
  static Engine engine(ExtensionContext context) {
    return check(kind(context));
  }

  static boolean required() {
    return "1".equals(System.getenv(REQUIRE_ENV)) || "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
  }

  private static Engine check(EngineKind kind) {
    Object state = CONNECTIONS.computeIfAbsent(kind, k -> {
      try {
        Engine engine = Engine.connect(k);
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        return engine;
      } catch (EngineException e) {
        return e.getMessage();
      }
    });
    if (state instanceof Engine engine) {
      return engine;
    }
    String why = (String) state;
    if (required()) {
      Assertions.fail(REQUIRE_ENV + " is set but the engine test cannot run: " + why);
    }
    Assumptions.abort("no " + kind.displayName() + " engine (" + why + "); set " + REQUIRE_ENV
        + "=1 to make this a failure");
    throw new AssertionError("unreachable");
  }

  private static EngineKind kind(ExtensionContext context) {
    Optional<AnnotatedElement> method = context.getTestMethod().map(m -> m);
    Optional<RequiresEngine> onMethod = method.flatMap(m -> AnnotationSupport.findAnnotation(m, RequiresEngine.class));
    if (onMethod.isPresent()) {
      return onMethod.get().value();
    }
    return context.getTestClass().map(EngineExtension::kindOf).orElse(EngineKind.DOCKER);
  }

  private static EngineKind kindOf(Class<?> c) {
    return AnnotationSupport.findAnnotation(c, RequiresEngine.class).map(RequiresEngine::value)
        .orElse(EngineKind.DOCKER);
  }
}
