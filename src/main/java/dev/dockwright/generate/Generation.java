package dev.dockwright.generate;

import java.util.List;

/** The result of planning one or more services: the files, the plans and remarks for the user. */
public record Generation(List<GeneratedFile> files, List<ServicePlan> plans, List<String> notes) {
  public Generation {
    files = List.copyOf(files);
    plans = List.copyOf(plans);
    notes = List.copyOf(notes);
  }
}
