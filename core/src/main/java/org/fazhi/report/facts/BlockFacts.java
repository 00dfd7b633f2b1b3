package org.fazhi.report.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.figure.Rate;

/** The facts of the typed blocks, in the order of the JSON form. */
final class BlockFacts {
  private BlockFacts() {}

  static void collect(Report report, FactCollector f) {
    CaseStatistics statistics = report.getStatistics();
    statistics.getReconsideration().ifPresent(r -> reconsideration(r, f));
    statistics.getLitigation().ifPresent(l -> litigation(l, f));
    statistics.getJudgmentPerformance().ifPresent(j -> judgmentPerformance(j, f));
    statistics.getLegalAid().ifPresent(a -> legalAid(a, f));
    statistics.getMediation().ifPresent(m -> mediation(m, f));
    statistics.getPublicLegalServices().ifPresent(s -> publicLegalServices(s, f));
    DecisionMaking decisions = report.getDecisions();
    decisions.getCatalog().ifPresent(c -> catalog(c, f));
    decisions.getLegalityReview().ifPresent(r -> legalityReview(r, f));
    decisions.getNormativeDocuments().ifPresent(d -> normativeDocuments(d, f));
    decisions.getLegalAdvisers().ifPresent(a -> legalAdvisers(a, f));
    enforcement(report.getEnforcement(), f);
    accountability(report.getAccountability(), f);
    emergencies(report.getEmergencies(), f);
  }

  private static void reconsideration(Reconsideration r, FactCollector f) {
    String p = "/statistics/reconsideration";
    Optional<SectionId> s = r.getSection();
    f.count("reconsideration.received", p + "/received", r.getReceived(), s);
    f.count("reconsideration.new-cases", p + "/newCases", r.getNewCases(), s);
    f.count("reconsideration.accepted", p + "/accepted", r.getAccepted(), s);
    f.count("reconsideration.not-accepted", p + "/notAccepted", r.getNotAccepted(), s);
    f.count("reconsideration.carried-over", p + "/carriedOver", r.getCarriedOver(), s);
    f.count("reconsideration.handled", p + "/handled", r.getHandled(), s);
    f.count("reconsideration.closed", p + "/closed", r.getClosed(), s);
    f.count("reconsideration.pending", p + "/pending", r.getPending(), s);
    f.counts("reconsideration.outcome.", p + "/outcomes", r.getOutcomes(), s);
    List<OutcomeGroup> groups = r.getOutcomeGroups();
    for (int i = 0; i < groups.size(); i++) {
      OutcomeGroup group = groups.get(i);
      f.count("reconsideration.outcome-group", p + "/outcomeGroups/" + i + "/count",
          Optional.of(group.getCount()), FactCollector.kinds(group.getKinds(), group.isOpen()), s);
    }
    for (Map.Entry<ReconsiderationDecision, Rate> share : r.getOutcomeShares().entrySet()) {
      f.rate("reconsideration.outcome-share." + FactCollector.kebab(share.getKey()),
          p + "/outcomeShares/" + share.getKey().name(), Optional.of(share.getValue()),
          r.getOutcomeSharesBasis(), Optional.empty(), s);
    }
    f.rate("reconsideration.correction-rate", p + "/correctionRate", r.getCorrectionRate(),
        r.getCorrectionRateBasis(), Optional.empty(), s);
    f.rate("reconsideration.closure-rate", p + "/closureRate", r.getClosureRate(), s);
    f.rate("reconsideration.mediation-rate", p + "/mediationRate", r.getMediationRate(),
        r.getMediationRateBasis(), Optional.empty(), s);
    f.rate("reconsideration.mediation-withdrawal-rate", p + "/mediationWithdrawalRate",
        r.getMediationWithdrawalRate(), r.getMediationWithdrawalRateBasis(), Optional.empty(), s);
    f.breakdowns("reconsideration", p, r.getBreakdowns(), s);
  }

  private static void litigation(Litigation l, FactCollector f) {
    String p = "/statistics/litigation";
    Optional<SectionId> s = l.getSection();
    f.count("litigation.cases", p + "/cases", l.getCases(), s);
    f.count("litigation.carried-over", p + "/carriedOver", l.getCarriedOver(), s);
    f.count("litigation.first-instance", p + "/firstInstance", l.getFirstInstance(), s);
    f.count("litigation.second-instance", p + "/secondInstance", l.getSecondInstance(), s);
    f.count("litigation.concluded", p + "/concluded", l.getConcluded(), s);
    f.count("litigation.pending", p + "/pending", l.getPending(), s);
    f.count("litigation.won", p + "/won", l.getWon(), s);
    f.count("litigation.lost", p + "/lost", l.getLost(), s);
    f.count("litigation.withdrawn", p + "/withdrawn", l.getWithdrawn(), s);
    f.counts("litigation.judgment.", p + "/judgments", l.getJudgments(), s);
    f.count("litigation.hearings", p + "/hearings", l.getHearings(), s);
    f.count("litigation.head-appearances", p + "/headAppearances", l.getHeadAppearances(), s);
    f.rate("litigation.head-appearance-rate", p + "/headAppearanceRate",
        l.getHeadAppearanceRate(), s);
    f.rate("litigation.win-rate", p + "/winRate", l.getWinRate(), s);
    f.rate("litigation.loss-rate", p + "/lossRate", l.getLossRate(), s);
    f.rate("litigation.concluded-rate", p + "/concludedRate", l.getConcludedRate(), s);
    f.breakdowns("litigation", p, l.getBreakdowns(), s);
  }

  private static void judgmentPerformance(JudgmentPerformance j, FactCollector f) {
    String p = "/statistics/judgmentPerformance";
    Optional<SectionId> s = j.getSection();
    f.count("judgment-performance.cases", p + "/cases", j.getCases(), s);
    f.count("judgment-performance.concluded", p + "/concluded", j.getConcluded(), s);
    f.counts("judgment-performance.judgment.", p + "/judgments", j.getJudgments(), s);
    f.count("judgment-performance.performed", p + "/performed", j.getPerformed(), s);
  }

  private static void legalAid(LegalAid a, FactCollector f) {
    String p = "/statistics/legalAid";
    Optional<SectionId> s = a.getSection();
    f.count("legal-aid.applications", p + "/applications", a.getApplications(), s);
    f.count("legal-aid.accepted", p + "/accepted", a.getAccepted(), s);
    f.count("legal-aid.carried-over", p + "/carriedOver", a.getCarriedOver(), s);
    f.count("legal-aid.handled", p + "/handled", a.getHandled(), s);
    f.count("legal-aid.closed", p + "/closed", a.getClosed(), s);
    f.counts("legal-aid.cases.", p + "/casesByType", a.getCasesByType(), s);
    f.count("legal-aid.documents-drafted", p + "/documentsDrafted", a.getDocumentsDrafted(), s);
    f.count("legal-aid.plea-bargain-assistance", p + "/pleaBargainAssistance",
        a.getPleaBargainAssistance(), s);
    f.count("legal-aid.consultations", p + "/consultations", a.getConsultations(), s);
    f.count("legal-aid.hotline-consultations", p + "/hotlineConsultations",
        a.getHotlineConsultations(), s);
    f.rate("legal-aid.satisfaction", p + "/satisfaction", a.getSatisfaction(), s);
    f.breakdowns("legal-aid", p, a.getBreakdowns(), s);
  }

  private static void mediation(Mediation m, FactCollector f) {
    String p = "/statistics/mediation";
    Optional<SectionId> s = m.getSection();
    f.count("mediation.committees", p + "/committees", m.getCommittees(), s);
    f.count("mediation.village-committees", p + "/villageCommittees", m.getVillageCommittees(), s);
    f.count("mediation.professional-committees", p + "/professionalCommittees",
        m.getProfessionalCommittees(), s);
    f.count("mediation.mediators", p + "/mediators", m.getMediators(), s);
    f.count("mediation.full-time-mediators", p + "/fullTimeMediators", m.getFullTimeMediators(), s);
    f.count("mediation.disputes", p + "/disputes", m.getDisputes(), s);
    f.count("mediation.mediated", p + "/mediated", m.getMediated(), s);
    f.count("mediation.settled", p + "/settled", m.getSettled(), s);
    f.rate("mediation.success-rate", p + "/successRate", m.getSuccessRate(), s);
    f.rate("mediation.handling-rate", p + "/handlingRate", m.getHandlingRate(), s);
    f.breakdowns("mediation", p, m.getBreakdowns(), s);
  }

  private static void publicLegalServices(PublicLegalServices l, FactCollector f) {
    String p = "/statistics/publicLegalServices";
    Optional<SectionId> s = l.getSection();
    f.count("public-legal-services.centres", p + "/centres", l.getCentres(), s);
    f.count("public-legal-services.stations", p + "/stations", l.getStations(), s);
    f.count("public-legal-services.rooms", p + "/rooms", l.getRooms(), s);
    f.count("public-legal-services.visitors", p + "/visitors", l.getVisitors(), s);
    f.count("public-legal-services.terminal-uses", p + "/terminalUses", l.getTerminalUses(), s);
    f.count("public-legal-services.services", p + "/services", l.getServices(), s);
    f.count("public-legal-services.target", p + "/target", l.getTarget(), s);
    f.rate("public-legal-services.completion-rate", p + "/completionRate",
        l.getCompletionRate(), s);
    f.rate("public-legal-services.satisfaction", p + "/satisfaction", l.getSatisfaction(), s);
    f.breakdowns("public-legal-services", p, l.getBreakdowns(), s);
  }

  private static void catalog(DecisionCatalog c, FactCollector f) {
    String p = "/decisions/catalog";
    Optional<SectionId> s = c.getSection();
    f.count("decision-catalog.declared", p + "/declared", c.getDeclared(), s);
    f.counts("decision-catalog.status.", p + "/statusCounts", c.getStatusCounts(), s);
    List<DecisionItem> items = c.getItems();
    for (int i = 0; i < items.size(); i++) {
      f.count("decision-item.comment-period-days", p + "/items/" + i + "/commentPeriodDays",
          items.get(i).getCommentPeriodDays(), items.get(i).getTitle(), s);
    }
    f.count("decision-catalog.hearings", p + "/hearings", c.getHearings(), s);
    f.count("decision-catalog.expert-reviews", p + "/expertReviews", c.getExpertReviews(), s);
    f.count("decision-catalog.risk-assessments", p + "/riskAssessments", c.getRiskAssessments(), s);
    f.count("decision-catalog.comment-period-days", p + "/commentPeriodDays",
        c.getCommentPeriodDays(), s);
  }

  private static void legalityReview(LegalityReview r, FactCollector f) {
    String p = "/decisions/legalityReview";
    Optional<SectionId> s = r.getSection();
    f.count("legality-review.documents", p + "/documents", r.getDocuments(), s);
    f.count("legality-review.agreements", p + "/agreements", r.getAgreements(), s);
    f.count("legality-review.decisions", p + "/decisions", r.getDecisions(), s);
    f.count("legality-review.enforcement-decisions", p + "/enforcementDecisions",
        r.getEnforcementDecisions(), s);
    f.count("legality-review.opinions", p + "/opinions", r.getOpinions(), s);
    f.rate("legality-review.review-rate", p + "/reviewRate", r.getReviewRate(), s);
  }

  private static void normativeDocuments(NormativeDocuments d, FactCollector f) {
    String p = "/decisions/normativeDocuments";
    Optional<SectionId> s = d.getSection();
    f.count("normative-documents.issued", p + "/issued", d.getIssued(), s);
    f.count("normative-documents.reviewed", p + "/reviewed", d.getReviewed(), s);
    f.count("normative-documents.filed", p + "/filed", d.getFiled(), s);
    f.count("normative-documents.filed-on-time", p + "/filedOnTime", d.getFiledOnTime(), s);
    f.rate("normative-documents.filing-rate", p + "/filingRate", d.getFilingRate(), s);
    f.rate("normative-documents.timely-filing-rate", p + "/timelyFilingRate",
        d.getTimelyFilingRate(), s);
    f.count("normative-documents.cleaned-up", p + "/cleanedUp", d.getCleanedUp(), s);
    f.count("normative-documents.kept", p + "/kept", d.getKept(), s);
    f.count("normative-documents.amended", p + "/amended", d.getAmended(), s);
    f.count("normative-documents.repealed", p + "/repealed", d.getRepealed(), s);
    f.count("normative-documents.comment-period-days", p + "/commentPeriodDays",
        d.getCommentPeriodDays(), s);
  }

  private static void legalAdvisers(LegalAdvisers a, FactCollector f) {
    String p = "/decisions/legalAdvisers";
    Optional<SectionId> s = a.getSection();
    f.count("legal-advisers.advisers", p + "/advisers", a.getAdvisers(), s);
    f.count("legal-advisers.lawyers", p + "/lawyers", a.getLawyers(), s);
    f.count("legal-advisers.public-lawyers", p + "/publicLawyers", a.getPublicLawyers(), s);
    f.count("legal-advisers.meetings-attended", p + "/meetingsAttended", a.getMeetingsAttended(), s);
    f.count("legal-advisers.documents-reviewed", p + "/documentsReviewed",
        a.getDocumentsReviewed(), s);
    f.count("legal-advisers.opinions", p + "/opinions", a.getOpinions(), s);
    f.count("legal-advisers.consultations", p + "/consultations", a.getConsultations(), s);
    f.count("legal-advisers.duty-shifts", p + "/dutyShifts", a.getDutyShifts(), s);
    f.count("legal-advisers.villages-covered", p + "/villagesCovered", a.getVillagesCovered(), s);
    f.rate("legal-advisers.coverage-rate", p + "/coverageRate", a.getCoverageRate(), s);
  }

  private static void enforcement(AdministrativeEnforcement e, FactCollector f) {
    String p = "/enforcement";
    Optional<SectionId> s = e.getSection();
    f.count("enforcement.officers", p + "/officers", e.getOfficers(), s);
    f.rate("enforcement.certificate-holding-rate", p + "/certificateHoldingRate",
        e.getCertificateHoldingRate(), s);
    f.count("enforcement.inspections", p + "/inspections", e.getInspections(), s);
    f.count("enforcement.penalty-cases", p + "/penaltyCases", e.getPenaltyCases(), s);
    f.money("enforcement.penalty-amount", p + "/penaltyAmount", e.getPenaltyAmount(), s);
    f.count("enforcement.case-files-reviewed", p + "/caseFilesReviewed",
        e.getCaseFilesReviewed(), s);
    f.count("enforcement.supervision-offices", p + "/supervisionOffices",
        e.getSupervisionOffices(), s);
    f.count("enforcement.townships-inspected", p + "/townshipsInspected",
        e.getTownshipsInspected(), s);
    f.count("enforcement.agencies-inspected", p + "/agenciesInspected", e.getAgenciesInspected(), s);
    activities("enforcement.training", p + "/training", e.getTraining(), s, f);
    e.getDelegatedPowers().ifPresent(d -> delegatedPowers(d, f));
  }

  private static void delegatedPowers(DelegatedPowers d, FactCollector f) {
    String p = "/enforcement/delegatedPowers";
    Optional<SectionId> s = d.getSection();
    f.count("delegated-powers.granted", p + "/granted", d.getGranted(), s);
    f.count("delegated-powers.removal-proposals", p + "/removalProposals",
        d.getRemovalProposals(), s);
    f.count("delegated-powers.optional-proposals", p + "/optionalProposals",
        d.getOptionalProposals(), s);
    f.count("delegated-powers.townships", p + "/townships", d.getTownships(), s);
    f.count("delegated-powers.cut", p + "/cut", d.getCut(), s);
    f.count("delegated-powers.kept", p + "/kept", d.getKept(), s);
    f.rate("delegated-powers.cut-rate", p + "/cutRate", d.getCutRate(), s);
  }

  private static void accountability(Accountability a, FactCollector f) {
    List<DutyList> dutyLists = a.getDutyLists();
    for (int i = 0; i < dutyLists.size(); i++) {
      DutyList list = dutyLists.get(i);
      String p = "/accountability/dutyLists/" + i;
      String member = list.getTitle().orElse(list.getKind().name());
      f.count("duty-list.item-count", p + "/itemCount", list.getItemCount(), member,
          list.getSection());
      f.count("duty-list.holders", p + "/holders", list.getHolders(), member, list.getSection());
      f.rate("duty-list.coverage-rate", p + "/coverageRate", list.getCoverageRate(),
          Optional.empty(), Optional.of(member), list.getSection());
    }
    List<RectificationList> rectification = a.getRectificationLists();
    for (int i = 0; i < rectification.size(); i++) {
      RectificationList list = rectification.get(i);
      String p = "/accountability/rectificationLists/" + i;
      f.count("rectification-list.problems", p + "/problems", list.getProblems(), list.getTitle(),
          list.getSection());
      f.count("rectification-list.rectified", p + "/rectified", list.getRectified(),
          list.getTitle(), list.getSection());
      f.rate("rectification-list.rectification-rate", p + "/rectificationRate",
          list.getRectificationRate(), Optional.empty(), Optional.of(list.getTitle()),
          list.getSection());
    }
    a.getStudy()
        .ifPresent(
            study -> {
              String p = "/accountability/study";
              activities("study.activity", p + "/activities", study.getActivities(),
                  study.getSection(), f);
              f.count("study.law-reports", p + "/lawReports", study.getLawReports(),
                  study.getSection());
              f.count("study.leader-instructions", p + "/leaderInstructions",
                  study.getLeaderInstructions(), study.getSection());
            });
  }

  private static void activities(
      String concept, String pointer, List<TrainingActivity> activities,
      Optional<SectionId> blockSection, FactCollector f) {
    for (int i = 0; i < activities.size(); i++) {
      TrainingActivity activity = activities.get(i);
      String p = pointer + "/" + i;
      String member =
          activity.getTitle().or(activity::getOrganizer).orElse("#" + (i + 1));
      Optional<SectionId> s = activity.getSection().or(() -> blockSection);
      f.count(concept + ".sessions", p + "/sessions", activity.getSessions(), member, s);
      f.count(concept + ".attendees", p + "/attendees", activity.getAttendees(), member, s);
      f.count(concept + ".hours", p + "/hours", activity.getHours(), member, s);
    }
  }

  private static void emergencies(List<Emergency> emergencies, FactCollector f) {
    for (int i = 0; i < emergencies.size(); i++) {
      Emergency e = emergencies.get(i);
      String p = "/emergencies/" + i;
      String member =
          e.getKind().name()
              + e.getOccurredAt().map(t -> " " + t.toLocalDate()).orElse("")
              + " #" + (i + 1);
      f.decimal("emergency.magnitude", p + "/magnitude", e.getMagnitude(), "级", member,
          e.getSection());
      f.decimal("emergency.depth-kilometres", p + "/depthKilometres", e.getDepthKilometres(),
          "公里", member, e.getSection());
      f.decimal("emergency.latitude", p + "/epicenter/latitude",
          e.getEpicenter().map(g -> g.getLatitude()), "度", member, e.getSection());
      f.decimal("emergency.longitude", p + "/epicenter/longitude",
          e.getEpicenter().map(g -> g.getLongitude()), "度", member, e.getSection());
    }
  }
}
