package org.fazhi.report.outline;

import org.immutables.value.Value;

/** A section together with its id, as {@link Outline#walk()} lists them. */
@Value.Immutable(builder = false, copy = false)
@org.fazhi.report.internal.ModelStyle
public abstract class LocatedSection {

  /** The section's id. */
  @Value.Parameter
  public abstract SectionId getId();

  /** The section. */
  @Value.Parameter
  public abstract Section getSection();

  /** How deep the section lies: 1 for a top-level section. */
  public int depth() {
    return getId().depth();
  }

  static LocatedSection of(SectionId id, Section section) {
    return ImmutableLocatedSection.of(id, section);
  }
}
