package org.fazhi.report;

/** What kind of body issues a report. */
public enum IssuerKind {
  /** 人民政府, at any level including townships. */
  PEOPLES_GOVERNMENT,
  /** 党委: a Party committee (县委), often jointly with the government. */
  PARTY_COMMITTEE,
  /** A government department or agency: 县司法局, 市市场监督管理局. */
  DEPARTMENT,
  /** 街道办事处: a subdistrict office. */
  SUBDISTRICT_OFFICE,
  /** 依法治县（市）办 or 委员会: the rule-of-law committee or its office. */
  RULE_OF_LAW_OFFICE,
  /** Any other body: a development-zone committee, a court, a university. */
  OTHER
}
