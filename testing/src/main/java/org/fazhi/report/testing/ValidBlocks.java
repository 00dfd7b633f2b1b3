package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationItem;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.statistics.CaseStatistics;

/**
 * The blocks of a valid report besides case statistics, each present or not, with figures that hold
 * together: every part at most its whole, every stated rate its counts' quotient.
 *
 * <p>A generated block draws a few counts and a few shares in percent, {@link #part} of a total, so
 * that no figure needs a second draw bounded by another.
 */
final class ValidBlocks {
  private ValidBlocks() {}

  /** {@code percent} of {@code total}, rounded down. */
  static long part(long total, int percent) {
    return total * percent / 100;
  }

  /** {@code size} shares in percent, 0 to 100. */
  static Arbitrary<List<Integer>> shares(int size) {
    return Figures.upTo(100).list().ofSize(size);
  }

  static Arbitrary<CaseStatistics> statistics() {
    return Combinators.combine(
            ValidCaseBlocks.reconsideration().optional(0.7),
            ValidCaseBlocks.litigation().optional(0.6),
            ValidCaseBlocks.judgmentPerformance().optional(0.4),
            ValidCaseBlocks.legalAid().optional(0.5),
            ValidCaseBlocks.mediation().optional(0.5),
            ValidCaseBlocks.publicLegalServices().optional(0.4))
        .as(
            (reconsideration, litigation, judgments, legalAid, mediation, services) ->
                CaseStatistics.builder()
                    .reconsideration(reconsideration)
                    .litigation(litigation)
                    .judgmentPerformance(judgments)
                    .legalAid(legalAid)
                    .mediation(mediation)
                    .publicLegalServices(services)
                    .build());
  }

  static Arbitrary<DecisionMaking> decisions() {
    return Combinators.combine(
            catalogs().optional(0.5), normativeDocuments().optional(0.5), advisers().optional(0.5))
        .as(
            (catalog, documents, advisers) ->
                DecisionMaking.builder()
                    .catalog(catalog)
                    .normativeDocuments(documents)
                    .legalAdvisers(advisers)
                    .build());
  }

  /** Decision items, each DECIDED one reviewed for legality; the counts by status are theirs. */
  private static Arbitrary<DecisionCatalog> catalogs() {
    return Combinators.combine(
            Arbitraries.of(DecisionStatus.class).list().ofMaxSize(6),
            Figures.between(30, 60).optional(),
            ValidReports.sections().optional())
        .as(
            (statuses, commentDays, section) -> {
              DecisionCatalog.Builder catalog =
                  DecisionCatalog.builder().declared(count(statuses.size())).section(section);
              commentDays.ifPresent(days -> catalog.commentPeriodDays(count(days)));
              for (int i = 0; i < statuses.size(); i++) {
                DecisionItem.Builder item =
                    DecisionItem.builder().title("重大行政决策事项" + (i + 1)).status(statuses.get(i));
                if (statuses.get(i) == DecisionStatus.DECIDED) {
                  item.putProcedure(DecisionProcedure.LEGALITY_REVIEW, ProcedureStatus.DONE);
                }
                catalog.addItem(item.build());
              }
              for (DecisionStatus status : DecisionStatus.values()) {
                long n = statuses.stream().filter(s -> s == status).count();
                if (n > 0) {
                  catalog.putStatusCount(status, count(n));
                }
              }
              return catalog.build();
            });
  }

  private static Arbitrary<NormativeDocuments> normativeDocuments() {
    return Combinators.combine(Figures.upTo(300), Figures.upTo(300), shares(5))
        .as(
            (issued, cleanedUp, s) -> {
              long filed = part(issued, s.get(0));
              long kept = part(cleanedUp, s.get(2));
              long amended = part(cleanedUp - kept, s.get(3));
              return NormativeDocuments.builder()
                  .issued(count(issued))
                  .filed(count(filed))
                  .filedOnTime(count(part(filed, s.get(1))))
                  .cleanedUp(count(cleanedUp))
                  .kept(count(kept))
                  .amended(count(amended))
                  .repealed(count(part(cleanedUp - kept - amended, s.get(4))))
                  .build();
            });
  }

  private static Arbitrary<LegalAdvisers> advisers() {
    return Combinators.combine(Figures.upTo(200), Figures.upTo(100))
        .as(
            (advisers, share) ->
                LegalAdvisers.builder()
                    .advisers(count(advisers))
                    .lawyers(count(part(advisers, share)))
                    .build());
  }

  static Arbitrary<AdministrativeEnforcement> enforcement(ReportMetadata metadata) {
    return Combinators.combine(
            Figures.upTo(3000).optional(), delegatedPowers().optional(0.5), training(metadata))
        .as(
            (officers, powers, training) ->
                AdministrativeEnforcement.builder()
                    .officers(officers.map(Figures::count))
                    .delegatedPowers(powers)
                    .training(training)
                    .build());
  }

  /** Powers granted, cut and kept, with the cut rate where any was granted. */
  private static Arbitrary<DelegatedPowers> delegatedPowers() {
    return Combinators.combine(Figures.upTo(300), shares(3), ValidReports.sections().optional())
        .as(
            (granted, s, section) -> {
              long cut = part(granted, s.get(0));
              long removal = part(granted, s.get(1));
              DelegatedPowers.Builder powers =
                  DelegatedPowers.builder()
                      .granted(count(granted))
                      .cut(count(cut))
                      .kept(count(granted - cut))
                      .removalProposals(count(removal))
                      .optionalProposals(count(part(granted - removal, s.get(2))))
                      .section(section);
              if (granted > 0) {
                powers.cutRate(Figures.rate(cut, granted));
              }
              return powers.build();
            });
  }

  /** No training or one, dated within the year reported on (before the document date). */
  private static Arbitrary<List<TrainingActivity>> training(ReportMetadata metadata) {
    LocalDate start = LocalDate.of(metadata.getReportingYear().orElseThrow(), 1, 1);
    return Figures.upTo(364)
        .<TrainingActivity>map(
            day ->
                TrainingActivity.builder()
                    .title("行政执法人员法律知识培训")
                    .addDate(start.plusDays(day))
                    .build())
        .list()
        .ofMaxSize(1);
  }

  static Arbitrary<Accountability> accountability() {
    return Combinators.combine(Figures.upTo(4).optional(0.5), rectificationLists().optional(0.5))
        .as(
            (dutyItems, rectification) -> {
              Accountability.Builder accountability = Accountability.builder();
              dutyItems.ifPresent(n -> accountability.addDutyList(dutyList(n)));
              rectification.ifPresent(accountability::addRectificationList);
              return accountability.build();
            });
  }

  private static DutyList dutyList(int items) {
    DutyList.Builder list =
        DutyList.builder().kind(DutyListKind.FIRST_RESPONSIBLE_PERSON).itemCount(count(items));
    for (int i = 1; i <= items; i++) {
      list.addItem("责任事项" + i);
    }
    return list.build();
  }

  private static Arbitrary<RectificationList> rectificationLists() {
    return Combinators.combine(Figures.upTo(50), shares(2))
        .as(
            (problems, s) -> {
              RectificationList.Builder list =
                  RectificationList.builder()
                      .title("法治督察反馈问题整改清单")
                      .problems(count(problems))
                      .rectified(count(part(problems, s.get(0))));
              long items = Math.min(3, part(problems, s.get(1)));
              for (int i = 1; i <= items; i++) {
                list.addItem(RectificationItem.builder().problem("问题" + i).build());
              }
              return list.build();
            });
  }
}
