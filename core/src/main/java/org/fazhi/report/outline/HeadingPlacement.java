package org.fazhi.report.outline;

/** Where a section's heading stands relative to its text. */
public enum HeadingPlacement {
  /** On a line of its own: {@code 一、法治政府建设取得的成效}. */
  OWN_LINE,
  /** At the start of the first paragraph, up to its terminator: {@code 1.推动政府职能优化高效。一是…}. */
  INLINE
}
