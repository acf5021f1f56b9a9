package dev.dockwright.verify.image;

import dev.dockwright.image.FileContentVisitor;
import dev.dockwright.image.LayerEntry;
import dev.dockwright.secrets.SecretKind;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.spec.ImageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Looks for secrets in the files of every layer while the image is read (a file deleted by a later
 * layer still ships in the image, so it counts). Text files up to a size cap are scanned for
 * secret shapes; configuration files, outside installed libraries, also for {@code name=value}
 * assignments; some files are findings by their name alone ({@code .env}, {@code id_rsa}).
 */
public final class SecretScanner implements FileContentVisitor {

  /**
   * @param line 1-based line of the match; 0 when the file itself is the finding
   */
  public record FileFinding(String path, int layer, SecretKind kind, int line) {}

  private static final int BINARY_PROBE = 8000;
  private static final Set<String> CONFIG_EXTENSIONS = Set.of(
      "env", "ini", "cfg", "conf", "cnf", "config", "properties", "toml", "yaml", "yml", "json", "sh",
      "bash", "py", "js", "ts", "rb", "php", "txt", "xml");
  private static final Set<String> CONFIG_NAMES = Set.of(
      ".netrc", ".npmrc", ".pypirc", ".git-credentials", "credentials", ".htpasswd", "config", ".pgpass");
  private static final Pattern DOTENV = Pattern.compile("\\.env(\\.[A-Za-z0-9_-]+)?");
  private static final Pattern DOTENV_TEMPLATE = Pattern.compile("(?i)\\.env\\.(example|sample|template|dist|defaults?|tmpl)");
  private static final Pattern SSH_KEY = Pattern.compile("id_(rsa|dsa|ecdsa|ed25519)(_sk)?");
  /** Installed libraries and docs: shape patterns only, assignments there are examples and tests. */
  private static final Pattern LIBRARY_PATH = Pattern.compile(
      "/usr/(share|include|lib|lib64|libexec)/.*|/usr/local/(lib|include|share)/.*|.*/(site|dist)-packages/.*|.*/node_modules/.*");

  /** Distribution files whose example settings look like assignments (openssl's {@code secret = pass:...}). */
  private static final Set<String> DISTRO_SAMPLES = Set.of("/etc/ssl/openssl.cnf");

  private final long maxBytes;
  private final Predicate<String> ignored;
  private final List<FileFinding> findings = new ArrayList<>();
  private long scannedFiles;
  private long scannedBytes;

  public SecretScanner(ImageSpec.Secrets spec) {
    this.maxBytes = spec.maxFileBytes();
    this.ignored = Globs.anyOf(spec.ignorePaths());
  }

  @Override
  public boolean wants(int layerIndex, LayerEntry entry) {
    if (ignored.test(entry.path())) return false;
    String name = baseName(entry.path());
    if (byName(name) != null) return true;
    return entry.size() > 0 && entry.size() <= maxBytes;
  }

  @Override
  public void visit(int layerIndex, LayerEntry entry, InputStream content) throws IOException {
    String name = baseName(entry.path());
    SecretKind named = byName(name);
    if (named != null) findings.add(new FileFinding(entry.path(), layerIndex, named, 0));
    if (entry.size() == 0 || entry.size() > maxBytes) return;
    byte[] bytes = content.readNBytes((int) entry.size());
    if (binary(bytes)) return;
    scannedFiles++;
    scannedBytes += bytes.length;
    // Latin-1 maps bytes one to one: patterns are ASCII, and no decoding can fail.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (SecretPatterns.Match m : SecretPatterns.find(text, configText(entry.path(), name))) {
      findings.add(new FileFinding(entry.path(), layerIndex, m.kind(), m.line()));
    }
  }

  public List<FileFinding> findings() {
    return List.copyOf(findings);
  }

  /** Text files whose content was scanned (binary and oversized files are not). */
  public long scannedFiles() {
    return scannedFiles;
  }

  public long scannedBytes() {
    return scannedBytes;
  }

  private static SecretKind byName(String name) {
    if (DOTENV.matcher(name).matches() && !DOTENV_TEMPLATE.matcher(name).matches()) return SecretKind.DOTENV_FILE;
    if (SSH_KEY.matcher(name).matches()) return SecretKind.SSH_KEY_FILE;
    return null;
  }

  static boolean configText(String path, String name) {
    if (LIBRARY_PATH.matcher(path).matches() || DISTRO_SAMPLES.contains(path)) return false;
    if (CONFIG_NAMES.contains(name) || name.startsWith(".env")) return true;
    int dot = name.lastIndexOf('.');
    return dot > 0 && CONFIG_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean binary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
    return false;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
