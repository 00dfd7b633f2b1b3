package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.ImmutableHeading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;

/**
 * Generated reports whose prose states their figures, for the round-trip property: each is a {@link
 * Report} together with nothing else — its published text is {@code ReportText.render} of it —
 * built so that reading that text must give the report back. Outlines of depth 1 to 4 in every
 * label style this library reads (一、 / \uFF08一\uFF09(一) / 1. 1、 １． / \uFF081\uFF09 / ① / 一是 run-in,
 * or headings without numbers), headings on their own line or inline, run-in items that start a
 * line or continue one, and sentences stating case statistics, decisions, enforcement and study
 * figures (exact and approximate, rates with decimals) and indicators, in random sections.
 *
 * <p>Generation draws from a seed, so that a failing report is reproducible from jqwik's seed.
 */
final class PublishedReports {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private PublishedReports() {}

  /** Reports built from a seed. */
  static Arbitrary<Report> reports() {
    return Arbitraries.longs().map(PublishedReports::report);
  }

  /** The report built from {@code seed}: the same seed, the same report. */
  static Report report(long seed) {
    return new Generator(new Random(seed)).report();
  }

  private static final List<String> PLACES =
      List.of("阳高县", "平遥县", "灵丘县", "浑源县", "天镇县", "左云县", "广灵县", "应县", "偏关县", "保德县");

  private static final List<String> FILLER =
      List.of(
          "坚持以习近平法治思想为指导\uFF0C统筹推进各项工作。",
          "进一步压实工作责任\uFF0C形成上下联动的良好格局。",
          "持续完善工作机制\uFF0C推动各项任务落地见效。",
          "注重源头治理\uFF0C提升基层治理水平。",
          "强化宣传引导\uFF0C营造良好社会氛围。",
          "深化改革创新\uFF0C激发干事创业活力。",
          "健全考核评价体系\uFF0C发挥考核指挥棒作用。",
          "聚焦群众急难愁盼\uFF0C办好民生实事。");

  private static final List<String> HEADINGS =
      List.of(
          "强化组织领导", "深化改革创新", "加强队伍建设", "完善制度机制", "推进数字赋能",
          "优化营商环境", "强化监督问效", "夯实基层基础", "坚持系统观念\uFF0C统筹各方力量",
          "聚焦重点领域", "提升服务效能", "筑牢安全底线");

  private record PartHeading(String text, StatutoryPart part) {}

  private static final List<PartHeading> TOP_HEADINGS =
      List.of(
          new PartHeading("法治政府建设取得的成效", StatutoryPart.MEASURES_AND_RESULTS),
          new PartHeading("存在的不足和原因", StatutoryPart.SHORTCOMINGS),
          new PartHeading("党政主要负责人履行推进法治建设第一责任人职责情况", StatutoryPart.LEADERS_DUTIES),
          new PartHeading("下一年度主要安排", StatutoryPart.NEXT_YEAR_ARRANGEMENTS),
          new PartHeading("其他需要报告的情况", StatutoryPart.OTHER_MATTERS),
          new PartHeading("对全市法治建设的意见建议", StatutoryPart.SUGGESTIONS),
          new PartHeading("总体情况", null),
          new PartHeading("坚持党的领导", null));

  /** An indicator sentence: label, units that no typed block counts in. */
  private record IndicatorForm(String label, String unit) {}

  private static final List<IndicatorForm> INDICATORS =
      List.of(
          new IndicatorForm("建成法治文化主题公园", "座"),
          new IndicatorForm("配备自助服务一体机", "台"),
          new IndicatorForm("开设维护防火隔离带", "公里"),
          new IndicatorForm("项目总投资", "万元"),
          new IndicatorForm("新建村级法治宣传栏", "块"),
          new IndicatorForm("配备执法执勤车辆", "辆"),
          new IndicatorForm("颁发行业综合证", "张"),
          new IndicatorForm("排查整改隐患", "处"),
          new IndicatorForm("政务服务事项网上可办率", "%"));

  private enum Fact {
    RECONSIDERATION, LITIGATION, LEGAL_AID, MEDIATION, SERVICES, CATALOG, ADVISERS, ENFORCEMENT,
    NORMATIVE, STUDY
  }

  /** A section being generated, with where its text lines go. */
  private static final class Node {
    Numbering numbering;
    String heading;
    HeadingPlacement placement;
    boolean terminator;
    boolean runIn;
    StatutoryPart part;
    final List<String> paragraphs = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    boolean runInChildren;
    SectionId id;

    Section toSection() {
      Section.Builder b = Section.builder();
      if (numbering != null) {
        b.numbering(numbering);
      }
      if (heading != null) {
        ImmutableHeading.Builder h = ImmutableHeading.builder().text(heading).placement(placement);
        if (terminator) {
          h.terminator("。");
        }
        b.heading(h.build());
      }
      if (part != null) {
        b.part(part);
      }
      b.runIn(runIn).addAllParagraphs(paragraphs);
      children.forEach(c -> b.addChild(c.toSection()));
      return b.build();
    }
  }

  private static final class Generator {
    private final Random random;
    private final List<NumberingStyle> levels = new ArrayList<>();
    private final List<String> labelForms = new ArrayList<>();
    private final List<Node> all = new ArrayList<>();
    private boolean unnumberedTop;

    Generator(Random random) {
      this.random = random;
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private int between(int from, int to) {
      return from + random.nextInt(to - from + 1);
    }

    Report report() {
      String place = pick(PLACES);
      int year = between(2015, 2030);
      unnumberedTop = random.nextInt(6) == 0;
      levels.add(NumberingStyle.CHINESE);
      labelForms.add("%s、");
      levels.add(NumberingStyle.PARENTHESIZED_CHINESE);
      labelForms.add(random.nextBoolean() ? "\uFF08%s\uFF09" : "(%s)");
      levels.add(NumberingStyle.ARABIC);
      labelForms.add(pick(List.of("%d.", "%d、", "F．")));
      levels.add(random.nextBoolean() ? NumberingStyle.PARENTHESIZED_ARABIC : NumberingStyle.CIRCLED);
      labelForms.add(levels.get(3) == NumberingStyle.CIRCLED ? "C" : "\uFF08%d\uFF09");

      Outline.Builder outline = Outline.builder();
      ReportMetadata.Builder metadata =
          ReportMetadata.builder()
              .title(place + year + "年法治政府建设年度报告")
              .reportingYear(year)
              .addIssuers(Issuer.of(place + "人民政府", IssuerKind.PEOPLES_GOVERNMENT))
              .division(AdministrativeDivision.builder().name(place).level(DivisionLevel.COUNTY).build());
      if (random.nextInt(3) == 0) {
        outline.addresseeLine("市委、市政府\uFF1A");
        metadata.addAddressees("市委", "市政府");
      }
      int preamble = between(0, 2);
      for (int i = 0; i < preamble; i++) {
        outline.addPreamble(sentences(between(1, 3)));
      }
      List<PartHeading> tops = new ArrayList<>(TOP_HEADINGS);
      Collections.shuffle(tops, random);
      int count = between(1, 5);
      List<Node> roots = new ArrayList<>();
      Set<StatutoryPart> seen = EnumSet.noneOf(StatutoryPart.class);
      for (int i = 0; i < count; i++) {
        Node root = new Node();
        if (!unnumberedTop) {
          root.numbering = label(0, i + 1);
        }
        root.heading = tops.get(i).text();
        root.placement = HeadingPlacement.OWN_LINE;
        if (tops.get(i).part() != null && seen.add(tops.get(i).part())) {
          root.part = tops.get(i).part();
        }
        root.id = SectionId.of(i + 1);
        all.add(root);
        fill(root, 1);
        roots.add(root);
      }
      if (unnumberedTop) {
        // a heading without number must be followed by text
        Node last = roots.get(roots.size() - 1);
        if (last.paragraphs.isEmpty() && last.children.isEmpty()) {
          last.paragraphs.add(sentences(1));
        }
      }
      Report.Builder report = Report.builder();
      facts(report);
      roots.forEach(r -> outline.addSection(r.toSection()));
      LocalDate date = LocalDate.of(year + 1, 3, between(1, 31));
      outline.addSignature(place + "人民政府", (year + 1) + "年3月" + date.getDayOfMonth() + "日");
      metadata.documentDate(date);
      return report.metadata(metadata.build()).outline(outline.build()).build();
    }

    private Numbering label(int level, int ordinal) {
      String form = labelForms.get(level);
      String label;
      if (form.equals("C")) {
        label = String.valueOf(Character.toChars(0x2460 + ordinal - 1));
      } else if (form.equals("F．")) {
        StringBuilder digits = new StringBuilder();
        for (char c : String.valueOf(ordinal).toCharArray()) {
          digits.append((char) ('０' + (c - '0')));
        }
        label = digits + "．";
      } else if (form.contains("%d")) {
        label = String.format(form, ordinal);
      } else {
        label = String.format(form, org.fazhi.report.figure.ChineseNumerals.format(ordinal));
      }
      return Numbering.parse(label);
    }

    /** Paragraphs and children of {@code node}, at depth {@code depth} (1 for a top-level section). */
    private void fill(Node node, int depth) {
      int paragraphs = between(0, 2);
      boolean inline = node.placement == HeadingPlacement.INLINE;
      for (int i = 0; i < paragraphs; i++) {
        node.paragraphs.add(sentences(between(1, 3)));
      }
      boolean labelledChildren = depth < 4 && random.nextInt(3) > 0;
      if (labelledChildren) {
        int n = between(1, 3);
        for (int i = 0; i < n; i++) {
          Node child = new Node();
          child.numbering = label(depth, i + 1);
          child.heading = pick(HEADINGS);
          child.placement = random.nextBoolean() ? HeadingPlacement.OWN_LINE : HeadingPlacement.INLINE;
          child.terminator = child.placement == HeadingPlacement.INLINE;
          child.id = node.id.child(i + 1);
          node.children.add(child);
          all.add(child);
          fill(child, depth + 1);
        }
      } else if (depth >= 2 && random.nextBoolean()) {
        runInChildren(node, inline);
      } else if (inline && node.paragraphs.isEmpty()) {
        node.paragraphs.add(sentences(1));
      }
      if (unnumberedTop && depth == 1 && node.paragraphs.isEmpty() && node.children.isEmpty()) {
        node.paragraphs.add(sentences(1));
      }
    }

    private void runInChildren(Node node, boolean inline) {
      int n = between(2, 4);
      boolean newLine = !inline && (node.paragraphs.isEmpty() || random.nextBoolean());
      for (int i = 0; i < n; i++) {
        Node child = new Node();
        child.numbering = Numbering.of(NumberingStyle.RUN_IN, i + 1);
        child.heading = pick(HEADINGS);
        child.placement = HeadingPlacement.INLINE;
        child.terminator = true;
        child.runIn = i > 0 || !newLine;
        child.id = node.id.child(i + 1);
        if (random.nextBoolean()) {
          child.paragraphs.add(sentences(between(1, 2)));
        }
        node.children.add(child);
        all.add(child);
      }
      Node last = node.children.get(n - 1);
      if (!last.paragraphs.isEmpty() && random.nextBoolean()) {
        last.paragraphs.add(sentences(1)); // a later line belongs to the last run-in item
      }
      node.runInChildren = true;
    }

    private String sentences(int n) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        text.append(pick(FILLER));
      }
      return text.toString();
    }

    // ---------------------------------------------------------------------------------------

    private record Placed(String sentence, Indicator indicator) {}

    /** States each fact in a random section, as a sentence of its own, and expects it typed. */
    private void facts(Report.Builder report) {
      CaseStatistics.Builder statistics = CaseStatistics.builder();
      DecisionMaking.Builder decisions = DecisionMaking.builder();
      List<Fact> facts = new ArrayList<>(List.of(Fact.values()));
      Collections.shuffle(facts, random);
      int n = between(0, facts.size());
      AdministrativeEnforcement enforcement = AdministrativeEnforcement.empty();
      Accountability accountability = Accountability.empty();
      for (Fact fact : facts.subList(0, n)) {
        Node node = pick(all);
        switch (fact) {
          case RECONSIDERATION: {
            long received = count();
            long accepted = count();
            long closed = count();
            String rate = rate();
            SectionId at = state(node, "全年共收到行政复议申请" + received + "件\uFF0C受理" + accepted + "件\uFF0C办结"
                + closed + "件\uFF0C纠错率" + rate + "%。");
            statistics.reconsideration(
                Reconsideration.builder().received(Count.of(received)).accepted(Count.of(accepted))
                    .closed(Count.of(closed)).correctionRate(Rate.of(rate)).section(at).build());
            break;
          }
          case LITIGATION: {
            long cases = count();
            long concluded = count();
            String rate = rate();
            SectionId at = state(node, "全县行政诉讼案件" + cases + "件\uFF0C审结" + concluded
                + "件\uFF0C行政机关负责人出庭应诉率达" + rate + "%。");
            statistics.litigation(
                Litigation.builder().cases(Count.of(cases)).concluded(Count.of(concluded))
                    .headAppearanceRate(Rate.of(rate)).section(at).build());
            break;
          }
          case LEGAL_AID: {
            long accepted = count();
            long closed = count();
            long consultations = count();
            SectionId at = state(node, "共受理法律援助案件" + accepted + "件\uFF0C办结" + closed + "件\uFF0C提供法律咨询"
                + consultations + "人次。");
            statistics.legalAid(
                LegalAid.builder().accepted(Count.of(accepted)).closed(Count.of(closed))
                    .consultations(Count.of(consultations)).section(at).build());
            break;
          }
          case MEDIATION: {
            long disputes = count();
            long mediated = count();
            String rate = rate();
            SectionId at = state(node, "全县人民调解组织共排查矛盾纠纷" + disputes + "件\uFF0C调解矛盾纠纷" + mediated
                + "余件\uFF0C调解成功率" + rate + "%。");
            statistics.mediation(
                Mediation.builder().disputes(Count.of(disputes))
                    .mediated(Count.of(mediated, Approximation.MORE_THAN))
                    .successRate(Rate.of(rate)).section(at).build());
            break;
          }
          case SERVICES: {
            long services = count();
            String rate = rate();
            SectionId at = state(node, "公共法律服务平台共受理法律服务事项" + services + "件\uFF0C群众满意度" + rate
                + "%。");
            statistics.publicLegalServices(
                PublicLegalServices.builder().services(Count.of(services))
                    .satisfaction(Rate.of(rate)).section(at).build());
            break;
          }
          case CATALOG: {
            long declared = count();
            long days = between(7, 60);
            SectionId at = state(node, "公布年度重大行政决策事项目录" + declared + "项\uFF0C征求意见期限不少于" + days
                + "日。");
            decisions.catalog(
                DecisionCatalog.builder().published(true).declared(Count.of(declared))
                    .commentPeriodDays(Count.of(days, Approximation.AT_LEAST)).section(at).build());
            break;
          }
          case ADVISERS: {
            long advisers = count();
            long meetings = count();
            long opinions = count();
            SectionId at = state(node, "全县聘请法律顾问" + advisers + "名\uFF0C列席会议" + meetings + "次\uFF0C提供法律意见"
                + opinions + "条。");
            decisions.legalAdvisers(
                LegalAdvisers.builder().advisers(Count.of(advisers))
                    .meetingsAttended(Count.of(meetings)).opinions(Count.of(opinions))
                    .section(at).build());
            break;
          }
          case NORMATIVE: {
            long issued = count();
            String rate = rate();
            SectionId at = state(node, "制发行政规范性文件" + issued + "件\uFF0C备案率" + rate + "%。");
            decisions.normativeDocuments(
                NormativeDocuments.builder().issued(Count.of(issued)).filingRate(Rate.of(rate))
                    .section(at).build());
            break;
          }
          case ENFORCEMENT: {
            long officers = count();
            long inspections = count();
            String rate = rate();
            SectionId at = state(node, "全县行政执法人员" + officers + "名\uFF0C持证率" + rate + "%\uFF0C开展执法检查"
                + inspections + "次。");
            enforcement =
                AdministrativeEnforcement.builder().officers(Count.of(officers))
                    .certificateHoldingRate(Rate.of(rate)).inspections(Count.of(inspections))
                    .section(at).build();
            break;
          }
          case STUDY: {
            long reports = count();
            long instructions = count();
            SectionId at = state(node, "共有" + reports + "名领导干部开展述法\uFF0C作出指示批示" + instructions
                + "次。");
            accountability =
                Accountability.builder()
                    .study(StudyAndTraining.builder().lawReports(Count.of(reports))
                        .leaderInstructions(Count.of(instructions)).section(at).build())
                    .build();
            break;
          }
          default:
            throw new AssertionError(fact);
        }
      }
      List<Placed> placed = new ArrayList<>();
      Set<String> values = new java.util.HashSet<>();
      int indicators = between(0, 4);
      for (int i = 0; i < indicators; i++) {
        IndicatorForm form = pick(INDICATORS);
        String value = form.unit().equals("%") ? rate() : String.valueOf(count());
        if (!values.add(value)) {
          continue; // each indicator sentence unique, so that its place in the text is known
        }
        String written;
        switch (random.nextInt(8)) {
          case 0: // 700余件, 300余万元; 700余% is not written
            written = value + (form.unit().equals("%") ? "" : "余") + form.unit();
            break;
          case 1:
            written = value + form.unit() + pick(List.of("以内", "以下"));
            break;
          case 2:
            written = pick(List.of("不超过", "不到", "不足")) + value + form.unit();
            break;
          default:
            written = value + form.unit();
            break;
        }
        String sentence = form.label() + written + "。";
        SectionId at = state(pick(all), sentence);
        placed.add(new Placed(sentence, Indicator.builder().label(form.label())
            .quantity(Quantity.parse(written)).section(at).build()));
      }
      report.statistics(statistics.build()).decisions(decisions.build()).enforcement(enforcement)
          .accountability(accountability);
      String text = outlineText();
      placed.sort(java.util.Comparator.comparingInt(p -> text.indexOf(p.sentence())));
      placed.forEach(p -> report.addIndicators(p.indicator()));
    }

    /** The outline's text in document order: headings and paragraphs as the renderer writes them. */
    private String outlineText() {
      StringBuilder text = new StringBuilder();
      all.stream().filter(node -> node.id.depth() == 1).forEach(node -> append(node, text));
      return text.toString();
    }

    private static void append(Node node, StringBuilder text) {
      text.append(node.heading == null ? "" : node.heading).append('\n');
      node.paragraphs.forEach(p -> text.append(p).append('\n'));
      node.children.forEach(child -> append(child, text));
    }

    /**
     * Appends a sentence to a paragraph of {@code node} — of its last run-in item if it has run-in
     * items, for text after them belongs to the last — and returns the section it ends up in.
     */
    private SectionId state(Node node, String sentence) {
      Node target = node.runInChildren ? node.children.get(node.children.size() - 1) : node;
      if (target.paragraphs.isEmpty()) {
        target.paragraphs.add(sentence);
      } else {
        int i = random.nextInt(target.paragraphs.size());
        target.paragraphs.set(i, target.paragraphs.get(i) + sentence);
      }
      return target.id;
    }

    private long count() {
      return random.nextInt(5) == 0 ? between(0, 9) : between(10, 50_000);
    }

    private String rate() {
      int whole = between(0, 100);
      switch (random.nextInt(3)) {
        case 0:
          return String.valueOf(whole);
        case 1:
          return whole + "." + between(0, 9);
        default:
          return whole + "." + String.format("%02d", between(0, 99));
      }
    }
  }

  // spotless:on
}
