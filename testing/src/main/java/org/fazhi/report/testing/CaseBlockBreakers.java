package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;
import static org.fazhi.report.testing.RuleBreakers.replacing;
import static org.fazhi.report.testing.ValidBlocks.part;

import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.validation.Rule;

/**
 * Breaks the rules of litigation, court judgments, legal aid, mediation and public legal services,
 * each change replacing the block with one that states only the figures the rule compares, from a
 * count {@code n}, a share {@code p} in percent and an excess {@code e} of at least 1.
 */
final class CaseBlockBreakers {
  private CaseBlockBreakers() {}

  private static final JudgmentType REVOKED = JudgmentType.REVOKED;

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    litigation(breakers);
    judgmentPerformance(breakers);
    legalAid(breakers);
    mediation(breakers);
    breakers.put(
        Rule.PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED,
        replacing(
            (n, p, e) ->
                PublicLegalServices.builder()
                    .services(count(n + e))
                    .completionRate(Figures.rate(n + e, 1 + part(n, p)))
                    .build(),
            Figures::with));
  }

  private static void litigation(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    put(
        breakers,
        Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER,
        (n, p, e) ->
            Litigation.builder()
                .cases(count(n))
                .carriedOver(count(part(n, p)))
                .concluded(count(n + part(n, p) + e))
                .build());
    put(
        breakers,
        Rule.LITIGATION_RESULTS_EXCEED_CONCLUDED,
        (n, p, e) ->
            Litigation.builder()
                .concluded(count(n))
                .won(count(part(n, p)))
                .lost(count(n - part(n, p)))
                .withdrawn(count(e))
                .build());
    put(
        breakers,
        Rule.LITIGATION_JUDGMENTS_EXCEED_CONCLUDED,
        (n, p, e) ->
            Litigation.builder()
                .concluded(count(n))
                .putJudgment(JudgmentType.CLAIM_REJECTED, count(part(n, p)))
                .putJudgment(REVOKED, count(n - part(n, p) + e))
                .build());
    put(
        breakers,
        Rule.LITIGATION_JUDGMENTS_BELOW_CONCLUDED,
        (n, p, e) ->
            Litigation.builder()
                .concluded(count(n + e))
                .judgmentsComplete(true)
                .putJudgment(JudgmentType.CLAIM_REJECTED, count(part(n, p)))
                .putJudgment(REVOKED, count(n - part(n, p)))
                .build());
    put(
        breakers,
        Rule.LITIGATION_HEAD_APPEARANCES_EXCEED_HEARINGS,
        (n, p, e) -> Litigation.builder().hearings(count(n)).headAppearances(count(n + e)).build());
    put(
        breakers,
        Rule.LITIGATION_PENDING_DIFFERS_FROM_OPEN_CASES,
        (n, p, e) ->
            Litigation.builder()
                .cases(count(n))
                .carriedOver(count(e))
                .concluded(count(part(n, p)))
                .pending(count(n - part(n, p) + e + e))
                .build());
    put(
        breakers,
        Rule.LITIGATION_LOST_BELOW_ADVERSE_JUDGMENTS,
        (n, p, e) ->
            Litigation.builder()
                .lost(count(part(n, p)))
                .putJudgment(REVOKED, count(part(n, p) + e))
                .build());
  }

  private static void judgmentPerformance(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    putJudgments(
        breakers,
        Rule.JUDGMENT_PERFORMANCE_CONCLUDED_EXCEEDS_CASES,
        (n, p, e) -> JudgmentPerformance.builder().cases(count(n)).concluded(count(n + e)).build());
    putJudgments(
        breakers,
        Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_EXCEED_CONCLUDED,
        (n, p, e) ->
            JudgmentPerformance.builder()
                .concluded(count(n))
                .putJudgment(JudgmentType.UPHELD, count(part(n, p)))
                .putJudgment(REVOKED, count(n - part(n, p) + e))
                .build());
    putJudgments(
        breakers,
        Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_BELOW_CONCLUDED,
        (n, p, e) ->
            JudgmentPerformance.builder()
                .concluded(count(n + e))
                .judgmentsComplete(true)
                .putJudgment(JudgmentType.UPHELD, count(part(n, p)))
                .putJudgment(REVOKED, count(n - part(n, p)))
                .build());
    putJudgments(
        breakers,
        Rule.JUDGMENT_PERFORMANCE_PERFORMED_EXCEEDS_CONCLUDED,
        (n, p, e) ->
            JudgmentPerformance.builder().concluded(count(n)).performed(count(n + e)).build());
  }

  private static void legalAid(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    putAid(
        breakers,
        Rule.LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS,
        (n, p, e) -> LegalAid.builder().applications(count(n)).accepted(count(n + e)).build());
    putAid(
        breakers,
        Rule.LEGAL_AID_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
        (n, p, e) ->
            LegalAid.builder()
                .accepted(count(n))
                .carriedOver(count(part(n, p)))
                .closed(count(n + part(n, p) + e))
                .build());
    putAid(
        breakers,
        Rule.LEGAL_AID_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
        (n, p, e) ->
            LegalAid.builder()
                .accepted(count(n))
                .carriedOver(count(part(n, p)))
                .handled(count(n + part(n, p) + e))
                .build());
    putAid(
        breakers,
        Rule.LEGAL_AID_HANDLED_BELOW_ACCEPTED,
        (n, p, e) ->
            LegalAid.builder()
                .accepted(count(n + e))
                .handled(count(n + e - 1 - part(n, p)))
                .build());
    putAid(
        breakers,
        Rule.LEGAL_AID_CLOSED_EXCEEDS_HANDLED,
        (n, p, e) -> LegalAid.builder().handled(count(n)).closed(count(n + e)).build());
    putAid(
        breakers,
        Rule.LEGAL_AID_CASES_BY_TYPE_EXCEED_CASES,
        (n, p, e) ->
            LegalAid.builder()
                .handled(count(n))
                .putCasesByType(LegalAidCaseType.CRIMINAL, count(part(n, p)))
                .putCasesByType(LegalAidCaseType.CIVIL, count(n - part(n, p) + e))
                .build());
  }

  private static void mediation(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    putMediation(
        breakers,
        Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED,
        (n, p, e) -> Mediation.builder().mediated(count(n)).settled(count(n + e)).build());
    putMediation(
        breakers,
        Rule.MEDIATION_COMMITTEE_KINDS_EXCEED_COMMITTEES,
        (n, p, e) ->
            Mediation.builder()
                .committees(count(n))
                .villageCommittees(count(part(n, p)))
                .professionalCommittees(count(n - part(n, p) + e))
                .build());
    putMediation(
        breakers,
        Rule.MEDIATION_FULL_TIME_MEDIATORS_EXCEED_MEDIATORS,
        (n, p, e) ->
            Mediation.builder().mediators(count(n)).fullTimeMediators(count(n + e)).build());
    putMediation(
        breakers,
        Rule.MEDIATION_MEDIATED_EXCEEDS_DISPUTES,
        (n, p, e) -> Mediation.builder().disputes(count(n)).mediated(count(n + e)).build());
  }

  private static void put(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<Litigation> block) {
    breakers.put(rule, replacing(block, Figures::with));
  }

  private static void putJudgments(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<JudgmentPerformance> block) {
    breakers.put(rule, replacing(block, Figures::with));
  }

  private static void putAid(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<LegalAid> block) {
    breakers.put(rule, replacing(block, Figures::with));
  }

  private static void putMediation(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<Mediation> block) {
    breakers.put(rule, replacing(block, Figures::with));
  }
}
