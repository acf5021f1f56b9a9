package dev.dockwright.image;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The filesystem a container of the image starts with: the layers applied bottom to top with OCI
 * whiteout semantics (a whiteout removes a lower path and everything under it, an opaque whiteout
 * empties a lower directory, whiteouts never touch their own layer), and overlayfs' rule that a
 * non-directory replaces a whole lower directory. Every lower file hidden on the way is recorded in
 * {@link #shadowed()}: those bytes still ship in the image but nobody can see them.
 */
public final class MergedFilesystem {
  private static final int MAX_SYMLINK_HOPS = 40;

  /** A visible path: the entry that wins and the layer it comes from. */
  public record Node(LayerEntry entry, int layer) {
    public String path() {
      return entry.path();
    }

    public EntryType type() {
      return entry.type();
    }
  }

  /**
   * A lower-layer entry that a later layer hid.
   *
   * @param node what was hidden
   * @param byLayer the layer that hid it
   * @param byPath the path of the entry that hid it: the same path when overwritten; the whiteout's
   *     path (maybe a parent directory) when deleted
   */
  public record Shadowed(Node node, int byLayer, String byPath, Cause cause) {
    public enum Cause { OVERWRITTEN, DELETED }
  }

  private final TreeMap<String, Node> nodes = new TreeMap<>();
  private final List<Shadowed> shadowed = new ArrayList<>();

  private MergedFilesystem() {}

  public static MergedFilesystem of(List<Layer> layers) {
    MergedFilesystem fs = new MergedFilesystem();
    fs.nodes.put("/", new Node(new LayerEntry("/", EntryType.DIRECTORY, 0, 0755, 0, 0, ""), 0));
    for (Layer layer : layers) fs.apply(layer.index(), layer.entries());
    return fs;
  }

  /** Applies one layer: its whiteouts first (they only see lower layers), then its entries. */
  void apply(int layer, List<LayerEntry> entries) {
    for (LayerEntry e : entries) {
      if (e.type() == EntryType.WHITEOUT) {
        Node gone = nodes.get(e.path());
        if (gone != null && !e.path().equals("/")) {
          removeSubtree(e.path(), layer, e.path(), Shadowed.Cause.DELETED);
          shadow(nodes.remove(e.path()), layer, e.path(), Shadowed.Cause.DELETED);
        }
      } else if (e.type() == EntryType.OPAQUE_WHITEOUT) {
        removeSubtree(e.path(), layer, e.path(), Shadowed.Cause.DELETED);
      }
    }
    for (LayerEntry e : entries) {
      if (e.type().isWhiteout()) continue;
      ensureParents(e.path(), layer);
      Node old = nodes.get(e.path());
      if (old != null) {
        if (!(old.type() == EntryType.DIRECTORY && e.type() == EntryType.DIRECTORY)) {
          removeSubtree(e.path(), layer, e.path(), Shadowed.Cause.OVERWRITTEN);
          shadow(old, layer, e.path(), Shadowed.Cause.OVERWRITTEN);
        }
      }
      nodes.put(e.path(), new Node(e, layer));
    }
  }

  /** Creates missing parent directories; a lower non-directory in the way is replaced. */
  private void ensureParents(String path, int layer) {
    String parent = LayerReader.parentOf(path);
    if (path.equals("/")) return;
    Node p = nodes.get(parent);
    if (p != null && p.type() == EntryType.DIRECTORY) return;
    ensureParents(parent, layer);
    if (p != null) shadow(nodes.remove(parent), layer, path, Shadowed.Cause.OVERWRITTEN);
    nodes.put(parent, new Node(new LayerEntry(parent, EntryType.DIRECTORY, 0, 0755, 0, 0, ""), layer));
  }

  private void removeSubtree(String dir, int layer, String byPath, Shadowed.Cause cause) {
    NavigableMap<String, Node> below = descendantsMap(dir);
    for (Node n : below.values()) shadow(n, layer, byPath, cause);
    below.clear();
  }

  private void shadow(Node node, int layer, String byPath, Shadowed.Cause cause) {
    if (node != null && node.type() != EntryType.DIRECTORY) {
      shadowed.add(new Shadowed(node, layer, byPath, cause));
    }
  }

  private NavigableMap<String, Node> descendantsMap(String dir) {
    if (dir.equals("/")) return nodes.tailMap("/", false);
    // Every descendant starts with "dir/"; '0' is the character after '/'.
    return nodes.subMap(dir + "/", true, dir + "0", false);
  }

  /** The node at exactly this path, following no symlink. */
  public Optional<Node> lookup(String path) {
    return Optional.ofNullable(nodes.get(normalise(path)));
  }

  /**
   * The node this path leads to in a running container: symlinks in every component, including
   * the last, are followed (relative ones against their directory); empty when it leads nowhere.
   */
  public Optional<Node> resolve(String path) {
    Deque<String> todo = new ArrayDeque<>(List.of(path.split("/")));
    Deque<String> done = new ArrayDeque<>();
    int hops = 0;
    while (!todo.isEmpty()) {
      String c = todo.pollFirst();
      if (c.isEmpty() || c.equals(".")) continue;
      if (c.equals("..")) {
        done.pollLast();
        continue;
      }
      Node n = nodes.get(join(done, c));
      if (n == null) return Optional.empty();
      if (n.type() == EntryType.SYMLINK) {
        if (++hops > MAX_SYMLINK_HOPS) return Optional.empty();
        String target = n.entry().linkTarget();
        if (target.startsWith("/")) done.clear();
        List<String> parts = List.of(target.split("/"));
        for (int i = parts.size() - 1; i >= 0; i--) todo.addFirst(parts.get(i));
        continue;
      }
      if (!todo.isEmpty() && n.type() != EntryType.DIRECTORY) return Optional.empty();
      done.addLast(c);
    }
    return Optional.ofNullable(nodes.get(join(done, null)));
  }

  /**
   * Like {@code lstat}: symlinks in the parent directories are followed, a final symlink is
   * returned as itself.
   */
  public Optional<Node> resolveNoFollow(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    int slash = p.lastIndexOf('/');
    String name = p.substring(slash + 1);
    if (name.isEmpty() || name.equals(".") || name.equals("..")) return resolve(p);
    Optional<Node> dir = resolve(slash <= 0 ? "/" : p.substring(0, slash));
    if (dir.isEmpty() || dir.get().type() != EntryType.DIRECTORY) return Optional.empty();
    String parent = dir.get().path();
    return Optional.ofNullable(nodes.get((parent.equals("/") ? "" : parent) + "/" + name));
  }

  /** Direct children of a directory, sorted by path. */
  public List<Node> children(String dir) {
    String d = normalise(dir);
    List<Node> out = new ArrayList<>();
    for (Node n : descendantsMap(d).values()) {
      if (LayerReader.parentOf(n.path()).equals(d)) out.add(n);
    }
    return out;
  }

  /** Everything under a directory (not the directory itself), sorted by path. */
  public Collection<Node> descendants(String dir) {
    return Collections.unmodifiableCollection(descendantsMap(normalise(dir)).values());
  }

  /** Every visible path, sorted. */
  public Collection<Node> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  public Map<String, Node> asMap() {
    return Collections.unmodifiableMap(nodes);
  }

  /** Lower-layer files and links hidden by later layers, in the order they were hidden. */
  public List<Shadowed> shadowed() {
    return Collections.unmodifiableList(shadowed);
  }

  static String normalise(String path) {
    String p = LayerReader.absolute(path);
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static String join(Deque<String> parts, String last) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) sb.append('/').append(p);
    if (last != null) sb.append('/').append(last);
    return sb.length() == 0 ? "/" : sb.toString();
  }
}
