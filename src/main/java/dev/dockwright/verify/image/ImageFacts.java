package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import java.util.Optional;

/**
 * What the checks look at: the opened image plus what was gathered while its layers streamed (the
 * secret scan of layer files, when the secret check asked for it).
 */
record ImageFacts(Image image, Optional<SecretScanner> fileSecrets) {}
