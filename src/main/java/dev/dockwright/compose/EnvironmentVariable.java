package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.Optional;

/**
 * One variable of a service's {@code environment}, from the mapping form ({@code KEY: value}) or
 * the list form ({@code - KEY=value}).
 *
 * @param name the variable
 * @param nameRange where the name is
 * @param value its value and where it is; empty when the file leaves it to the environment
 *     ({@code KEY:} with no value, {@code - KEY})
 */
public record EnvironmentVariable(String name, Range nameRange, Optional<Scalar> value) {}
