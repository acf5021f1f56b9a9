package dev.dockwright.verify.image;

import dev.dockwright.verify.CheckResult;
import java.util.List;

/** One static check of an image: reads the config, layers or merged filesystem, never a container. */
interface ImageCheck {
  List<CheckResult> run(ImageFacts facts);
}
