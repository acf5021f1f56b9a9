package dev.dockwright.verify.spec;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code image:} section: checks read from the image config and layers, no container needed.
 * An empty optional means the check does not run. {@link #defaults()} is what runs when a spec
 * does not mention a check; a spec turns a check off with {@code false}.
 *
 * @param size disk size budget; no default
 * @param nonRoot the configured USER must not be root (empty, {@code root}, uid 0)
 * @param user the exact USER expected (e.g. {@code "1000"} for Hugging Face Spaces); no default
 * @param ports exposed ports expected; no default
 * @param env env vars present, absent or equal
 * @param healthcheck a HEALTHCHECK must be defined, with timing limits
 * @param labels required labels and no placeholder values
 * @param execForm ENTRYPOINT and CMD in exec form (PID 1 is the app, so it gets SIGTERM)
 * @param files paths that must exist (with type, mode, owner) or be absent
 * @param noBuildTools no compilers, headers or package caches left in the final image
 * @param secrets no secrets in env, build history or layer files
 * @param efficiency layer efficiency limits (bytes written then removed or overwritten)
 */
public record ImageSpec(
    Optional<SizeLimit> size,
    boolean nonRoot,
    Optional<String> user,
    Optional<Ports> ports,
    Env env,
    Optional<HealthcheckLimits> healthcheck,
    Optional<Labels> labels,
    boolean execForm,
    List<FileExpectation> files,
    boolean noBuildTools,
    Optional<Secrets> secrets,
    Optional<Efficiency> efficiency) {

  public ImageSpec {
    files = List.copyOf(files);
  }

  /** What runs with no spec, or for the checks a spec leaves out. */
  public static ImageSpec defaults() {
    return new ImageSpec(Optional.empty(), true, Optional.empty(), Optional.empty(), Env.NONE,
        Optional.of(HealthcheckLimits.NONE), Optional.of(Labels.DEFAULT), true, List.of(), true,
        Optional.of(Secrets.DEFAULT), Optional.of(Efficiency.DIVE_DEFAULTS));
  }

  public enum SizeMeasure {
    /** Sum of file bytes over all layers: what {@code docker images} shows. */
    UNCOMPRESSED,
    /** Sum of the compressed layer blobs: what a registry stores and a pull downloads. */
    COMPRESSED
  }

  public record SizeLimit(long maxBytes, SizeMeasure measure) {}

  /**
   * @param expose ports in {@code 8000/tcp} form (a bare number means tcp)
   * @param only no other port may be exposed (equality instead of containment)
   */
  public record Ports(List<String> expose, boolean only) {
    public Ports {
      expose = List.copyOf(expose);
    }
  }

  public record Env(List<String> present, List<String> absent, Map<String, String> equals) {
    public static final Env NONE = new Env(List.of(), List.of(), Map.of());

    public Env {
      present = List.copyOf(present);
      absent = List.copyOf(absent);
      equals = Map.copyOf(equals);
    }

    public boolean isEmpty() {
      return present.isEmpty() && absent.isEmpty() && equals.isEmpty();
    }
  }

  /** Upper limits on the HEALTHCHECK timing, with Docker's defaults applied to unset fields. */
  public record HealthcheckLimits(
      Optional<Duration> maxInterval,
      Optional<Duration> maxTimeout,
      Optional<Duration> maxStartPeriod,
      OptionalInt maxRetries) {
    public static final HealthcheckLimits NONE = new HealthcheckLimits(
        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  /**
   * @param required keys that must be present with a non-empty value
   * @param noPlaceholders no label value may look like a template leftover ({@code your-org},
   *     {@code changeme}, {@code TODO}, {@code example.com}, ...)
   * @param ignore label keys exempt from the placeholder check (e.g. from a base image)
   */
  public record Labels(List<String> required, boolean noPlaceholders, List<String> ignore) {
    public static final Labels DEFAULT = new Labels(List.of(), true, List.of());

    public Labels {
      required = List.copyOf(required);
      ignore = List.copyOf(ignore);
    }
  }

  public enum FileType { FILE, DIRECTORY, SYMLINK }

  /**
   * @param exists false: the path must not exist
   * @param mode permission bits (e.g. 0755), compared exactly
   */
  public record FileExpectation(
      String path, boolean exists, Optional<FileType> type, OptionalInt mode, OptionalInt uid, OptionalInt gid) {}

  /**
   * @param maxFileBytes text files larger than this are not scanned
   * @param ignorePaths globs ({@code /usr/lib/python3*}{@code /test/**}) of files not to scan
   */
  public record Secrets(long maxFileBytes, List<String> ignorePaths) {
    public static final Secrets DEFAULT = new Secrets(512 * 1024, List.of());

    public Secrets {
      ignorePaths = List.copyOf(ignorePaths);
    }
  }

  /**
   * Thresholds in the manner of dive's CI rules.
   *
   * @param minScore lowest efficiency score, 0 to 1 (dive's {@code lowest-efficiency}, 0.9)
   * @param maxWastedBytes highest wasted bytes (dive's {@code highest-wasted-bytes}, off)
   * @param maxUserWastedRatio highest wasted share of the non-base layers (dive's
   *     {@code highest-user-wasted-percent}, 0.1)
   */
  public record Efficiency(OptionalDouble minScore, OptionalLong maxWastedBytes, OptionalDouble maxUserWastedRatio) {
    public static final Efficiency DIVE_DEFAULTS =
        new Efficiency(OptionalDouble.of(0.9), OptionalLong.empty(), OptionalDouble.of(0.1));
  }
}
