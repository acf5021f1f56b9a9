package dev.dockwright.verify.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.verify.spec.Durations;
import dev.dockwright.verify.spec.JsonPath;
import dev.dockwright.verify.spec.RuntimeSpec.HttpProbe;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP requests to the container's published port, and what they answered. */
final class HttpProbes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client;
  private final String base;

  /** @param base e.g. {@code http://127.0.0.1:49153} */
  HttpProbes(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(2))
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  String base() {
    return base;
  }

  /** An answer, or why there was none. */
  record Answer(int status, String body, Duration took, Optional<String> error) {
    boolean answered() {
      return error.isEmpty();
    }
  }

  Answer request(String method, String path, Duration timeout) {
    long t0 = System.nanoTime();
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path : "/" + path)))
          .method(method, HttpRequest.BodyPublishers.noBody())
          .timeout(timeout)
          .build();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), Duration.ofNanos(System.nanoTime() - t0), Optional.empty());
    } catch (HttpTimeoutException e) {
      return failed(t0, "no answer within " + Durations.format(timeout));
    } catch (ConnectException e) {
      return failed(t0, "connection refused");
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return failed(t0, msg.toLowerCase(java.util.Locale.ROOT).contains("eof") || msg.contains("closed")
          ? "connection closed without an answer" : msg);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(t0, "interrupted");
    }
  }

  private static Answer failed(long t0, String why) {
    return new Answer(0, "", Duration.ofNanos(System.nanoTime() - t0), Optional.of(why));
  }

  /** The mismatches of an answer against a probe's expectations; empty when it passes. */
  static List<String> mismatches(HttpProbe probe, Answer a) {
    List<String> out = new ArrayList<>();
    if (!a.answered()) {
      out.add(a.error().get());
      return out;
    }
    if (a.status() != probe.status()) {
      out.add("status " + a.status() + ", expected " + probe.status());
    }
    probe.bodyContains().ifPresent(s -> {
      if (!a.body().contains(s)) {
        out.add("body does not contain '" + s + "'");
      }
    });
    if (!probe.json().isEmpty()) {
      JsonNode doc;
      try {
        doc = JSON.readTree(a.body());
      } catch (IOException e) {
        out.add("body is not JSON");
        return out;
      }
      for (Map.Entry<JsonPath, JsonNode> e : probe.json().entrySet()) {
        Optional<JsonNode> v = e.getKey().read(doc);
        if (v.isEmpty()) {
          out.add(e.getKey() + " is missing");
        } else if (!JsonPath.sameValue(v.get(), e.getValue())) {
          out.add(e.getKey() + " is " + v.get() + ", expected " + e.getValue());
        }
      }
    }
    return out;
  }

  /** "200, body contains 'ok', $.status = "ok"". */
  static String expectation(HttpProbe probe) {
    StringBuilder sb = new StringBuilder(String.valueOf(probe.status()));
    probe.bodyContains().ifPresent(s -> sb.append(", body contains '").append(s).append('\''));
    probe.json().forEach((k, v) -> sb.append(", ").append(k).append(" = ").append(v));
    return sb.toString();
  }
}
