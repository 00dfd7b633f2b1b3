package org.fazhi.report.validation;

import static org.fazhi.report.validation.Severity.ERROR;
import static org.fazhi.report.validation.Severity.INFO;
import static org.fazhi.report.validation.Severity.WARNING;

import java.util.Optional;

/**
 * The rule catalog: every rule the validator applies, with its stable id and severity.
 *
 * <p>The {@link #id() id} is a public contract: it is documented, used to suppress findings and to
 * key messages ({@code org.fazhi.report.validation.<id>} in {@code ContributorValidationMessages}),
 * and is never renamed or reused. A rule whose meaning changes gets a new id; a retired rule keeps
 * its id out of use.
 *
 * <p>Approximate figures (700余, 近30, 约30, 超过30, 30以上, 30以内) are bounds: a rule reports only what
 * holds for every value the written figures can stand for, and says nothing when the bounds cannot
 * decide. Each arithmetic rule says below what an absent figure means; unless it says otherwise, a
 * rule is skipped when a figure it needs is absent.
 */
public enum Rule {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  // Metadata
  /** The document date is absent: every report bears the date it was issued on. */
  METADATA_DOCUMENT_DATE_MISSING("metadata.document-date-missing", WARNING,
      "The document date (成文日期) is given."),
  /** No issuer is named. */
  METADATA_ISSUERS_MISSING("metadata.issuers-missing", WARNING,
      "At least one issuer is named."),
  /** The document is dated before the first day of the period it reports on. */
  METADATA_DOCUMENT_DATE_BEFORE_PERIOD_START("metadata.document-date-before-period-start", ERROR,
      "The document date is not before the start of the reporting period."),
  /** The document is dated before its period ends, so its figures cannot cover the whole period. */
  METADATA_DOCUMENT_DATE_BEFORE_PERIOD_END("metadata.document-date-before-period-end", WARNING,
      "The document date is not before the end of the reporting period (else the period should end"
          + " when the figures were taken)."),
  /** The report was published before the date it bears. */
  METADATA_PUBLICATION_BEFORE_DOCUMENT_DATE("metadata.publication-before-document-date", ERROR,
      "The publication date is not before the document date."),
  /** The report was published after April 1 of the year after the reporting year. */
  METADATA_PUBLICATION_AFTER_DEADLINE("metadata.publication-after-deadline", WARNING,
      "The report is published by April 1 of the year after the reporting year (厅字〔2019〕28号)."),
  /** The reporting period does not overlap the reporting year at all. */
  METADATA_PERIOD_OUTSIDE_REPORTING_YEAR("metadata.period-outside-reporting-year", ERROR,
      "The reporting period overlaps the reporting year."),
  /** The reporting period reaches beyond the reporting year. */
  METADATA_PERIOD_BEYOND_REPORTING_YEAR("metadata.period-beyond-reporting-year", WARNING,
      "The reporting period lies within the reporting year."),
  /** The reporting period covers only part of the reporting year. */
  METADATA_PERIOD_PARTIAL_YEAR("metadata.period-partial-year", INFO,
      "Notes a reporting period shorter than the whole reporting year (今年以来, 截至目前)."),
  /** Neither the period covered nor the reporting year is given. */
  METADATA_PERIOD_MISSING("metadata.period-missing", WARNING,
      "The report gives the period it covers or its reporting year (a statistical release often"
          + " gives neither; its figures then belong to no period)."),

  // Administrative division
  /** The division code is not a well-formed GB/T 2260 (or GB/T 10114) code. */
  DIVISION_CODE_FORMAT("division.code-format", ERROR,
      "The division code is well formed: no county part under a 00 prefecture part, no 000 township"
          + " part."),
  /** The division code's first two digits name no province-level division. */
  DIVISION_CODE_PROVINCE_UNKNOWN("division.code-province-unknown", ERROR,
      "The division code's first two digits are a province-level code of GB/T 2260."),
  /** The level the division code implies differs from the declared level. */
  DIVISION_CODE_LEVEL_MISMATCH("division.code-level-mismatch", ERROR,
      "The level the division code implies (0000: province, 00: prefecture, nine digits: township)"
          + " is the declared level."),
  /** The division's name ends in a word of another level (阳高县 declared a prefecture). */
  DIVISION_NAME_LEVEL_MISMATCH("division.name-level-mismatch", WARNING,
      "A division name ending in an unambiguous level word (省, 自治区, 自治州, 地区, 盟, 县, 旗, 乡,"
          + " 镇, 街道) agrees with the declared level."),

  // Outline
  /** A statutory part has no section mapped to it. */
  OUTLINE_STATUTORY_PART_MISSING("outline.statutory-part-missing", WARNING,
      "Each of the five statutory parts of 厅字〔2019〕28号 is mapped to a section (in any order)."
          + " Skipped for a report without sections."),
  /** Sibling labels of one style skip, repeat or go back (一、二、四). */
  OUTLINE_NUMBERING_NOT_CONTIGUOUS("outline.numbering-not-contiguous", WARNING,
      "Labels of one style at one depth count 1, 2, 3, … (Arabic numbering may run on from the"
          + " previous parent)."),

  // Whole report
  /** A typed fact names a section the outline does not have. */
  REPORT_SECTION_REFERENCE_MISSING("report.section-reference-missing", ERROR,
      "Every section a typed fact names exists in the outline. Skipped for a report without"
          + " sections."),
  /** A fact stated twice (a typed figure and an indicator or series point restating it) disagrees. */
  REPORT_FACT_STATED_TWICE_DISAGREES("report.fact-stated-twice-disagrees", ERROR,
      "Two statements of one fact agree: a typed figure, an indicator that restates its concept, a"
          + " series point of the report's own period. Approximate, scaled and rounded figures agree"
          + " when their bounds overlap (3.6万 and 36120 agree); figures of another period or scope"
          + " are not compared."),
  /** Two indicators have the same label, quantity and section. */
  REPORT_INDICATOR_DUPLICATE("report.indicator-duplicate", WARNING,
      "No two indicators have the same label, quantity and section."),
  /** An emergency occurred after the date the report bears. */
  REPORT_EMERGENCY_AFTER_DOCUMENT_DATE("report.emergency-after-document-date", ERROR,
      "No emergency occurred (local date) after the document date."),
  /** An emergency occurred outside the reporting period. */
  REPORT_EMERGENCY_OUTSIDE_PERIOD("report.emergency-outside-period", WARNING,
      "Every emergency occurred (local date) within the reporting period."),
  /** A training activity is dated after the date the report bears. */
  REPORT_TRAINING_AFTER_DOCUMENT_DATE("report.training-after-document-date", WARNING,
      "No training or study activity is dated after the document date."),

  // Rates
  /** A share (appearance, satisfaction, coverage, review, filing, success, cut rate) over 100%. */
  RATE_SHARE_EXCEEDS_100("rate.share-exceeds-100", ERROR,
      "A share — appearance, loss, correction, satisfaction, success, handling, review, coverage,"
          + " filing, certificate-holding, cut and rectification rates — is at most 100%."
          + " Completion rates may exceed 100%."),
  /** A rate disagrees with the numerator and denominator it states. */
  RATE_DISAGREES_WITH_STATED_COUNTS("rate.disagrees-with-stated-counts", ERROR,
      "A rate that states its numerator and denominator agrees with them within its written"
          + " precision, rounded or truncated: 58% for 32/55 agrees, 95.87% for 2369/2474 does"
          + " not."),
  /** A rate disagrees with the counts of its block. */
  RATE_DISAGREES_WITH_BLOCK_COUNTS("rate.disagrees-with-block-counts", WARNING,
      "A rate agrees, within its written precision, with the counts its block gives for it (e.g."
          + " appearance rate with appearances/hearings, cut rate with cut/granted, correction rate"
          + " with the corrective outcomes over closed cases) or over another basis the block gives"
          + " (then rate.basis-inferred notes it); publishers sometimes use denominators the report"
          + " does not give, hence a warning. A numerator known only from below (an incomplete"
          + " outcome list) is checked on that side."),
  /** A rate disagrees with its counts over the basis the report states for it. */
  RATE_DISAGREES_WITH_STATED_BASIS("rate.disagrees-with-stated-basis", ERROR,
      "A rate whose basis the report states (按结案数, 按受理数) agrees, within its written precision,"
          + " with its numerator over the block's figure for that basis. Where publishers count"
          + " the numerator differently (corrections, mediations) an ERROR only when the rate"
          + " agrees with another basis instead — the label, not the count, is wrong; else"
          + " rate.disagrees-with-block-counts. A numerator known only from below is checked on"
          + " that side."),
  /** A rate without a stated basis agrees only with another basis than its usual one. */
  RATE_BASIS_INFERRED("rate.basis-inferred", INFO,
      "Notes a rate without a stated basis that disagrees with its usual basis but agrees with"
          + " another the block gives (a correction rate computed over accepted, not closed,"
          + " cases)."),
  /** Shares of one whole add up to more than 100%. */
  RATE_SHARES_EXCEED_100("rate.shares-exceed-100", ERROR,
      "Shares of one whole — a block's outcome shares, a breakdown's item shares, a win and a loss"
          + " rate — add up to at most 100%, beyond the rounding of each (half a unit of its last"
          + " digit; 约 by its tolerance)."),

  // Administrative reconsideration
  /** More applications accepted than received. */
  RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED("reconsideration.accepted-exceeds-received", ERROR,
      "accepted ≤ received."),
  /** Accepted and refused applications together exceed those received. */
  RECONSIDERATION_ACCEPTED_AND_REFUSED_EXCEED_RECEIVED(
      "reconsideration.accepted-and-refused-exceed-received", ERROR,
      "accepted + notAccepted ≤ received (reported only when accepted ≤ received holds)."),
  /** More cases closed than accepted and carried over (none stated: 0). */
  RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER(
      "reconsideration.closed-exceeds-accepted-and-carried-over", ERROR,
      "closed ≤ accepted + carriedOver; an absent carriedOver counts 0. A report whose figures"
          + " hold only with cases carried over that it does not state can suppress the finding,"
          + " giving that as the reason."),
  /** Pending cases differ from accepted plus carried over minus closed. */
  RECONSIDERATION_PENDING_DIFFERS_FROM_OPEN_CASES(
      "reconsideration.pending-differs-from-open-cases", ERROR,
      "pending = accepted + carriedOver − closed, where all four are given."),
  /** The outcome breakdown adds up to more than the cases closed. */
  RECONSIDERATION_OUTCOMES_EXCEED_CLOSED("reconsideration.outcomes-exceed-closed", ERROR,
      "The sum of outcomes ≤ closed."),
  /** A breakdown said to be complete adds up to fewer than the cases closed. */
  RECONSIDERATION_OUTCOMES_BELOW_CLOSED("reconsideration.outcomes-below-closed", ERROR,
      "The sum of outcomes = closed where outcomesComplete (reported when it is less)."),
  /** Where closed is not given, the outcomes exceed the cases that could have been closed. */
  RECONSIDERATION_OUTCOMES_EXCEED_OPEN_CASES("reconsideration.outcomes-exceed-open-cases", ERROR,
      "Where closed is not given: the outcomes (kinds and groups) ≤ handled, or accepted +"
          + " carriedOver where handled is not given (an absent carriedOver counts 0, as for"
          + " closed)."),
  /** An outcome group counts fewer cases than the kinds it lists that are stated apart. */
  RECONSIDERATION_OUTCOME_GROUP_BELOW_KINDS("reconsideration.outcome-group-below-kinds", ERROR,
      "An outcome group's count ≥ the sum of the kinds it lists that the report also states"
          + " apart."),
  /** A closed outcome group counts more cases than the kinds it lists, all stated apart. */
  RECONSIDERATION_OUTCOME_GROUP_EXCEEDS_KINDS("reconsideration.outcome-group-exceeds-kinds",
      ERROR,
      "A closed outcome group (no 等) whose every kind the report also states apart = their sum"
          + " (reported when it is more)."),
  /** The caseload handled differs from the cases accepted and carried over. */
  RECONSIDERATION_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER(
      "reconsideration.handled-differs-from-accepted-and-carried-over", ERROR,
      "handled = accepted + carriedOver, where all three are given."),
  /** Fewer cases handled than accepted, where no carried-over count is given. */
  RECONSIDERATION_HANDLED_BELOW_ACCEPTED("reconsideration.handled-below-accepted", ERROR,
      "handled ≥ accepted where carriedOver is not given: the cases handled are those accepted"
          + " and those carried over."),
  /** More cases closed than handled. */
  RECONSIDERATION_CLOSED_EXCEEDS_HANDLED("reconsideration.closed-exceeds-handled", ERROR,
      "closed ≤ handled (reported only when closed ≤ accepted + carriedOver holds or is not"
          + " checked)."),
  /** New cases (新收) below the cases accepted or above those received. */
  RECONSIDERATION_NEW_CASES_OUTSIDE_RECEIVED_AND_ACCEPTED(
      "reconsideration.new-cases-outside-received-and-accepted", ERROR,
      "accepted ≤ newCases ≤ received: 新收 means received or accepted, so it lies between them."),

  // Breakdowns
  /** A breakdown's items add up to more than its total. */
  BREAKDOWN_ITEMS_EXCEED_TOTAL("breakdown.items-exceed-total", ERROR,
      "A breakdown's item counts add up to at most its total: its own total, else the block's"
          + " figure for what it breaks down (of). Skipped when neither is known."),
  /** A breakdown said to be complete adds up to less than its total. */
  BREAKDOWN_ITEMS_BELOW_TOTAL("breakdown.items-below-total", ERROR,
      "A breakdown said to be complete adds up to its total, where every item has a count"
          + " (reported when it is less)."),
  /** An item's share disagrees with its count over the total. */
  BREAKDOWN_ITEM_SHARE_DISAGREES_WITH_COUNT("breakdown.item-share-disagrees-with-count",
      WARNING,
      "An item with a count and a share agrees, within the share's written precision, with its"
          + " count over the breakdown's total; a share of another total (received, not accepted)"
          + " may explain a difference, hence a warning."),

  // Administrative litigation
  /** More cases concluded than the cases and those carried over (none stated: 0). */
  LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER(
      "litigation.concluded-exceeds-cases-and-carried-over", ERROR,
      "concluded ≤ cases + carriedOver; an absent carriedOver counts 0. A report whose figures"
          + " hold only with cases carried over that it does not state can suppress the finding,"
          + " giving that as the reason."),
  /** Won, lost and withdrawn cases together exceed those concluded. */
  LITIGATION_RESULTS_EXCEED_CONCLUDED("litigation.results-exceed-concluded", ERROR,
      "won + lost + withdrawn ≤ concluded (absent ones count 0; skipped when none is given)."),
  /** The judgment breakdown adds up to more than the cases concluded. */
  LITIGATION_JUDGMENTS_EXCEED_CONCLUDED("litigation.judgments-exceed-concluded", ERROR,
      "The sum of judgments ≤ concluded."),
  /** A judgment breakdown said to be complete adds up to fewer than the cases concluded. */
  LITIGATION_JUDGMENTS_BELOW_CONCLUDED("litigation.judgments-below-concluded", ERROR,
      "The sum of judgments = concluded where judgmentsComplete (reported when it is less)."),
  /** More head-of-agency appearances than hearings. */
  LITIGATION_HEAD_APPEARANCES_EXCEED_HEARINGS("litigation.head-appearances-exceed-hearings", ERROR,
      "headAppearances ≤ hearings."),
  /** Pending cases differ from the cases and those carried over, less those concluded. */
  LITIGATION_PENDING_DIFFERS_FROM_OPEN_CASES("litigation.pending-differs-from-open-cases", ERROR,
      "pending = cases + carriedOver − concluded, where all four are given (reported only when"
          + " concluded ≤ cases + carriedOver holds)."),
  /** Fewer losses than judgments against the agency. */
  LITIGATION_LOST_BELOW_ADVERSE_JUDGMENTS("litigation.lost-below-adverse-judgments", WARNING,
      "lost ≥ the judgments that go against the agency (撤销, 重作, 履行, 给付, 确认违法, 确认无效,"
          + " 变更); publishers count losses differently, hence a warning."),

  // Performance of court judgments
  /** More cases concluded than cases. */
  JUDGMENT_PERFORMANCE_CONCLUDED_EXCEEDS_CASES("judgment-performance.concluded-exceeds-cases",
      ERROR, "concluded ≤ cases."),
  /** The judgment breakdown adds up to more than the cases concluded. */
  JUDGMENT_PERFORMANCE_JUDGMENTS_EXCEED_CONCLUDED(
      "judgment-performance.judgments-exceed-concluded", ERROR,
      "The sum of judgments ≤ concluded."),
  /** A judgment breakdown said to be complete adds up to fewer than the cases concluded. */
  JUDGMENT_PERFORMANCE_JUDGMENTS_BELOW_CONCLUDED("judgment-performance.judgments-below-concluded",
      ERROR,
      "The sum of judgments = concluded where judgmentsComplete (reported when it is less)."),
  /** More judgments performed than cases concluded. */
  JUDGMENT_PERFORMANCE_PERFORMED_EXCEEDS_CONCLUDED(
      "judgment-performance.performed-exceeds-concluded", ERROR, "performed ≤ concluded."),

  // Legal aid
  /** More cases accepted than applications. */
  LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS("legal-aid.accepted-exceeds-applications", ERROR,
      "accepted ≤ applications."),
  /** More cases closed than accepted and carried over (none stated: 0). */
  LEGAL_AID_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER(
      "legal-aid.closed-exceeds-accepted-and-carried-over", ERROR,
      "closed ≤ accepted + carriedOver; an absent carriedOver counts 0. A report whose figures"
          + " hold only with cases carried over that it does not state can suppress the finding,"
          + " giving that as the reason."),

  /** The caseload handled differs from the cases accepted and carried over. */
  LEGAL_AID_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER(
      "legal-aid.handled-differs-from-accepted-and-carried-over", ERROR,
      "handled = accepted + carriedOver, where all three are given."),
  /** Fewer cases handled than accepted, where no carried-over count is given. */
  LEGAL_AID_HANDLED_BELOW_ACCEPTED("legal-aid.handled-below-accepted", ERROR,
      "handled ≥ accepted where carriedOver is not given: the cases handled are those accepted"
          + " and those carried over."),
  /** More cases closed than handled. */
  LEGAL_AID_CLOSED_EXCEEDS_HANDLED("legal-aid.closed-exceeds-handled", ERROR,
      "closed ≤ handled (reported only when closed ≤ accepted + carriedOver holds or is not"
          + " checked)."),
  /** The cases by type add up to more than the cases. */
  LEGAL_AID_CASES_BY_TYPE_EXCEED_CASES("legal-aid.cases-by-type-exceed-cases", ERROR,
      "The cases by type add up to at most the cases handled, or accepted + carriedOver where"
          + " handled is not given (an absent carriedOver counts 0, as for closed)."),

  // People's mediation
  /** More disputes settled than mediated. */
  MEDIATION_SETTLED_EXCEEDS_MEDIATED("mediation.settled-exceeds-mediated", ERROR,
      "settled ≤ mediated."),
  /** Village and professional committees add up to more than the committees. */
  MEDIATION_COMMITTEE_KINDS_EXCEED_COMMITTEES("mediation.committee-kinds-exceed-committees",
      ERROR,
      "villageCommittees + professionalCommittees ≤ committees (absent ones count 0; skipped"
          + " when neither is given)."),
  /** More full-time mediators than mediators. */
  MEDIATION_FULL_TIME_MEDIATORS_EXCEED_MEDIATORS(
      "mediation.full-time-mediators-exceed-mediators", ERROR, "fullTimeMediators ≤ mediators."),
  /** More disputes mediated than found or received. */
  MEDIATION_MEDIATED_EXCEEDS_DISPUTES("mediation.mediated-exceeds-disputes", WARNING,
      "mediated ≤ disputes; disputes carried over from earlier may explain more, hence a warning."),

  // Public legal services
  /** The target a completion rate implies, where the report gives no target. */
  PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED("public-legal-services.target-implied", INFO,
      "Notes the annual target that services and completion rate imply where no target is given"
          + " (2522 at 114.63% implies about 2200)."),

  // Decision-making
  /** The catalog lists more items than it declares. */
  DECISION_CATALOG_ITEMS_EXCEED_DECLARED("decision-catalog.items-exceed-declared", ERROR,
      "The items listed ≤ the declared count."),
  /** The catalog lists fewer items than it declares. */
  DECISION_CATALOG_ITEMS_BELOW_DECLARED("decision-catalog.items-below-declared", WARNING,
      "The items listed = the declared count where items are listed (a report may list only some,"
          + " hence a warning)."),
  /** Items counted by status add up to more than the items declared. */
  DECISION_CATALOG_STATUS_COUNTS_EXCEED_DECLARED(
      "decision-catalog.status-counts-exceed-declared", ERROR,
      "The items counted by status add up to at most the declared count."),
  /** More lawyers among the legal advisers than advisers. */
  LEGAL_ADVISERS_LAWYERS_EXCEED_ADVISERS("legal-advisers.lawyers-exceed-advisers", ERROR,
      "lawyers ≤ advisers (其中律师)."),
  /** A decided item did not pass legality review. */
  DECISION_ITEM_DECIDED_WITHOUT_LEGALITY_REVIEW("decision-item.decided-without-legality-review",
      WARNING, "A decided item has legality review DONE where the report gives its status"
          + " (regulation art. 25–28)."),
  /** A public comment period shorter than 30 days. */
  COMMENT_PERIOD_UNDER_30_DAYS("comment-period.under-30-days", WARNING,
      "Public comment periods (catalog, items, normative documents) are at least 30 days; the"
          + " regulation says \"generally\", hence a warning."),
  /** More normative documents filed on time than filed. */
  NORMATIVE_DOCUMENTS_FILED_ON_TIME_EXCEEDS_FILED(
      "normative-documents.filed-on-time-exceeds-filed", ERROR, "filedOnTime ≤ filed."),
  /** Kept, amended and repealed documents exceed those examined in the cleanup. */
  NORMATIVE_DOCUMENTS_CLEANUP_RESULTS_EXCEED_CLEANED_UP(
      "normative-documents.cleanup-results-exceed-cleaned-up", ERROR,
      "kept + amended + repealed ≤ cleanedUp (absent ones count 0)."),
  /** More normative documents filed than issued. */
  NORMATIVE_DOCUMENTS_FILED_EXCEEDS_ISSUED("normative-documents.filed-exceeds-issued", WARNING,
      "filed ≤ issued; filings of the previous year's documents may explain more, hence a"
          + " warning."),

  // Delegated township powers
  /** Powers cut and kept do not add up to the powers granted. */
  DELEGATED_POWERS_CUT_AND_KEPT_DIFFER_FROM_GRANTED(
      "delegated-powers.cut-and-kept-differ-from-granted", ERROR,
      "cut + kept = granted; for per-township averages within 1 (each average may be rounded)."),
  /** Removal and optional proposals exceed the powers granted. */
  DELEGATED_POWERS_PROPOSALS_EXCEED_GRANTED("delegated-powers.proposals-exceed-granted", ERROR,
      "removalProposals + optionalProposals ≤ granted (absent ones count 0)."),

  // Accountability
  /** A duty list lists more items than it says it has. */
  DUTY_LIST_ITEMS_EXCEED_COUNT("duty-list.items-exceed-count", ERROR,
      "The items listed ≤ itemCount."),
  /** More problems rectified than found. */
  RECTIFICATION_LIST_RECTIFIED_EXCEEDS_PROBLEMS("rectification-list.rectified-exceeds-problems",
      ERROR, "rectified ≤ problems."),
  /** A rectification list lists more items than problems. */
  RECTIFICATION_LIST_ITEMS_EXCEED_PROBLEMS("rectification-list.items-exceed-problems", ERROR,
      "The items listed ≤ problems."),

  // Changes
  /** A stated change disagrees with the figure and its value in the base period. */
  CHANGE_DISAGREES_WITH_VALUES("change.disagrees-with-values", ERROR,
      "A stated change (同比增长12.5%, 较上年减少7件, 提高2.5个百分点) agrees with the figure and its"
          + " value in the base period, where a series of the same figure gives that value: the"
          + " direction, and the amount within its written precision (rounded or truncated) —"
          + " percent of the base value, percentage points between two rates, or a difference in"
          + " the figure's unit. Approximate and scaled values are bounds."),

  // Emergencies
  /** An earthquake magnitude outside −5 to 10. */
  EMERGENCY_MAGNITUDE_OUT_OF_RANGE("emergency.magnitude-out-of-range", ERROR,
      "magnitude is within −5 and 10 (no earthquake has exceeded 9.5)."),
  /** A focal depth outside −10 to 800 km. */
  EMERGENCY_DEPTH_OUT_OF_RANGE("emergency.depth-out-of-range", ERROR,
      "depthKilometres is within −10 (above sea level) and 800 (no earthquake is deeper than about"
          + " 750 km)."),
  /** A latitude outside −90 to 90. */
  EMERGENCY_LATITUDE_OUT_OF_RANGE("emergency.latitude-out-of-range", ERROR,
      "latitude is within −90 and 90."),
  /** A longitude outside −180 to 180. */
  EMERGENCY_LONGITUDE_OUT_OF_RANGE("emergency.longitude-out-of-range", ERROR,
      "longitude is within −180 and 180."),
  /** A magnitude or focal depth given for an emergency that is no earthquake. */
  EMERGENCY_EARTHQUAKE_FIGURES_ON_OTHER_KIND("emergency.earthquake-figures-on-other-kind",
      WARNING, "magnitude and depthKilometres are given only for an EARTHQUAKE."),
  ;

  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The stable id: {@code reconsideration.closed-exceeds-accepted-and-carried-over}. */
  public String id() {
    return id;
  }

  /** The severity of the rule's findings. */
  public Severity severity() {
    return severity;
  }

  /** What the rule checks, in English, with what an absent figure means. */
  public String description() {
    return description;
  }

  /** The key of the rule's message in {@code ContributorValidationMessages}. */
  public String messageKey() {
    return MESSAGE_KEY_PREFIX + id;
  }

  /** The prefix of every message key of the catalog. */
  public static final String MESSAGE_KEY_PREFIX = "org.fazhi.report.validation.";

  /** The rule with id {@code id}, if there is one. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
  // spotless:on
}
