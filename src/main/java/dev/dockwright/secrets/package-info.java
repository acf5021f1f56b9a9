/**
 * Recognising and redacting secrets in text ({@link dev.dockwright.secrets.SecretPatterns}): a
 * leaf that both the lint rules (Dockerfile ENV/ARG/LABEL values, Compose environments) and image
 * verification (env, labels, history, files) build on, so neither reaches into the other and both
 * recognise the same secrets.
 */
package dev.dockwright.secrets;
