package dev.dockwright.verify.image;

import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.spec.ImageSpec.Ports;
import java.util.ArrayList;
import java.util.List;

/** EXPOSEd ports contain (or, with {@code only}, equal) the expected ones. */
final class PortsCheck implements ImageCheck {
  static final String ID = "image.ports";
  private final Ports ports;

  PortsCheck(Ports ports) {
    this.ports = ports;
  }

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    List<String> exposed = facts.image().config().exposedPorts().stream().map(PortsCheck::normal).toList();
    List<String> missing = new ArrayList<>(ports.expose());
    missing.removeAll(exposed);
    List<String> extra = new ArrayList<>(exposed);
    extra.removeAll(ports.expose());
    String measured = exposed.isEmpty() ? "none" : String.join(", ", exposed);
    String expected = (ports.only() ? "exactly " : "includes ") + String.join(", ", ports.expose());
    String title = "exposed ports";
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) problems.add("not exposed: " + String.join(", ", missing) + " (add EXPOSE)");
    if (ports.only() && !extra.isEmpty()) problems.add("also exposed: " + String.join(", ", extra));
    if (problems.isEmpty()) return List.of(CheckResult.pass(ID, title, measured, expected));
    return List.of(CheckResult.fail(ID, title, measured, expected, String.join("; ", problems)));
  }

  private static String normal(String port) {
    return port.contains("/") ? port : port + "/tcp";
  }
}
