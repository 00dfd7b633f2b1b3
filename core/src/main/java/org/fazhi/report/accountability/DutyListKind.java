package org.fazhi.report.accountability;

/** What a duty list (清单) lists. */
public enum DutyListKind {
  /** 第一责任人职责清单: the duties of the principal leaders as first responsible persons. */
  FIRST_RESPONSIBLE_PERSON,
  /** 学法清单: what leading cadres are to study. */
  LEADERS_STUDY,
  /** 权力清单: the powers an agency holds. */
  POWERS,
  /** 责任清单: the responsibilities attached to an agency's powers or work. */
  RESPONSIBILITIES,
  /** Any other list. */
  OTHER
}
