package org.fazhi.report.accountability;

/** How far a rectification item has come. */
public enum RectificationStatus {
  /** 已整改: done. */
  RECTIFIED,
  /** 整改中: under way. */
  IN_PROGRESS,
  /** Not started. */
  NOT_STARTED
}
