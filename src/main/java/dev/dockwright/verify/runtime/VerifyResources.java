package dev.dockwright.verify.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.dockwright.engine.Engine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every container, network and image verify creates, so that all of them are removed whatever
 * happens: success, a failed check, a timeout, an engine error or Ctrl-C (a JVM shutdown hook
 * removes what a running verify still holds). Everything also carries the label
 * {@value #LABEL} with the session id, so leftovers of a killed JVM can be found.
 */
public final class VerifyResources implements AutoCloseable {
  /** Label on everything verify creates; its value is the session id. */
  public static final String LABEL = "dev.dockwright.verify";

  private static final Set<VerifyResources> OPEN = Collections.synchronizedSet(new LinkedHashSet<>());
  private static final Thread HOOK = new Thread(VerifyResources::closeAllOpen, "dockwright-verify-cleanup");

  static {
    Runtime.getRuntime().addShutdownHook(HOOK);
  }

  private final Engine engine;
  private final String session = UUID.randomUUID().toString().substring(0, 12);
  // Removal order: containers first (they hold networks and images), then networks, then images.
  private final List<String> containers = new ArrayList<>();
  private final List<String> networks = new ArrayList<>();
  private final List<String> images = new ArrayList<>();

  public VerifyResources(Engine engine) {
    this.engine = engine;
    OPEN.add(this);
  }

  public String session() {
    return session;
  }

  /** Labels to put on a resource before creating it. */
  public Map<String, String> labels() {
    return Map.of(LABEL, session);
  }

  private boolean closed;
  private int creating;

  /**
   * Runs an engine call that creates something labelled with {@link #labels()}. While it is in
   * flight a Ctrl-C cannot know its id yet, so {@link #close()} from the shutdown hook waits for it
   * (briefly) and then also removes whatever carries this session's label.
   */
  public <T> T creating(java.util.function.Supplier<T> create) {
    synchronized (this) {
      creating++;
    }
    try {
      return create.get();
    } finally {
      synchronized (this) {
        creating--;
        notifyAll();
      }
    }
  }

  /** Records a container; one created after close (a Ctrl-C race) is removed at once. */
  public synchronized void container(String id) {
    containers.add(id);
    if (closed) {
      close();
    }
  }

  public synchronized void network(String id) {
    networks.add(id);
    if (closed) {
      close();
    }
  }

  public synchronized void image(String id) {
    images.add(id);
    if (closed) {
      close();
    }
  }

  /**
   * Removes everything recorded, newest first, then anything else that carries this session's
   * label (created by a call that was still in flight); failures to remove are ignored (best
   * effort, the rest must still go).
   */
  @Override
  public synchronized void close() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (creating > 0 && System.nanoTime() < deadline) {
      try {
        wait(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    DockerClient api = engine.api();
    sweepByLabel(api);
    for (String id : reversed(containers)) {
      try {
        api.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
      } catch (NotFoundException gone) {
        // already removed
      } catch (RuntimeException e) {
        // keep going: the rest must still go
      }
    }
    containers.clear();
    for (String id : reversed(networks)) {
      try {
        api.removeNetworkCmd(id).exec();
      } catch (RuntimeException e) {
        // gone or still in use by a container we could not remove
      }
    }
    networks.clear();
    for (String id : reversed(images)) {
      try {
        api.removeImageCmd(id).withForce(true).exec();
      } catch (RuntimeException e) {
        // gone
      }
    }
    images.clear();
    closed = true;
    OPEN.remove(this);
  }

  /** Adds to the lists what the engine knows under this session's label. */
  private void sweepByLabel(DockerClient api) {
    String filter = LABEL + "=" + session;
    try {
      api.listContainersCmd().withShowAll(true).withLabelFilter(List.of(filter)).exec()
          .forEach(c -> {
            if (!containers.contains(c.getId())) {
              containers.add(c.getId());
            }
          });
      api.listNetworksCmd().exec().stream()
          .filter(n -> n.getLabels() != null && session.equals(n.getLabels().get(LABEL)))
          .forEach(n -> {
            if (!networks.contains(n.getId())) {
              networks.add(n.getId());
            }
          });
    } catch (RuntimeException e) {
      // the engine went away: remove what was recorded
    }
  }

  private static List<String> reversed(List<String> list) {
    List<String> r = new ArrayList<>(list);
    Collections.reverse(r);
    return r;
  }

  private static void closeAllOpen() {
    List<VerifyResources> open;
    synchronized (OPEN) {
      open = new ArrayList<>(OPEN);
    }
    for (VerifyResources r : open) {
      r.close();
    }
  }
}
