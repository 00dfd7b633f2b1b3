package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;
import static org.fazhi.report.testing.RuleBreakers.replacing;
import static org.fazhi.report.testing.ValidBlocks.part;

import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationItem;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.validation.Rule;

/**
 * Breaks the rules of decision-making, delegated powers and accountability lists, each change
 * replacing one part of the report (the catalog, a list) with one that states only the figures the
 * rule compares, from a count {@code n}, a share {@code p} in percent and an excess {@code e} of at
 * least 1. Listed items stay few: {@code n % 10}.
 */
final class DecisionBreakers {
  private DecisionBreakers() {}

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    catalog(
        breakers,
        Rule.DECISION_CATALOG_ITEMS_EXCEED_DECLARED,
        (n, p, e) -> items(n % 10 + 1 + e % 5).declared(count(n % 10)).build());
    catalog(
        breakers,
        Rule.DECISION_CATALOG_ITEMS_BELOW_DECLARED,
        (n, p, e) -> items(n % 10 + 1).declared(count(n % 10 + 1 + e)).build());
    catalog(
        breakers,
        Rule.DECISION_CATALOG_STATUS_COUNTS_EXCEED_DECLARED,
        (n, p, e) ->
            DecisionCatalog.builder()
                .declared(count(n))
                .putStatusCount(DecisionStatus.DECIDED, count(part(n, p)))
                .putStatusCount(DecisionStatus.IN_PROGRESS, count(n - part(n, p) + e))
                .build());
    catalog(
        breakers,
        Rule.DECISION_ITEM_DECIDED_WITHOUT_LEGALITY_REVIEW,
        (n, p, e) ->
            DecisionCatalog.builder()
                .addItem(
                    DecisionItem.builder()
                        .title("重大行政决策事项" + n)
                        .status(DecisionStatus.DECIDED)
                        .putProcedure(DecisionProcedure.LEGALITY_REVIEW, ProcedureStatus.NOT_DONE)
                        .build())
                .build());
    catalog(
        breakers,
        Rule.COMMENT_PERIOD_UNDER_30_DAYS,
        (n, p, e) -> DecisionCatalog.builder().commentPeriodDays(count(1 + n % 29)).build());
    breakers.put(
        Rule.LEGAL_ADVISERS_LAWYERS_EXCEED_ADVISERS,
        replacing(
            (n, p, e) -> LegalAdvisers.builder().advisers(count(n)).lawyers(count(n + e)).build(),
            (report, advisers) ->
                report.withDecisions(report.getDecisions().withLegalAdvisers(advisers))));
    documents(
        breakers,
        Rule.NORMATIVE_DOCUMENTS_FILED_ON_TIME_EXCEEDS_FILED,
        (n, p, e) ->
            NormativeDocuments.builder().filed(count(n)).filedOnTime(count(n + e)).build());
    documents(
        breakers,
        Rule.NORMATIVE_DOCUMENTS_CLEANUP_RESULTS_EXCEED_CLEANED_UP,
        (n, p, e) ->
            NormativeDocuments.builder()
                .cleanedUp(count(n))
                .kept(count(part(n, p)))
                .amended(count(n - part(n, p)))
                .repealed(count(e))
                .build());
    documents(
        breakers,
        Rule.NORMATIVE_DOCUMENTS_FILED_EXCEEDS_ISSUED,
        (n, p, e) -> NormativeDocuments.builder().issued(count(n)).filed(count(n + e)).build());
    breakers.put(
        Rule.DELEGATED_POWERS_CUT_AND_KEPT_DIFFER_FROM_GRANTED,
        replacing(
            (n, p, e) ->
                DelegatedPowers.builder()
                    .granted(count(n))
                    .cut(count(part(n, p)))
                    .kept(count(n - part(n, p) + e))
                    .build(),
            Figures::with));
    breakers.put(
        Rule.DELEGATED_POWERS_PROPOSALS_EXCEED_GRANTED,
        replacing(
            (n, p, e) ->
                DelegatedPowers.builder()
                    .granted(count(n))
                    .removalProposals(count(part(n, p)))
                    .optionalProposals(count(n - part(n, p) + e))
                    .build(),
            Figures::with));
    accountability(breakers);
  }

  private static void accountability(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    breakers.put(
        Rule.DUTY_LIST_ITEMS_EXCEED_COUNT,
        replacing(
            (n, p, e) -> {
              DutyList.Builder list =
                  DutyList.builder()
                      .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                      .itemCount(count(n % 10));
              for (long i = 1; i <= n % 10 + 1 + e % 5; i++) {
                list.addItem("责任事项" + i);
              }
              return list.build();
            },
            (report, list) ->
                report.withAccountability(report.getAccountability().withDutyLists(list))));
    rectification(
        breakers,
        Rule.RECTIFICATION_LIST_RECTIFIED_EXCEEDS_PROBLEMS,
        (n, p, e) ->
            RectificationList.builder()
                .title("整改清单")
                .problems(count(n))
                .rectified(count(n + e))
                .build());
    rectification(
        breakers,
        Rule.RECTIFICATION_LIST_ITEMS_EXCEED_PROBLEMS,
        (n, p, e) -> {
          RectificationList.Builder list =
              RectificationList.builder().title("整改清单").problems(count(n % 10));
          for (long i = 1; i <= n % 10 + 1 + e % 5; i++) {
            list.addItem(RectificationItem.builder().problem("问题" + i).build());
          }
          return list.build();
        });
  }

  /** A catalog listing {@code n} items, none with a status. */
  private static DecisionCatalog.Builder items(long n) {
    DecisionCatalog.Builder catalog = DecisionCatalog.builder();
    for (long i = 1; i <= n; i++) {
      catalog.addItem(DecisionItem.builder().title("重大行政决策事项" + i).build());
    }
    return catalog;
  }

  private static void catalog(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<DecisionCatalog> block) {
    breakers.put(
        rule,
        replacing(
            block,
            (report, catalog) -> report.withDecisions(report.getDecisions().withCatalog(catalog))));
  }

  private static void documents(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<NormativeDocuments> block) {
    breakers.put(
        rule,
        replacing(
            block,
            (report, documents) ->
                report.withDecisions(report.getDecisions().withNormativeDocuments(documents))));
  }

  private static void rectification(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<RectificationList> block) {
    breakers.put(
        rule,
        replacing(
            block,
            (report, list) ->
                report.withAccountability(
                    report.getAccountability().withRectificationLists(list))));
  }
}
