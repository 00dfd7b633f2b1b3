package org.fazhi.report.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.Facts;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.validation.Rule;

/**
 * The rules that look across a whole report: section references against the outline, dates of
 * emergencies and training against the document date and period, duplicated indicators, and, over
 * its facts, facts stated twice and stated changes ({@link FactRules}).
 */
public final class ReportRulesValidator extends RulesValidator<Report> {

  @Override
  void check(Report report, Checks checks) {
    if (checks.wants(Rule.REPORT_SECTION_REFERENCE_MISSING)
        && !report.getOutline().getSections().isEmpty()) {
      for (Reference reference : references(report)) {
        SectionId id = reference.fact().getSection().orElseThrow();
        if (report.getOutline().find(id).isEmpty()) {
          checks
              .finding(Rule.REPORT_SECTION_REFERENCE_MISSING)
              .at(reference.at())
              .value("section", id.toString())
              .section(Optional.empty())
              .cause(id.toString())
              .report();
        }
      }
    }
    emergencies(report, checks);
    training(report, checks);
    duplicateIndicators(report, checks);
    if (checks.wants(Rule.REPORT_FACT_STATED_TWICE_DISAGREES) && FactRules.applies(report)) {
      List<Fact> facts = Facts.of(report);
      FactRules.restatements(facts, checks);
      FactRules.changes(report, facts, checks);
    }
  }

  private static void emergencies(Report report, Checks checks) {
    Optional<LocalDate> documentDate = report.getMetadata().getDocumentDate();
    Optional<ReportingPeriod> period = report.getMetadata().getPeriod();
    List<Emergency> emergencies = report.getEmergencies();
    for (int i = 0; i < emergencies.size(); i++) {
      Emergency emergency = emergencies.get(i);
      if (emergency.getOccurredAt().isEmpty()) {
        continue;
      }
      LocalDate occurred = emergency.getOccurredAt().get().toLocalDate();
      if (documentDate.isPresent() && occurred.isAfter(documentDate.get())) {
        checks
            .finding(Rule.REPORT_EMERGENCY_AFTER_DOCUMENT_DATE)
            .at("emergencies", i, "occurredAt")
            .value("occurredOn", occurred)
            .value("documentDate", documentDate.get())
            .section(emergency.getSection())
            .report();
      } else if (period.isPresent() && !period.get().contains(occurred)) {
        checks
            .finding(Rule.REPORT_EMERGENCY_OUTSIDE_PERIOD)
            .at("emergencies", i, "occurredAt")
            .value("occurredOn", occurred)
            .value("periodStart", period.get().getStart())
            .value("periodEnd", period.get().getEnd())
            .section(emergency.getSection())
            .report();
      }
    }
  }

  private static void training(Report report, Checks checks) {
    Optional<LocalDate> documentDate = report.getMetadata().getDocumentDate();
    if (documentDate.isEmpty() || !checks.wants(Rule.REPORT_TRAINING_AFTER_DOCUMENT_DATE)) {
      return;
    }
    List<TrainingActivity> training = report.getEnforcement().getTraining();
    for (int i = 0; i < training.size(); i++) {
      training(training.get(i), documentDate.get(), checks, "enforcement", "training", i);
    }
    if (report.getAccountability().getStudy().isPresent()) {
      List<TrainingActivity> activities =
          report.getAccountability().getStudy().get().getActivities();
      for (int i = 0; i < activities.size(); i++) {
        training(
            activities.get(i),
            documentDate.get(),
            checks,
            "accountability",
            "study",
            "activities",
            i);
      }
    }
  }

  private static void training(
      TrainingActivity activity, LocalDate documentDate, Checks checks, Object... path) {
    List<LocalDate> dates = activity.getDates();
    for (int j = 0; j < dates.size(); j++) {
      if (dates.get(j).isAfter(documentDate)) {
        List<Object> at = new ArrayList<>(List.of(path));
        at.add("dates");
        at.add(j);
        checks
            .finding(Rule.REPORT_TRAINING_AFTER_DOCUMENT_DATE)
            .at(at.toArray())
            .value("date", dates.get(j))
            .value("documentDate", documentDate)
            .section(activity.getSection())
            .report();
      }
    }
  }

  private static void duplicateIndicators(Report report, Checks checks) {
    if (!checks.wants(Rule.REPORT_INDICATOR_DUPLICATE)) {
      return;
    }
    List<Indicator> indicators = report.getIndicators();
    Map<IndicatorKey, Integer> first = new HashMap<>(2 * indicators.size()); // no rehashing
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      IndicatorKey key =
          new IndicatorKey(indicator.getLabel(), indicator.getQuantity(), indicator.getSection());
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        checks
            .finding(Rule.REPORT_INDICATOR_DUPLICATE)
            .at("indicators", i)
            .value("label", indicator.getLabel())
            .value("quantity", indicator.getQuantity().toString())
            .value("first", "/indicators/" + earlier)
            .section(indicator.getSection())
            .cause("/indicators/" + earlier)
            .report();
      }
    }
  }

  /** What makes two indicators the same: label, quantity and section. */
  private record IndicatorKey(String label, Quantity quantity, Optional<SectionId> section) {}

  /**
   * A fact that names a section, where it stands: the path to the fact, or to the list that holds
   * it and its {@code index} there (else -1). The path to its {@code section} property is built
   * only for a finding.
   */
  private record Reference(Anchored fact, Object[] path, int index) {
    Object[] at() {
      List<Object> at = new ArrayList<>(List.of(path));
      if (index >= 0) {
        at.add(index);
      }
      at.add("section");
      return at.toArray();
    }
  }

  private static List<Reference> references(Report report) {
    List<Reference> references = new ArrayList<>();
    CaseStatistics statistics = report.getStatistics();
    add(references, statistics.getReconsideration(), "statistics", "reconsideration");
    add(references, statistics.getLitigation(), "statistics", "litigation");
    add(references, statistics.getJudgmentPerformance(), "statistics", "judgmentPerformance");
    add(references, statistics.getLegalAid(), "statistics", "legalAid");
    add(references, statistics.getMediation(), "statistics", "mediation");
    add(references, statistics.getPublicLegalServices(), "statistics", "publicLegalServices");
    DecisionMaking decisions = report.getDecisions();
    add(references, decisions.getCatalog(), "decisions", "catalog");
    add(references, decisions.getLegalityReview(), "decisions", "legalityReview");
    add(references, decisions.getNormativeDocuments(), "decisions", "normativeDocuments");
    add(references, decisions.getLegalAdvisers(), "decisions", "legalAdvisers");
    AdministrativeEnforcement enforcement = report.getEnforcement();
    add(references, Optional.of(enforcement), "enforcement");
    addAll(references, enforcement.getTraining(), "enforcement", "training");
    add(references, enforcement.getDelegatedPowers(), "enforcement", "delegatedPowers");
    Accountability accountability = report.getAccountability();
    addAll(references, accountability.getDutyLists(), "accountability", "dutyLists");
    addAll(
        references, accountability.getRectificationLists(), "accountability", "rectificationLists");
    add(references, accountability.getStudy(), "accountability", "study");
    accountability
        .getStudy()
        .ifPresent(
            study ->
                addAll(references, study.getActivities(), "accountability", "study", "activities"));
    addAll(references, report.getEmergencies(), "emergencies");
    addAll(references, report.getIndicators(), "indicators");
    return references;
  }

  private static void add(List<Reference> into, Optional<? extends Anchored> fact, Object... path) {
    if (fact.isPresent() && fact.get().getSection().isPresent()) {
      into.add(new Reference(fact.get(), path, -1));
    }
  }

  private static void addAll(List<Reference> into, List<? extends Anchored> facts, Object... path) {
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i).getSection().isPresent()) {
        into.add(new Reference(facts.get(i), path, i));
      }
    }
  }
}
