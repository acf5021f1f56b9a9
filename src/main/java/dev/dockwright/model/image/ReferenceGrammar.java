package dev.dockwright.model.image;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a string is an image reference Docker accepts: the grammar of
 * {@code github.com/distribution/reference} behind {@code ParseNormalizedNamed}, which BuildKit
 * applies to every {@code FROM} (after variable expansion). Unlike {@link ImageRef#parse}, which
 * splits anything, this says no, with the library's message.
 *
 * <pre>{@code
 * ReferenceGrammar.check("python:3.12-slim");  // empty: valid
 * ReferenceGrammar.check("busybox:");          // "invalid reference format"
 * ReferenceGrammar.check("Python");            // "invalid reference format: repository name (library/Python) must be lowercase"
 * }</pre>
 */
public final class ReferenceGrammar {

  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
  private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
  private static final String DOMAIN_AND_PORT = "(?:" + DOMAIN_NAME + "|" + IPV6 + ")(?::[0-9]+)?";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
  private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final String NAME = "(?:" + DOMAIN_AND_PORT + "/)?" + REMOTE_NAME;
  private static final Pattern REFERENCE =
      Pattern.compile("^(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?$");
  private static final Pattern ANCHORED_NAME =
      Pattern.compile("^(?:(" + DOMAIN_AND_PORT + ")/)?(" + REMOTE_NAME + ")$");
  private static final Pattern IDENTIFIER = Pattern.compile("^([a-f0-9]{64})$");
  private static final int NAME_TOTAL_LENGTH_MAX = 255;

  private ReferenceGrammar() {}

  public static boolean isValid(String reference) {
    return check(reference).isEmpty();
  }

  /** Why {@code ParseNormalizedNamed} rejects {@code reference}, or empty when it accepts it. */
  public static Optional<String> check(String reference) {
    if (IDENTIFIER.matcher(reference).matches()) {
      return Optional.of("invalid repository name (" + reference
          + "), cannot specify 64-byte hexadecimal strings");
    }
    String[] split = splitDockerDomain(reference);
    String remainder = split[1];
    int tagSep = remainder.indexOf(':');
    String remote = tagSep >= 0 ? remainder.substring(0, tagSep) : remainder;
    if (!remote.toLowerCase(java.util.Locale.ROOT).equals(remote)) {
      return Optional.of("invalid reference format: repository name (" + remote
          + ") must be lowercase");
    }
    return parse(split[0] + "/" + remainder);
  }

  /** {@code reference.Parse}. */
  private static Optional<String> parse(String s) {
    Matcher m = REFERENCE.matcher(s);
    if (!m.matches()) {
      if (s.isEmpty()) {
        return Optional.of("repository name must have at least one component");
      }
      if (REFERENCE.matcher(s.toLowerCase(java.util.Locale.ROOT)).matches()) {
        return Optional.of("repository name must be lowercase");
      }
      return Optional.of("invalid reference format");
    }
    Matcher name = ANCHORED_NAME.matcher(m.group(1));
    String path = name.matches() ? name.group(2) : m.group(1);
    if (path.length() > NAME_TOTAL_LENGTH_MAX) {
      return Optional.of("repository name must not be more than " + NAME_TOTAL_LENGTH_MAX
          + " characters");
    }
    if (m.group(3) != null) {
      return checkDigest(m.group(3));
    }
    return Optional.empty();
  }

  /** go-digest's {@code Validate} for the algorithms it knows. */
  private static Optional<String> checkDigest(String digest) {
    int colon = digest.indexOf(':');
    String algorithm = digest.substring(0, colon);
    String encoded = digest.substring(colon + 1);
    int length = switch (algorithm) {
      case "sha256" -> 64;
      case "sha384" -> 96;
      case "sha512" -> 128;
      default -> -1;
    };
    if (length < 0) {
      return Optional.of("unsupported digest algorithm");
    }
    if (encoded.length() != length) {
      return Optional.of("invalid checksum digest length");
    }
    if (!encoded.matches("[a-f0-9]+")) {
      return Optional.of("invalid checksum digest format");
    }
    return Optional.empty();
  }

  /** {@code splitDockerDomain}: {domain, remainder}, Docker Hub names under {@code library/}. */
  private static String[] splitDockerDomain(String name) {
    int slash = name.indexOf('/');
    if (slash < 0) {
      return new String[] {"docker.io", "library/" + name};
    }
    String maybeDomain = name.substring(0, slash);
    String maybeRemote = name.substring(slash + 1);
    String domain;
    String remote;
    if (maybeDomain.equals("localhost")) {
      domain = maybeDomain;
      remote = maybeRemote;
    } else if (maybeDomain.equals("index.docker.io")) {
      domain = "docker.io";
      remote = maybeRemote;
    } else if (maybeDomain.contains(".") || maybeDomain.contains(":")
        || !maybeDomain.toLowerCase(java.util.Locale.ROOT).equals(maybeDomain)) {
      domain = maybeDomain;
      remote = maybeRemote;
    } else {
      domain = "docker.io";
      remote = name;
    }
    if (domain.equals("docker.io") && remote.indexOf('/') < 0) {
      remote = "library/" + remote;
    }
    return new String[] {domain, remote};
  }
}
