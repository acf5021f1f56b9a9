package dev.dockwright.verify;

import dev.dockwright.verify.spec.ImageSpec;
import dev.dockwright.verify.spec.RuntimeSpec;
import dev.dockwright.verify.spec.VerifySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Command-line flags laid over a spec (file or defaults): a flag given wins over the spec's value,
 * a flag not given leaves it alone. Each flag is the short form of one spec key.
 *
 * @param maxSize {@code --max-size}: image.size (uncompressed)
 * @param nonRoot {@code --non-root} (true) or {@code --allow-root} (false): image.nonRoot and runtime.nonRoot
 * @param readyWithin {@code --ready-within}: runtime.healthyWithin
 * @param probes {@code --probe PATH[=STATUS]}: runtime.probes (replacing the spec's)
 * @param concurrency {@code --concurrency N}: runtime.concurrency, on the first probe's path or /
 * @param runAs {@code --run-as-uid UID[:GID]}: runtime.runAs
 * @param writable {@code --writable PATH}: runtime.writable (added)
 * @param readOnly {@code --read-only}: runtime.readOnlyRootfs
 * @param stopWithin {@code --stop-within}: runtime.stopWithin
 * @param port {@code --port}: runtime.port
 * @param env {@code --env K=V}: runtime.env (added)
 * @param noRuntime {@code --no-runtime}: no container at all
 */
public record SpecOverrides(
    OptionalLong maxSize,
    Optional<Boolean> nonRoot,
    Optional<Duration> readyWithin,
    List<RuntimeSpec.HttpProbe> probes,
    OptionalInt concurrency,
    Optional<String> runAs,
    List<String> writable,
    boolean readOnly,
    Optional<Duration> stopWithin,
    OptionalInt port,
    Map<String, String> env,
    boolean noRuntime) {

  public static final SpecOverrides NONE = new SpecOverrides(OptionalLong.empty(), Optional.empty(), Optional.empty(),
      List.of(), OptionalInt.empty(), Optional.empty(), List.of(), false, Optional.empty(), OptionalInt.empty(),
      Map.of(), false);

  public SpecOverrides {
    probes = List.copyOf(probes);
    writable = List.copyOf(writable);
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  /** A GET of {@code path} expecting {@code status}. */
  public static RuntimeSpec.HttpProbe probe(String path, int status) {
    return new RuntimeSpec.HttpProbe("GET", path, status, Optional.empty(), Map.of(), RuntimeSpec.HttpProbe.DEFAULT_TIMEOUT);
  }

  public VerifySpec apply(VerifySpec spec) {
    ImageSpec i = spec.image();
    ImageSpec image = new ImageSpec(
        maxSize.isPresent() ? Optional.of(new ImageSpec.SizeLimit(maxSize.getAsLong(), ImageSpec.SizeMeasure.UNCOMPRESSED))
            : i.size(),
        nonRoot.orElse(i.nonRoot()), i.user(), i.ports(), i.env(), i.healthcheck(), i.labels(), i.execForm(),
        i.files(), i.noBuildTools(), i.secrets(), i.efficiency());
    if (noRuntime) {
      return new VerifySpec(spec.file(), image, RuntimeSpec.NONE, spec.structureTests());
    }
    RuntimeSpec r = spec.runtime();
    List<RuntimeSpec.HttpProbe> probeList = probes.isEmpty() ? r.probes() : probes;
    Optional<RuntimeSpec.Concurrency> conc = r.concurrency();
    if (concurrency.isPresent()) {
      String path = probeList.isEmpty() ? "/" : probeList.get(0).path();
      int status = probeList.isEmpty() ? 200 : probeList.get(0).status();
      conc = Optional.of(new RuntimeSpec.Concurrency(concurrency.getAsInt(), path, status));
    }
    List<String> writableList = new ArrayList<>(r.writable());
    writable.stream().filter(w -> !writableList.contains(w)).forEach(writableList::add);
    Map<String, String> envMap = new LinkedHashMap<>(r.env());
    envMap.putAll(env);
    RuntimeSpec runtime = new RuntimeSpec(
        port.isPresent() ? port : r.port(),
        envMap,
        readyWithin.isPresent() ? readyWithin : r.healthyWithin(),
        probeList,
        conc,
        nonRoot.orElse(r.nonRoot()),
        runAs.isPresent() ? runAs : r.runAs(),
        writableList,
        readOnly || r.readOnlyRootfs(),
        stopWithin.isPresent() ? stopWithin : r.stopWithin());
    return new VerifySpec(spec.file(), image, runtime, spec.structureTests());
  }
}
