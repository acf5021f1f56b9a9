/**
 * Recognising and redacting secrets: in text by their shape ({@link
 * dev.dockwright.secrets.SecretPatterns}), in a {@code NAME=value} pair by a secret-sounding name
 * ({@link dev.dockwright.secrets.SecretNames}) with a value that could be a secret ({@link
 * dev.dockwright.secrets.SecretValues}, which leaves out {@link dev.dockwright.secrets.Placeholders}).
 * A leaf that both the lint rules (Dockerfile ENV/ARG/LABEL values, Compose environments) and image
 * verification (env, labels, history, files) build on, so neither reaches into the other and both
 * recognise the same secrets.
 */
package dev.dockwright.secrets;
