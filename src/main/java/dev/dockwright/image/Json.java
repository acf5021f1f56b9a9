package dev.dockwright.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** Reading the small JSON documents of image formats, with errors that name the archive. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long MAX_DOCUMENT = 16L << 20;

  private Json() {}

  static JsonNode read(ArchiveFiles files, String path, ImageSource source) throws IOException {
    try (InputStream in = files.open(path)) {
      byte[] bytes = in.readNBytes((int) MAX_DOCUMENT + 1);
      if (bytes.length > MAX_DOCUMENT) {
        throw new UserException(source + ": " + path + " is larger than 16 MiB: not an image document");
      }
      return MAPPER.readTree(bytes);
    } catch (NoSuchFileException e) {
      throw new UserException(source + ": " + path + " is missing from the archive");
    } catch (JsonProcessingException e) {
      throw new UserException(source + ": " + path + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
