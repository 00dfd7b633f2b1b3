package org.fazhi.report.outline;

import java.util.Optional;

/**
 * A typed fact — a block of figures, an indicator, a list — that can name the section it was
 * reported in.
 */
public interface Anchored {

  /** The section the fact was reported in, if known. */
  Optional<SectionId> getSection();
}
