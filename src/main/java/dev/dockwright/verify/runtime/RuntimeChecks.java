package dev.dockwright.verify.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.HealthState;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineException;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.Durations;
import dev.dockwright.verify.spec.RuntimeSpec;
import dev.dockwright.verify.spec.RuntimeSpec.HttpProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container checks of verify: start one container of the image (its port published on
 * 127.0.0.1 only, on a network of its own), wait until it is ready, probe it over HTTP, look at
 * who it runs as and where it can write, then stop it with SIGTERM and time the exit. Every check
 * becomes a {@link CheckResult} with the measured value against the limit.
 *
 * <p>Ready means the engine's health status is {@code healthy} when the image has a HEALTHCHECK,
 * else the first probe (or {@code GET /}) answering. Podman runs health checks from systemd
 * timers; where there is no systemd nothing runs them, so on Podman verify runs the image's
 * HEALTHCHECK itself through the libpod API while it waits.
 */
public final class RuntimeChecks {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration PODMAN_HEALTH_POLL = Duration.ofMillis(500);
  private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(20);
  private static final int LOG_LINES = 40;
  private static final Pattern UID = Pattern.compile("uid=(\\d+)(?:\\(([^)]*)\\))?");

  private final Engine engine;
  private final DockerClient api;
  private final VerifyResources resources;
  private final Consumer<String> progress;

  /**
   * @param progress one-line notes on what is happening (for a terminal), e.g. "starting container"
   */
  public RuntimeChecks(Engine engine, VerifyResources resources, Consumer<String> progress) {
    this.engine = engine;
    this.api = engine.api();
    this.resources = resources;
    this.progress = progress;
  }

  /**
   * Runs the container checks of {@code spec} on {@code image}.
   *
   * @throws EngineException when the image is not in the engine or the engine fails
   */
  public RuntimeOutcome run(String image, RuntimeSpec spec) throws InterruptedException {
    InspectImageResponse inspected;
    try {
      inspected = api.inspectImageCmd(image).exec();
    } catch (NotFoundException e) {
      throw new EngineException("no image '" + image + "' in " + engine.describe());
    }
    List<CheckResult> results = new ArrayList<>();
    Optional<Integer> port = port(inspected, spec);
    String portProblem = port.isPresent() ? "" : portProblem(inspected);

    String network = createNetwork();
    String container = createContainer(image, spec, port, network);
    progress.accept("started container " + container.substring(0, 12)
        + (port.map(p -> " (port " + p + ")").orElse("")) + " as " + spec.runAs().map(u -> "--user " + u).orElse("image user")
        + (spec.readOnlyRootfs() ? ", read-only root filesystem" : ""));
    long t0 = System.nanoTime();
    try {
      api.startContainerCmd(container).exec();
    } catch (RuntimeException e) {
      results.add(CheckResult.fail("runtime.start", "container starts", "did not start", "starts",
          firstLine(e.getMessage())));
      return new RuntimeOutcome(results, Containers.logs(engine, container, LOG_LINES), Optional.empty(), Optional.empty());
    }
    Optional<HttpProbes> http = port.flatMap(p -> hostPort(container, p)).map(hp -> new HttpProbes("http://127.0.0.1:" + hp));

    // Readiness.
    Duration limit = spec.healthyWithin().orElse(RuntimeSpec.DEFAULT_HEALTHY_WITHIN);
    Readiness ready = waitUntilReady(container, spec, http, t0, limit);
    Optional<Duration> timeToReady = ready.ready() ? Optional.of(ready.took()) : Optional.empty();
    if (spec.healthyWithin().isPresent()) {
      String title = ready.byHealthcheck() ? "healthy within" : "ready within";
      String expected = "≤ " + Durations.format(limit);
      results.add(ready.ready() && ready.took().compareTo(limit) <= 0
          ? CheckResult.pass("runtime.ready", title, Durations.format(ready.took()) + " (" + ready.how() + ")", expected)
          : CheckResult.fail("runtime.ready", title, ready.ready() ? Durations.format(ready.took()) : "not ready",
              expected, ready.why()));
    }
    progress.accept(ready.ready() ? "ready after " + Durations.format(ready.took()) + " (" + ready.how() + ")"
        : "not ready: " + ready.why());

    // HTTP.
    for (HttpProbe probe : spec.probes()) {
      results.add(http.map(h -> probe(h, probe, ready)).orElseGet(() ->
          CheckResult.error("runtime.probe", probe.method() + " " + probe.path(), "no port to probe: " + portProblem)));
    }
    spec.concurrency().ifPresent(c -> results.add(http.map(h -> concurrency(h, c))
        .orElseGet(() -> CheckResult.error("runtime.concurrency", c.requests() + " concurrent GET " + c.path(),
            "no port to probe: " + portProblem))));

    // Identity and file system.
    boolean running = isRunning(container);
    Optional<Identity> id = running ? identity(container) : Optional.empty();
    results.add(userCheck(spec, id, running));
    spec.runAs().ifPresent(u -> results.add(runAsCheck(u, id, ready)));
    for (String path : spec.writable()) {
      results.add(writable(container, path, id, running));
    }
    if (spec.readOnlyRootfs()) {
      results.add(readOnly(container, ready, running));
    }

    // Stop.
    List<String> logs = Containers.logs(engine, container, LOG_LINES);
    Optional<Duration> stopTime = Optional.empty();
    if (spec.stopWithin().isPresent()) {
      StopResult stop = stop(container, spec.stopWithin().get());
      stopTime = stop.took();
      results.add(stop.result());
      logs = Containers.logs(engine, container, LOG_LINES);
    }
    return new RuntimeOutcome(results, logs, timeToReady, stopTime);
  }

  // ---------------------------------------------------------------------------------------------
  // Setup

  private Optional<Integer> port(InspectImageResponse image, RuntimeSpec spec) {
    if (spec.port().isPresent()) {
      return Optional.of(spec.port().getAsInt());
    }
    List<Integer> tcp = exposedTcp(image);
    return tcp.size() == 1 ? Optional.of(tcp.get(0)) : Optional.empty();
  }

  private static List<Integer> exposedTcp(InspectImageResponse image) {
    ExposedPort[] exposed = image.getConfig() == null ? null : image.getConfig().getExposedPorts();
    if (exposed == null) {
      return List.of();
    }
    return Arrays.stream(exposed).filter(p -> p.getProtocol() == com.github.dockerjava.api.model.InternetProtocol.TCP)
        .map(ExposedPort::getPort).sorted().toList();
  }

  private static String portProblem(InspectImageResponse image) {
    List<Integer> tcp = exposedTcp(image);
    return tcp.isEmpty() ? "the image exposes no TCP port; give the port (--port)"
        : "the image exposes " + tcp + "; give the port (--port)";
  }

  /** A network of its own, so the container sees no other; the engine's default when that fails. */
  private String createNetwork() {
    String name = "dockwright-verify-" + resources.session();
    try {
      String id = resources.creating(() -> api.createNetworkCmd().withName(name).withDriver("bridge")
          .withLabels(resources.labels()).exec().getId());
      resources.network(id);
      return name;
    } catch (RuntimeException e) {
      progress.accept("could not create a network (" + firstLine(e.getMessage()) + "); using the default");
      return null;
    }
  }

  private String createContainer(String image, RuntimeSpec spec, Optional<Integer> port, String network) {
    HostConfig host = HostConfig.newHostConfig();
    if (network != null) {
      host.withNetworkMode(network);
    }
    CreateContainerCmd cmd = api.createContainerCmd(image)
        .withName("dockwright-verify-" + resources.session())
        .withLabels(resources.labels());
    port.ifPresent(p -> {
      ExposedPort exposed = ExposedPort.tcp(p);
      Ports bindings = new Ports();
      // Loopback only: a verify run must not open the service to the network.
      bindings.bind(exposed, Ports.Binding.bindIp("127.0.0.1"));
      host.withPortBindings(bindings);
      cmd.withExposedPorts(exposed);
    });
    if (spec.readOnlyRootfs()) {
      // As a read-only deployment would: the root file system read-only, /tmp a tmpfs.
      host.withReadonlyRootfs(true).withTmpFs(Map.of("/tmp", "rw,nosuid,nodev,size=64m"));
    }
    spec.runAs().ifPresent(cmd::withUser);
    if (!spec.env().isEmpty()) {
      cmd.withEnv(spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
    cmd.withHostConfig(host);
    String id = resources.creating(() -> cmd.exec().getId());
    resources.container(id);
    return id;
  }

  private Optional<Integer> hostPort(String container, int port) {
    InspectContainerResponse c = api.inspectContainerCmd(container).exec();
    if (c.getNetworkSettings() == null || c.getNetworkSettings().getPorts() == null) {
      return Optional.empty();
    }
    Ports.Binding[] b = c.getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(port));
    if (b == null || b.length == 0 || b[0].getHostPortSpec() == null) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(b[0].getHostPortSpec()));
  }

  // ---------------------------------------------------------------------------------------------
  // Readiness

  record Readiness(boolean ready, Duration took, boolean byHealthcheck, String how, String why) {}

  private Readiness waitUntilReady(String container, RuntimeSpec spec, Optional<HttpProbes> http, long t0,
      Duration limit) throws InterruptedException {
    InspectContainerResponse c = api.inspectContainerCmd(container).exec();
    HealthCheck hc = c.getConfig() == null ? null : c.getConfig().getHealthcheck();
    boolean byHealthcheck = hc != null && hc.getTest() != null && !hc.getTest().isEmpty()
        && !"NONE".equals(hc.getTest().get(0));
    long deadline = t0 + limit.toNanos();
    String lastWhy = "";
    long lastPodmanCheck = 0;
    HttpProbe readinessProbe = spec.probes().isEmpty() ? null : spec.probes().get(0);
    while (true) {
      long now = System.nanoTime();
      if (byHealthcheck && engine.isPodman() && now - lastPodmanCheck >= PODMAN_HEALTH_POLL.toNanos()) {
        lastPodmanCheck = now;
        try {
          engine.raw("GET", "/v4.0.0/libpod/containers/" + container + "/healthcheck");
        } catch (RuntimeException e) {
          // the status read below tells what happened
        }
      }
      InspectContainerResponse state = api.inspectContainerCmd(container).exec();
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      if (!Boolean.TRUE.equals(state.getState().getRunning())) {
        return new Readiness(false, took, byHealthcheck, "", "the container exited with code "
            + state.getState().getExitCodeLong() + " after " + Durations.format(took));
      }
      if (byHealthcheck) {
        HealthState health = state.getState().getHealth();
        String status = health == null ? "starting" : String.valueOf(health.getStatus());
        if ("healthy".equals(status)) {
          return new Readiness(true, took, true, "engine health status", "");
        }
        lastWhy = "health status '" + status + "'" + lastHealthOutput(health);
        if ("unhealthy".equals(status)) {
          return new Readiness(false, took, true, "", "the engine reports it unhealthy" + lastHealthOutput(health));
        }
      } else if (http.isPresent()) {
        String path = readinessProbe == null ? "/" : readinessProbe.path();
        String method = readinessProbe == null ? "GET" : readinessProbe.method();
        HttpProbes.Answer a = http.get().request(method, path, Duration.ofSeconds(2));
        boolean good = readinessProbe == null ? a.answered() && a.status() < 500
            : HttpProbes.mismatches(readinessProbe, a).isEmpty();
        if (good) {
          return new Readiness(true, Duration.ofNanos(System.nanoTime() - t0), false,
              "no HEALTHCHECK; " + method + " " + path + " answered " + a.status(), "");
        }
        lastWhy = "no HEALTHCHECK; " + method + " " + path + ": "
            + (a.answered() ? "status " + a.status() : a.error().get());
      } else {
        return new Readiness(false, took, false, "", "no HEALTHCHECK and no port to probe");
      }
      if (System.nanoTime() > deadline) {
        return new Readiness(false, Duration.ofNanos(System.nanoTime() - t0), byHealthcheck, "",
            "not ready within " + Durations.format(limit) + ": " + lastWhy);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private static String lastHealthOutput(HealthState health) {
    if (health == null || health.getLog() == null || health.getLog().isEmpty()) {
      return "";
    }
    HealthStateLog last = health.getLog().get(health.getLog().size() - 1);
    String out = last.getOutput() == null ? "" : last.getOutput().strip();
    String line = out.lines().reduce((a, b) -> b).orElse("");
    return " (last check: exit " + last.getExitCodeLong() + (line.isEmpty() ? "" : ", " + abbreviate(line, 120)) + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP checks

  private CheckResult probe(HttpProbes http, HttpProbe probe, Readiness ready) {
    String title = probe.method() + " " + probe.path();
    HttpProbes.Answer a = http.request(probe.method(), probe.path(), probe.timeout());
    List<String> bad = HttpProbes.mismatches(probe, a);
    String measured = a.answered() ? a.status() + " in " + Durations.format(a.took()) : a.error().get();
    if (bad.isEmpty()) {
      return CheckResult.pass("runtime.probe", title, measured, HttpProbes.expectation(probe));
    }
    String detail = String.join("; ", bad) + (ready.ready() ? "" : " (the container never got ready)");
    if (a.answered() && !a.body().isEmpty()) {
      detail += "; body: " + abbreviate(a.body().strip(), 200);
    }
    return CheckResult.fail("runtime.probe", title, measured, HttpProbes.expectation(probe), detail);
  }

  private CheckResult concurrency(HttpProbes http, RuntimeSpec.Concurrency c) {
    String title = c.requests() + " concurrent GET " + c.path();
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<HttpProbes.Answer>> futures = new ArrayList<>();
    for (int i = 0; i < c.requests(); i++) {
      // One thread per request, released together, so the server sees them at once.
      futures.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return http.request("GET", c.path(), HttpProbe.DEFAULT_TIMEOUT);
      }, r -> new Thread(r, "dockwright-concurrency").start()));
    }
    go.countDown();
    List<HttpProbes.Answer> answers = futures.stream().map(CompletableFuture::join).toList();
    long good = answers.stream().filter(a -> a.answered() && a.status() == c.status()).count();
    Duration slowest = answers.stream().map(HttpProbes.Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
    String measured = good + "/" + c.requests() + " answered " + c.status() + " (slowest " + Durations.format(slowest) + ")";
    String expected = c.requests() + "/" + c.requests() + " answer " + c.status();
    if (good == c.requests()) {
      return CheckResult.pass("runtime.concurrency", title, measured, expected);
    }
    String why = answers.stream().filter(a -> !(a.answered() && a.status() == c.status()))
        .map(a -> a.answered() ? "status " + a.status() : a.error().get()).distinct()
        .reduce((a, b) -> a + "; " + b).orElse("");
    return CheckResult.fail("runtime.concurrency", title, measured, expected, why);
  }

  // ---------------------------------------------------------------------------------------------
  // Identity and file system

  record Identity(long uid, String text) {}

  private boolean isRunning(String container) {
    return Boolean.TRUE.equals(api.inspectContainerCmd(container).exec().getState().getRunning());
  }

  /** {@code id} inside the container; {@code /proc/self/status} when the image has no {@code id}. */
  private Optional<Identity> identity(String container) throws InterruptedException {
    try {
      Containers.ExecResult r = Containers.exec(engine, container, List.of("id"), EXEC_TIMEOUT);
      Matcher m = UID.matcher(r.stdout());
      if (r.ok() && m.find()) {
        return Optional.of(new Identity(Long.parseLong(m.group(1)), r.stdout().strip()));
      }
      Containers.ExecResult status = Containers.exec(engine, container, List.of("cat", "/proc/self/status"), EXEC_TIMEOUT);
      Matcher s = Pattern.compile("(?m)^Uid:\\s+(\\d+)").matcher(status.stdout());
      if (s.find()) {
        return Optional.of(new Identity(Long.parseLong(s.group(1)), "uid=" + s.group(1)));
      }
    } catch (RuntimeException e) {
      // no exec possible: reported as an error by the callers
    }
    return Optional.empty();
  }

  private static CheckResult userCheck(RuntimeSpec spec, Optional<Identity> id, boolean running) {
    String title = "user inside (id)";
    if (id.isEmpty()) {
      return spec.nonRoot() ? CheckResult.error("runtime.non-root", title,
          running ? "cannot run id in the container" : "the container is not running")
          : CheckResult.skip("runtime.non-root", title, running ? "cannot run id in the container" : "not running");
    }
    Identity i = id.get();
    if (!spec.nonRoot()) {
      return CheckResult.pass("runtime.non-root", title, i.text(), "");
    }
    return i.uid() != 0 ? CheckResult.pass("runtime.non-root", title, i.text(), "non-root")
        : CheckResult.fail("runtime.non-root", title, i.text(), "non-root",
            "the process runs as root; add a user and a USER instruction");
  }

  private static CheckResult runAsCheck(String runAs, Optional<Identity> id, Readiness ready) {
    String title = "runs as --user " + runAs;
    String wantUid = runAs.split(":", 2)[0];
    String measured = id.map(Identity::text).orElse("not running");
    if (!ready.ready()) {
      return CheckResult.fail("runtime.run-as", title, measured, "ready as uid " + wantUid,
          "not ready when run as " + runAs + ": " + ready.why());
    }
    if (id.isPresent() && wantUid.matches("\\d+") && id.get().uid() != Long.parseLong(wantUid)) {
      return CheckResult.fail("runtime.run-as", title, measured, "uid " + wantUid, "the process runs as another uid");
    }
    return CheckResult.pass("runtime.run-as", title, measured + ", ready in " + Durations.format(ready.took()),
        "ready as uid " + wantUid);
  }

  private CheckResult writable(String container, String path, Optional<Identity> id, boolean running)
      throws InterruptedException {
    String title = "writable " + path;
    String who = id.map(i -> "uid " + i.uid()).orElse("the container user");
    if (!running) {
      return CheckResult.error("runtime.writable", title, "the container is not running");
    }
    // A real write, not access(2): it also catches read-only mounts and full disks.
    String script = "f=\"$1/.dockwright-write-test.$$\" && : > \"$f\" && rm -f \"$f\"";
    try {
      Containers.ExecResult r = Containers.exec(engine, container, List.of("sh", "-c", script, "sh", path), EXEC_TIMEOUT);
      if (r.ok()) {
        return CheckResult.pass("runtime.writable", title, "written as " + who, "writable by " + who);
      }
      String err = r.stderr().strip().isEmpty() ? "exit " + r.exitCode() : r.stderr().strip().lines().reduce((a, b) -> b).orElse("");
      return CheckResult.fail("runtime.writable", title, "not writable by " + who, "writable by " + who,
          err.replaceFirst("^sh: \\d+: ", ""));
    } catch (RuntimeException e) {
      return CheckResult.error("runtime.writable", title, "cannot run sh in the container: " + firstLine(e.getMessage()));
    }
  }

  private CheckResult readOnly(String container, Readiness ready, boolean running) throws InterruptedException {
    String title = "read-only root filesystem";
    if (!ready.ready()) {
      return CheckResult.fail("runtime.read-only", title, "not ready", "ready with --read-only",
          "with a read-only root file system: " + ready.why());
    }
    String measured = "ready in " + Durations.format(ready.took()) + " with --read-only (tmpfs /tmp)";
    if (running) {
      try {
        Containers.ExecResult r = Containers.exec(engine, container,
            List.of("sh", "-c", ": > /.dockwright-ro-test"), EXEC_TIMEOUT);
        if (r.ok()) {
          return CheckResult.fail("runtime.read-only", title, "/ is writable", "ready with --read-only",
              "the engine did not make the root file system read-only");
        }
      } catch (RuntimeException e) {
        // no shell: the engine's own flag is all there is to go by
      }
    }
    return CheckResult.pass("runtime.read-only", title, measured, "ready with --read-only");
  }

  // ---------------------------------------------------------------------------------------------
  // Stop

  record StopResult(CheckResult result, Optional<Duration> took) {}

  private StopResult stop(String container, Duration limit) {
    String title = "stops on SIGTERM within";
    String expected = "≤ " + Durations.format(limit) + ", no SIGKILL";
    if (!isRunning(container)) {
      return new StopResult(CheckResult.error("runtime.stop", title, "the container was not running"), Optional.empty());
    }
    String signal = "SIGTERM"; // or the image's STOPSIGNAL, which the engine sends instead
    // The engine sends the stop signal, waits this long, then SIGKILL.
    int grace = (int) Math.max(1, (limit.toMillis() + 999) / 1000);
    long t0 = System.nanoTime();
    try {
      api.stopContainerCmd(container).withTimeout(grace).exec();
    } catch (RuntimeException e) {
      // "not modified" when it already stopped; the state below tells
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    InspectContainerResponse.ContainerState s = api.inspectContainerCmd(container).exec().getState();
    long code = s.getExitCodeLong() == null ? -1 : s.getExitCodeLong();
    boolean killed = code == 137;
    String measured = (killed ? "killed (SIGKILL)" : "exited " + code) + " after " + Durations.format(took);
    if (!killed && took.compareTo(limit) <= 0) {
      return new StopResult(CheckResult.pass("runtime.stop", title, measured, expected), Optional.of(took));
    }
    String why = killed
        ? "PID 1 did not exit on " + signal + " within " + grace + "s; use an exec-form CMD/ENTRYPOINT (no /bin/sh -c)"
            + " and handle " + signal + ", or run with an init (--init, tini)"
        : "took longer than " + Durations.format(limit);
    return new StopResult(CheckResult.fail("runtime.stop", title, measured, expected, why), Optional.of(took));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.strip().lines().findFirst().orElse("");
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }

}
