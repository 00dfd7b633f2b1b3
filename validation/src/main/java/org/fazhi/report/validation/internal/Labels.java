package org.fazhi.report.validation.internal;

import java.util.Map;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.CaseStage;

/**
 * The Chinese and English names of the model's terms as messages quote them. A term value named
 * {@code level} is rendered into the message parameters {@code level} (Chinese) and {@code levelEn}
 * (English): Hibernate Validator inserts parameters literally, so each language's message picks its
 * own.
 */
final class Labels {
  private Labels() {}

  private static final Map<Enum<?>, String[]> TERMS =
      Map.ofEntries(
          Map.entry(DivisionLevel.PROVINCE, new String[] {"省级", "province-level"}),
          Map.entry(DivisionLevel.PREFECTURE, new String[] {"地级", "prefecture-level"}),
          Map.entry(DivisionLevel.COUNTY, new String[] {"县级", "county-level"}),
          Map.entry(DivisionLevel.TOWNSHIP, new String[] {"乡级", "township-level"}),
          Map.entry(
              StatutoryPart.MEASURES_AND_RESULTS,
              new String[] {
                StatutoryPart.MEASURES_AND_RESULTS.title(), "main measures and results"
              }),
          Map.entry(
              StatutoryPart.SHORTCOMINGS,
              new String[] {StatutoryPart.SHORTCOMINGS.title(), "shortcomings and their causes"}),
          Map.entry(
              StatutoryPart.LEADERS_DUTIES,
              new String[] {
                StatutoryPart.LEADERS_DUTIES.title(),
                "how the principal leaders performed their duty as first responsible persons"
              }),
          Map.entry(
              StatutoryPart.NEXT_YEAR_ARRANGEMENTS,
              new String[] {
                StatutoryPart.NEXT_YEAR_ARRANGEMENTS.title(), "main arrangements for the next year"
              }),
          Map.entry(
              StatutoryPart.OTHER_MATTERS,
              new String[] {StatutoryPart.OTHER_MATTERS.title(), "other matters to report"}),
          Map.entry(
              StatutoryPart.SUGGESTIONS,
              new String[] {StatutoryPart.SUGGESTIONS.title(), "suggestions to the level above"}),
          Map.entry(ProcedureStatus.DONE, new String[] {"已开展", "done"}),
          Map.entry(ProcedureStatus.NOT_DONE, new String[] {"未开展", "not done"}),
          Map.entry(ProcedureStatus.NOT_REQUIRED, new String[] {"无需开展", "not required"}),
          Map.entry(EmergencyKind.EARTHQUAKE, new String[] {"地震", "earthquake"}),
          Map.entry(EmergencyKind.FLOOD, new String[] {"洪涝", "flood"}),
          Map.entry(EmergencyKind.FOREST_FIRE, new String[] {"森林草原火灾", "forest fire"}),
          Map.entry(EmergencyKind.GEOLOGICAL_HAZARD, new String[] {"地质灾害", "geological hazard"}),
          Map.entry(
              EmergencyKind.OTHER_NATURAL_DISASTER, new String[] {"其他自然灾害", "natural disaster"}),
          Map.entry(EmergencyKind.ACCIDENT, new String[] {"事故灾难", "accident"}),
          Map.entry(EmergencyKind.PUBLIC_HEALTH, new String[] {"公共卫生事件", "public health event"}),
          Map.entry(
              EmergencyKind.SOCIAL_SECURITY, new String[] {"社会安全事件", "social security event"}),
          Map.entry(EmergencyKind.OTHER, new String[] {"其他突发事件", "other emergency"}),
          Map.entry(CaseStage.RECEIVED, new String[] {"收到申请数", "applications received"}),
          Map.entry(CaseStage.ACCEPTED, new String[] {"受理数", "cases accepted"}),
          Map.entry(CaseStage.HANDLED, new String[] {"办理数", "cases handled"}),
          Map.entry(CaseStage.CLOSED, new String[] {"结案数", "cases closed"}),
          Map.entry(BreakdownDimension.RESPONDENT, new String[] {"被申请人", "respondent"}),
          Map.entry(BreakdownDimension.CASE_TYPE, new String[] {"案件类型", "case type"}),
          Map.entry(BreakdownDimension.FIELD, new String[] {"领域", "field"}),
          Map.entry(BreakdownDimension.REGION, new String[] {"地区", "region"}));

  /** The Chinese name of {@code term}; its constant name if it has none. */
  static String chinese(Enum<?> term) {
    String[] names = TERMS.get(term);
    return names == null ? term.name() : names[0];
  }

  /** The English name of {@code term}; its constant name if it has none. */
  static String english(Enum<?> term) {
    String[] names = TERMS.get(term);
    return names == null ? term.name() : names[1];
  }
}
