package dev.dockwright.verify.cst;

import dev.dockwright.io.UserException;
import dev.dockwright.verify.cst.StructureTest.CommandTest;
import dev.dockwright.verify.cst.StructureTest.ContainerRunOptions;
import dev.dockwright.verify.cst.StructureTest.EnvVar;
import dev.dockwright.verify.cst.StructureTest.FileContentTest;
import dev.dockwright.verify.cst.StructureTest.FileExistenceTest;
import dev.dockwright.verify.cst.StructureTest.LicenseTest;
import dev.dockwright.verify.cst.StructureTest.MetadataTest;
import dev.dockwright.verify.spec.SpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads container-structure-test files unchanged. Like CST: {@code .yaml}/{@code .yml} files are
 * read strictly (unknown keys are errors, as with yaml.v2's UnmarshalStrict), {@code .json} files
 * leniently (keys matched case-insensitively, unknown ones ignored, as Go's encoding/json does);
 * {@code schemaVersion} must be {@code 2.0.0}. Unlike CST, problems are reported with
 * {@code file:line:column}, and a test without its required fields is rejected here rather than
 * failing when run.
 */
public final class StructureTestParser {
  public static final String SCHEMA_VERSION = "2.0.0";
  private static final List<String> TOP = List.of("schemaVersion", "globalEnvVars", "commandTests",
      "fileExistenceTests", "fileContentTests", "metadataTest", "licenseTests", "containerRunOptions");
  private static final List<String> ENV_VAR = List.of("key", "value", "isRegex");

  private final SpecReader in;

  private StructureTestParser(SpecReader in) {
    this.in = in;
  }

  public static StructureTest parse(Path file) {
    String name = file.getFileName().toString();
    boolean json = name.endsWith(".json");
    if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw new UserException(file + ": container-structure-test files must end in .yaml, .yml or .json");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file, json);
    } catch (NoSuchFileException e) {
      throw new UserException(file + ": no such file");
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Parses text as the file at {@code file} (used in messages). */
  public static StructureTest parse(String text, Path file, boolean json) {
    SpecReader in = new SpecReader(file.toString(), json);
    Node root = in.compose(text).orElse(null);
    StructureTestParser p = new StructureTestParser(in);
    Map<String, Node> top = in.mapping(root, "", TOP);
    String version = "";
    if (!top.containsKey("schemaVersion")) {
      in.error("schemaVersion: missing (container-structure-test files declare schemaVersion: 2.0.0)");
    } else {
      version = in.string(top.get("schemaVersion"), "schemaVersion").orElse("");
      if (!version.isEmpty() && !version.equals(SCHEMA_VERSION)) {
        in.error(top.get("schemaVersion"), "schemaVersion: " + version + " is not supported (dockwright reads "
            + SCHEMA_VERSION + ")");
      }
    }
    in.throwIfErrors(); // a wrong version means the rest follows another schema
    StructureTest st = new StructureTest(
        file,
        version,
        p.envVars(top.get("globalEnvVars"), "globalEnvVars", true),
        p.list(top.get("commandTests"), "commandTests", p::commandTest),
        p.list(top.get("fileExistenceTests"), "fileExistenceTests", p::fileExistenceTest),
        p.list(top.get("fileContentTests"), "fileContentTests", p::fileContentTest),
        top.containsKey("metadataTest") ? Optional.of(p.metadataTest(top.get("metadataTest"))) : Optional.empty(),
        p.list(top.get("licenseTests"), "licenseTests", p::licenseTest),
        top.containsKey("containerRunOptions") ? Optional.of(p.runOptions(top.get("containerRunOptions"))) : Optional.empty());
    in.throwIfErrors();
    return st;
  }

  private interface ItemReader<T> {
    Optional<T> read(Node node, String where);
  }

  private <T> List<T> list(Node node, String where, ItemReader<T> reader) {
    List<T> out = new ArrayList<>();
    List<Node> items = in.sequence(node, where);
    for (int i = 0; i < items.size(); i++) reader.read(items.get(i), where + "[" + i + "]").ifPresent(out::add);
    return out;
  }

  private Optional<CommandTest> commandTest(Node node, String where) {
    Map<String, Node> m = in.mapping(node, where, List.of("name", "setup", "teardown", "envVars", "exitCode",
        "command", "args", "expectedOutput", "excludedOutput", "expectedError", "excludedError"));
    Optional<String> name = required(m, node, "name", where);
    Optional<String> command = required(m, node, "command", where);
    List<List<String>> setup = commands(m.get("setup"), where + ".setup");
    List<List<String>> teardown = commands(m.get("teardown"), where + ".teardown");
    int exitCode = m.containsKey("exitCode")
        ? in.integer(m.get("exitCode"), where + ".exitCode", Integer.MIN_VALUE, Integer.MAX_VALUE).map(Long::intValue).orElse(0)
        : 0;
    if (name.isEmpty() || command.isEmpty()) return Optional.empty();
    return Optional.of(new CommandTest(name.get(), setup, teardown, envVars(m.get("envVars"), where + ".envVars", true),
        exitCode, command.get(), strings(m, "args", where), strings(m, "expectedOutput", where),
        strings(m, "excludedOutput", where), strings(m, "expectedError", where), strings(m, "excludedError", where)));
  }

  private List<List<String>> commands(Node node, String where) {
    List<List<String>> out = new ArrayList<>();
    List<Node> items = in.sequence(node, where);
    for (int i = 0; i < items.size(); i++) {
      List<String> argv = in.strings(items.get(i), where + "[" + i + "]");
      if (argv.isEmpty()) {
        in.error(items.get(i), where + "[" + i + "]: empty command (CST rejects empty setup and teardown commands)");
      }
      out.add(argv);
    }
    return out;
  }

  private Optional<FileExistenceTest> fileExistenceTest(Node node, String where) {
    Map<String, Node> m = in.mapping(node, where,
        List.of("name", "path", "shouldExist", "permissions", "uid", "gid", "isExecutableBy"));
    Optional<String> name = required(m, node, "name", where);
    Optional<String> path = required(m, node, "path", where);
    boolean shouldExist = !m.containsKey("shouldExist")
        || in.yaml11Bool(m.get("shouldExist"), where + ".shouldExist").orElse(true);
    Optional<String> permissions = optionalString(m, "permissions", where);
    Optional<String> executable = optionalString(m, "isExecutableBy", where);
    executable.filter(e -> !List.of("owner", "group", "other", "any").contains(e))
        .ifPresent(e -> in.error(m.get("isExecutableBy"), where + ".isExecutableBy: '" + e
            + "' is not one of owner, group, other, any"));
    OptionalInt uid = id(m, "uid", where);
    OptionalInt gid = id(m, "gid", where);
    if (name.isEmpty() || path.isEmpty()) return Optional.empty();
    return Optional.of(new FileExistenceTest(name.get(), path.get(), shouldExist, permissions, uid, gid, executable));
  }

  private Optional<FileContentTest> fileContentTest(Node node, String where) {
    Map<String, Node> m = in.mapping(node, where, List.of("name", "path", "expectedContents", "excludedContents"));
    Optional<String> name = required(m, node, "name", where);
    Optional<String> path = required(m, node, "path", where);
    if (name.isEmpty() || path.isEmpty()) return Optional.empty();
    return Optional.of(new FileContentTest(name.get(), path.get(), strings(m, "expectedContents", where),
        strings(m, "excludedContents", where)));
  }

  private MetadataTest metadataTest(Node node) {
    String where = "metadataTest";
    Map<String, Node> m = in.mapping(node, where, List.of("envVars", "unboundEnvVars", "exposedPorts",
        "unexposedPorts", "entrypoint", "cmd", "workdir", "volumes", "unmountedVolumes", "labels", "user"));
    return new MetadataTest(
        envVars(m.get("envVars"), where + ".envVars", false),
        envVars(m.get("unboundEnvVars"), where + ".unboundEnvVars", false),
        strings(m, "exposedPorts", where),
        strings(m, "unexposedPorts", where),
        m.containsKey("entrypoint") && !SpecReader.isNull(m.get("entrypoint"))
            ? Optional.of(in.strings(m.get("entrypoint"), where + ".entrypoint")) : Optional.empty(),
        m.containsKey("cmd") && !SpecReader.isNull(m.get("cmd"))
            ? Optional.of(in.strings(m.get("cmd"), where + ".cmd")) : Optional.empty(),
        optionalString(m, "workdir", where).filter(s -> !s.isEmpty()),
        strings(m, "volumes", where),
        strings(m, "unmountedVolumes", where),
        envVars(m.get("labels"), where + ".labels", false),
        optionalString(m, "user", where).filter(s -> !s.isEmpty()));
  }

  private Optional<LicenseTest> licenseTest(Node node, String where) {
    Map<String, Node> m = in.mapping(node, where, List.of("debian", "files"));
    if (!m.containsKey("debian")) in.error(node, where + ": missing 'debian' (true or false)");
    boolean debian = m.containsKey("debian") && in.yaml11Bool(m.get("debian"), where + ".debian").orElse(false);
    return Optional.of(new LicenseTest(debian, strings(m, "files", where)));
  }

  private ContainerRunOptions runOptions(Node node) {
    String where = "containerRunOptions";
    Map<String, Node> m = in.mapping(node, where, List.of("user", "privileged", "allocateTty", "envFile",
        "envVars", "capabilities", "bindMounts"));
    return new ContainerRunOptions(
        optionalString(m, "user", where).filter(s -> !s.isEmpty()),
        m.containsKey("privileged") && in.yaml11Bool(m.get("privileged"), where + ".privileged").orElse(false),
        m.containsKey("allocateTty") && in.yaml11Bool(m.get("allocateTty"), where + ".allocateTty").orElse(false),
        strings(m, "envVars", where),
        optionalString(m, "envFile", where).filter(s -> !s.isEmpty()),
        strings(m, "capabilities", where),
        strings(m, "bindMounts", where));
  }

  /**
   * @param valuesRequired command and global env vars need a value (CST's Validate); metadata
   *     env vars and labels may expect an empty one
   */
  private List<EnvVar> envVars(Node node, String where, boolean valuesRequired) {
    List<EnvVar> out = new ArrayList<>();
    List<Node> items = in.sequence(node, where);
    for (int i = 0; i < items.size(); i++) {
      String w = where + "[" + i + "]";
      Map<String, Node> m = in.mapping(items.get(i), w, ENV_VAR);
      String key = m.containsKey("key") ? in.string(m.get("key"), w + ".key").orElse("") : "";
      String value = m.containsKey("value") ? in.stringOrEmpty(m.get("value"), w + ".value").orElse("") : "";
      boolean regex = m.containsKey("isRegex") && in.yaml11Bool(m.get("isRegex"), w + ".isRegex").orElse(false);
      if (key.isEmpty()) in.error(items.get(i), w + ": missing 'key'");
      if (valuesRequired && value.isEmpty()) in.error(items.get(i), w + ": 'value' must not be empty");
      out.add(new EnvVar(key, value, regex));
    }
    return out;
  }

  private Optional<String> required(Map<String, Node> m, Node item, String key, String where) {
    if (!m.containsKey(key)) {
      in.error(item, where + ": missing '" + key + "'");
      return Optional.empty();
    }
    Optional<String> v = in.string(m.get(key), where + "." + key);
    if (v.isPresent() && v.get().isEmpty()) {
      in.error(m.get(key), where + "." + key + ": must not be empty");
      return Optional.empty();
    }
    return v;
  }

  private Optional<String> optionalString(Map<String, Node> m, String key, String where) {
    if (!m.containsKey(key) || SpecReader.isNull(m.get(key))) return Optional.empty();
    return in.string(m.get(key), where + "." + key);
  }

  private List<String> strings(Map<String, Node> m, String key, String where) {
    return m.containsKey(key) ? in.strings(m.get(key), where + "." + key) : List.of();
  }

  private OptionalInt id(Map<String, Node> m, String key, String where) {
    if (!m.containsKey(key)) return OptionalInt.empty();
    return in.integer(m.get(key), where + "." + key, -1, 4_294_967_294L)
        .filter(v -> v >= 0) // CST's -1 means "not checked"
        .map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
  }
}
