package org.fazhi.report.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.facts.Concept;

/**
 * The concept of one figure of a report, by its JSON Pointer: {@code /statistics/legalAid/handled}.
 */
final class ConceptIndex {
  private static final Map<String, Concept> BY_POINTER = index();

  private ConceptIndex() {}

  private static Map<String, Concept> index() {
    Map<String, Concept> index = new HashMap<>();
    for (Concept concept : Concept.catalog()) {
      if (concept.isSingle()) {
        index.put(concept.pointer(), concept);
      }
    }
    return Map.copyOf(index);
  }

  /** The concept of the one figure at {@code pointer}, if the catalog has one. */
  static Optional<Concept> at(String pointer) {
    return Optional.ofNullable(BY_POINTER.get(pointer));
  }
}
