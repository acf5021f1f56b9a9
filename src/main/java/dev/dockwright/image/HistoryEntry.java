package dev.dockwright.image;

/**
 * One step of the image's build history.
 *
 * @param created RFC 3339 timestamp as stored, empty when absent
 * @param createdBy the instruction, e.g. {@code RUN /bin/sh -c pip install .} or
 *     {@code |1 TOKEN=... /bin/sh -c ...} when build args were in scope (BuildKit/classic builder)
 * @param emptyLayer true when the step added no layer (ENV, CMD, ...)
 * @param comment builder comment, e.g. {@code buildkit.dockerfile.v0}
 */
public record HistoryEntry(String created, String createdBy, boolean emptyLayer, String comment) {
  public HistoryEntry {
    created = created == null ? "" : created;
    createdBy = createdBy == null ? "" : createdBy;
    comment = comment == null ? "" : comment;
  }
}
