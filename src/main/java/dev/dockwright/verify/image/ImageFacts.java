package dev.dockwright.verify.image;

import dev.dockwright.image.Image;
import java.util.List;
import java.util.Optional;

/**
 * What the checks look at: the opened image plus what was gathered while its layers streamed (the
 * secret findings, when the secret check asked for them).
 */
record ImageFacts(Image image, Optional<List<SecretScanner.FileFinding>> fileSecrets) {}
