package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * A pretty-printing Jackson streaming generator over the report's writer. Streaming, not
 * ObjectMapper: the CLI's start-up time matters and the reports are write-only.
 */
final class Json {

  private Json() {}

  static JsonGenerator generator(PrintWriter out) {
    try {
      JsonGenerator json = new JsonFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
