package dev.dockwright.testing;

import dev.dockwright.engine.EngineKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (class or method) that runs against a real container engine. When the engine does
 * not answer, the test is skipped with the reason, unless {@code DOCKWRIGHT_REQUIRE_ENGINE=1} (CI
 * sets it): then it fails, so a CI machine without a working engine cannot pass by skipping.
 * Test methods may take an {@link dev.dockwright.engine.Engine} parameter: a shared connection.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineExtension.class)
@Tag("engine")
public @interface RequiresEngine {
  /** The engine the test needs; the host comes from the environment as for the CLI. */
  EngineKind value() default EngineKind.DOCKER;
}
