package org.fazhi.report;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationItem;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.RectificationStatus;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ImmutableGeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.ImmutableMoney;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.MoneyUnit;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.ImmutableHeading;
import org.fazhi.report.outline.ImmutableNumbering;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * jqwik arbitraries for every type of the report model, shipped in {@code fazhi-core}'s test-jar so
 * that other modules' tests generate reports the same way.
 *
 * <p>{@link #reports()} covers every model type and every property: each optional property is
 * present in about half of the reports and absent in the rest, lists are empty or not, counts are
 * exact or approximate, decimals have 0 to 3 places (1481.6 and 1481.60 both occur), maps of
 * outcomes and procedures are empty or partly filled, outlines nest 1 to 5 levels deep with every
 * numbering style, label spellings and both heading placements, and text is Chinese with the
 * punctuation reports use, plus characters JSON must escape ({@code "}, {@code \}) and one outside
 * the Basic Multilingual Plane (𠀀).
 *
 * <p>What the generated values are — and are not:
 *
 * <ul>
 *   <li>Every value is one the model can hold (builders never throw), but figures are independent:
 *       closed may exceed accepted, rates disagree with their counts, coordinates lie off the
 *       globe. That is the point for JSON and for "validation never throws"; do not expect a
 *       generated report to validate cleanly.
 *   <li>Outlines are shaped as published documents are: siblings share a numbering style and count
 *       1, 2, 3 …; a child's style is one that can stand below its parent's (一、 → （一） → 1. →
 *       （1） → ① / 一是); run-in sections (一是) have no children; only top-level sections may be
 *       unnumbered headings or name a {@link StatutoryPart}. Text never holds a line break,
 *       headings never hold {@code 。}, and paragraphs and headings begin with a character that
 *       cannot start a label, so that {@code render} and a text parser can tell them apart.
 *   <li>{@link org.fazhi.report.outline.Anchored} section references are ids of depth 1 to 3; they need not exist in the
 *       report's own outline.
 * </ul>
 *
 * <p>Usage: {@code @Provide Arbitrary<Report> reports() { return ReportArbitraries.reports(); }}
 * and {@code @Property void p(@ForAll("reports") Report report)}. A whole report takes well under
 * a millisecond to generate; properties over whole reports run with a few hundred tries (see the
 * tests that use this class).
 */
public final class ReportArbitraries {
  /** Characters a paragraph or heading may begin with: none of them can begin a label. */
  private static final String STARTS = "法治政府建设工作推进落实加强完善组织开展全面依法行政执法监督决策审查服务群众社会矛盾纠纷调解复议诉讼普法宣传培训学习我县";

  /** Punctuation and signs reports use inside text, besides the Chinese characters. */
  private static final List<String> SIGNS =
      List.of(
          "，", "、", "；", "：", "“", "”", "《", "》", "\uFF08", "\uFF09", "—", "…", "%", "·", "(",
          ")", ",", ":", "\"", "\\", "/", "𠀀", "<", "&");

  /** Measure words and units as reports write them; none begins with a scale word or a marker. */
  private static final List<String> UNITS =
      List.of(
          "件", "宗", "起", "个", "次", "件次", "人次", "人", "名", "份", "项", "条", "场", "场次", "期",
          "家", "户", "台", "座", "辆", "件套", "学时", "公里", "元", "%", "个百分点", "级", "度", "处",
          "所", "张", "日", "km");

  private ReportArbitraries() {}

  // ---------------------------------------------------------------------------------- text

  /** Chinese text of 1 to {@code maxLength} characters, no line break, never blank. */
  public static Arbitrary<String> chineseText(int maxLength) {
    Arbitrary<String> first = Arbitraries.of(STARTS.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.chars().range('\u4e00', '\u9fa5').map(String::valueOf)),
            Tuple.of(2, Arbitraries.of(SIGNS)),
            Tuple.of(1, Arbitraries.integers().between(0, 9999).map(String::valueOf)));
    return Combinators.combine(first, piece.list().ofMaxSize(Math.max(0, maxLength - 1)))
        .as((head, rest) -> head + String.join("", rest));
  }

  /** A paragraph: Chinese text of up to 60 characters, sentences ended by 。. */
  public static Arbitrary<String> paragraphs() {
    return chineseText(30).list().ofMinSize(1).ofMaxSize(2).map(s -> String.join("。", s) + "。");
  }

  /** A name or title: Chinese text of up to 16 characters without 。. */
  public static Arbitrary<String> names() {
    return chineseText(16);
  }

  // ---------------------------------------------------------------------------------- figures

  /** Decimals with 0 to 3 places, from about -100000 to 100000, trailing zeros kept. */
  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(-100_000_000L, 100_000_000L),
            Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  /** Non-negative decimals with 0 to 3 places: 58, 114.63, 100.0, 0.5. */
  public static Arbitrary<BigDecimal> nonNegativeDecimals() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 100_000_000L), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  /** Counts: mostly small and exact, sometimes approximate (700余), up to {@code Long.MAX_VALUE}. */
  public static Arbitrary<Count> counts() {
    Arbitrary<Long> values =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.longs().between(0, 3000)),
            Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    Arbitrary<Approximation> approximations =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Approximation.EXACT)),
            Tuple.of(1, Arbitraries.of(Approximation.class)));
    return Combinators.combine(values, approximations).as(Count::of);
  }

  /** Units from the measure words reports use: 件, 人次, 学时, 公里, %, 个百分点, …. */
  public static Arbitrary<Unit> units() {
    return Arbitraries.of(UNITS).map(Unit::of);
  }

  /** Every approximation, exact most often. */
  public static Arbitrary<Approximation> approximations() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Approximation.EXACT)),
        Tuple.of(2, Arbitraries.of(Approximation.class)));
  }

  /** Quantities with every scale, unit or none, and approximation: 700余件, 1.19万人, -7.01个百分点. */
  public static Arbitrary<Quantity> quantities() {
    Arbitrary<Approximation> approximations = approximations();
    return Combinators.combine(
            decimals(), Arbitraries.of(Scale.class), units().optional(0.85), approximations)
        .as(
            (value, scale, unit, approximation) ->
                Quantity.builder()
                    .value(approximation.isExact() ? value : value.abs())
                    .scale(scale)
                    .unit(unit)
                    .approximation(approximation)
                    .build());
  }

  /** Percents as published: 0 to 200 with up to two places (100, 58, 114.63, 95.0), rarely more. */
  public static Arbitrary<BigDecimal> percents() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(new BigDecimal("100"))),
        Tuple.of(
            8,
            Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs().between(0, 20000))
                .as((scale, unscaled) -> BigDecimal.valueOf(unscaled, scale))),
        Tuple.of(1, nonNegativeDecimals()));
  }

  /** Rates, some above 100, some with numerator, denominator or basis. */
  public static Arbitrary<Rate> rates() {
    return Builders.withBuilder(Rate::builder)
        .use(percents())
        .inSetter(Rate.Builder::percent)
        .use(approximations())
        .inSetter(Rate.Builder::approximation)
        .use(counts())
        .withProbability(0.3)
        .inSetter(Rate.Builder::numerator)
        .use(counts())
        .withProbability(0.3)
        .inSetter(Rate.Builder::denominator)
        .use(names())
        .withProbability(0.2)
        .inSetter(Rate.Builder::basis)
        .build(Rate.Builder::build);
  }

  /** Rates as {@code Rate.parse} reads them: percent and approximation only. */
  public static Arbitrary<Rate> writtenRates() {
    return Combinators.combine(percents(), approximations())
        .as((percent, approximation) ->
            Rate.builder().percent(percent).approximation(approximation).build());
  }

  /** Amounts of money in 元, 万元 and 亿元, exact or approximate. */
  public static Arbitrary<Money> money() {
    return Combinators.combine(nonNegativeDecimals(), Arbitraries.of(MoneyUnit.class), approximations())
        .as(
            (amount, unit, approximation) ->
                ImmutableMoney.builder().amount(amount).unit(unit).approximation(approximation).build());
  }

  /** Indicators with Chinese labels, sometimes a code, sometimes a section. */
  public static Arbitrary<Indicator> indicators() {
    Arbitrary<String> codes =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(3)
            .map(words -> String.join(".", words));
    return Builders.withBuilder(Indicator::builder)
        .use(names())
        .inSetter(Indicator.Builder::label)
        .use(quantities())
        .inSetter(Indicator.Builder::quantity)
        .use(codes)
        .withProbability(0.3)
        .inSetter(Indicator.Builder::code)
        .use(sectionIds())
        .withProbability(0.5)
        .inSetter(Indicator.Builder::section)
        .build(Indicator.Builder::build);
  }

  // ---------------------------------------------------------------------------------- values

  /** Section ids of depth 1 to 3 with positions 1 to 9, the ids a short report has. */
  public static Arbitrary<SectionId> sectionIds() {
    return Arbitraries.integers()
        .between(1, 9)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(path -> SectionId.of(path.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Section ids of any depth and any position, up to {@code Integer.MAX_VALUE}. */
  public static Arbitrary<SectionId> anySectionIds() {
    return Arbitraries.integers()
        .between(1, Integer.MAX_VALUE)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(path -> SectionId.of(path.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Division codes of every level: province, prefecture, county (six digits) and township (nine). */
  public static Arbitrary<DivisionCode> divisionCodes() {
    Arbitrary<String> province = Arbitraries.integers().between(11, 65).map(p -> p + "0000");
    Arbitrary<String> prefecture =
        Combinators.combine(Arbitraries.integers().between(11, 65), Arbitraries.integers().between(1, 99))
            .as((p, c) -> String.format("%02d%02d00", p, c));
    Arbitrary<String> county =
        Combinators.combine(
                Arbitraries.integers().between(11, 65),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 99))
            .as((p, c, d) -> String.format("%02d%02d%02d", p, c, d));
    Arbitrary<String> township =
        Combinators.combine(county, Arbitraries.integers().between(0, 999))
            .as((c, t) -> c + String.format("%03d", t));
    return Arbitraries.oneOf(province, prefecture, county, township).map(DivisionCode::parse);
  }

  /** Document numbers such as 同法治办〔2024〕6号. */
  public static Arbitrary<DocumentNumber> documentNumbers() {
    return Combinators.combine(
            Arbitraries.chars().range('\u4e00', '\u9fa5').list().ofMinSize(1).ofMaxSize(6)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)),
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(DocumentNumber::of);
  }

  /** Every schema version, supported or not. */
  public static Arbitrary<SchemaVersion> schemaVersions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(SchemaVersion::of);
  }

  /** Dates from 2000 to 2035. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 35).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  /** Date-times with the offsets reports have (+08:00 mostly), with and without seconds. */
  public static Arbitrary<OffsetDateTime> dateTimes() {
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(ZoneOffset.ofHours(8))),
            Tuple.of(1, Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 45))));
    Arbitrary<Integer> seconds =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 59)));
    return Combinators.combine(
            dates(),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            seconds,
            offsets)
        .as((date, hour, minute, second, offset) ->
            OffsetDateTime.of(LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second)), offset));
  }

  // ---------------------------------------------------------------------------------- outline

  /** The order in which numbering styles stand below each other; a child's rank is higher. */
  private static final List<NumberingStyle> HIERARCHY =
      List.of(
          NumberingStyle.CHINESE,
          NumberingStyle.PARENTHESIZED_CHINESE,
          NumberingStyle.ARABIC,
          NumberingStyle.PARENTHESIZED_ARABIC,
          NumberingStyle.CIRCLED,
          NumberingStyle.RUN_IN);

  /** Labels of {@code style} for {@code ordinal}: the canonical one first, then other spellings. */
  public static List<String> spellings(NumberingStyle style, int ordinal) {
    String canonical = style.label(ordinal);
    List<String> spellings = new ArrayList<>();
    spellings.add(canonical);
    String chinese = canonical.replaceAll("[^一二三四五六七八九十百零〇]", "");
    switch (style) {
      case CHINESE:
        spellings.add(chinese + "\uFF0E");
        spellings.add(chinese + "\uFF0C");
        break;
      case PARENTHESIZED_CHINESE:
        spellings.add("(" + chinese + ")");
        spellings.add("\uFF08" + chinese + "\uFF09\u3001");
        break;
      case ARABIC:
        spellings.add(ordinal + "\u3001");
        spellings.add(fullWidth(String.valueOf(ordinal)) + "\uFF0E");
        spellings.add(ordinal + "\uFF0E");
        break;
      case PARENTHESIZED_ARABIC:
        spellings.add("(" + ordinal + ")");
        spellings.add("\uFF08" + fullWidth(String.valueOf(ordinal)) + "\uFF09");
        break;
      default:
        break;
    }
    return spellings;
  }

  private static String fullWidth(String digits) {
    StringBuilder text = new StringBuilder();
    digits.chars().forEach(c -> text.append((char) (c - '0' + '\uFF10')));
    return text.toString();
  }

  private static Numbering numbering(NumberingStyle style, int ordinal, int spelling) {
    List<String> spellings = spellings(style, ordinal);
    String label = spellings.get(spelling % spellings.size());
    return ImmutableNumbering.builder().style(style).ordinal(ordinal).label(label).build();
  }

  /** Numberings of every style, ordinal (within what the style writes) and spelling. */
  public static Arbitrary<Numbering> numberings() {
    return Arbitraries.of(NumberingStyle.class)
        .flatMap(
            style -> {
              int largest =
                  style == NumberingStyle.CIRCLED
                      ? 50
                      : style == NumberingStyle.ARABIC || style == NumberingStyle.PARENTHESIZED_ARABIC
                          ? 9999
                          : 999;
              return Combinators.combine(
                      Arbitraries.integers().between(1, largest), Arbitraries.integers().between(0, 3))
                  .as((ordinal, spelling) -> numbering(style, ordinal, spelling));
            });
  }

  /** Headings of both placements; an inline one mostly ends with 。. */
  public static Arbitrary<Heading> headings() {
    Arbitrary<Optional<String>> terminators =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Optional.of("。"))),
            Tuple.of(1, Arbitraries.of(Optional.of("；"), Optional.<String>empty())));
    return Combinators.combine(names(), Arbitraries.of(HeadingPlacement.class), terminators)
        .as(
            (text, placement, terminator) ->
                ImmutableHeading.builder()
                    .text(text)
                    .placement(placement)
                    .terminator(placement == HeadingPlacement.INLINE ? terminator : Optional.empty())
                    .build());
  }

  /** A section as {@link #outlines()} has them: a top-level section with 0 to 4 levels below it. */
  public static Arbitrary<Section> sections() {
    return Arbitraries.of(1, 2, 3, 4, 5).withoutEdgeCases().flatMap(depth -> siblings(1, -1, depth, 1)).map(l -> l.get(0));
  }

  /** Outlines: addressee line, preamble, 1 to 6 top-level sections nesting 1 to 5 deep, signature. */
  public static Arbitrary<Outline> outlines() {
    Arbitrary<List<Section>> sections =
        Arbitraries.of(1, 2, 3, 4, 5).withoutEdgeCases().flatMap(depth -> siblings(1, -1, depth, 0));
    return Builders.withBuilder(Outline::builder)
        .use(names().map(n -> n + "\uFF1A"))
        .withProbability(0.4)
        .inSetter(Outline.Builder::addresseeLine)
        .use(paragraphs().list().ofMaxSize(2))
        .inSetter(Outline.Builder::addAllPreamble)
        .use(sections)
        .inSetter(Outline.Builder::addAllSections)
        .use(names().list().ofMaxSize(3))
        .inSetter(Outline.Builder::addAllSignature)
        .build(Outline.Builder::build);
  }

  /**
   * A group of sibling sections at {@code level} below a parent of style rank {@code parentRank}
   * (-1 at the top), nesting down to {@code depth}; of {@code size} sections, or of a generated
   * size when {@code size} is 0.
   */
  private static Arbitrary<List<Section>> siblings(int level, int parentRank, int depth, int size) {
    // The style one level down is the usual choice; any lower one (or an unnumbered heading at the
    // top) also occurs.
    List<Tuple.Tuple2<Integer, Integer>> ranks = new ArrayList<>();
    if (level == 1) {
      ranks.add(Tuple.of(1, -1));
    }
    for (int rank = Math.max(0, parentRank + 1); rank < HIERARCHY.size(); rank++) {
      ranks.add(Tuple.of(rank == parentRank + 1 ? 6 : 1, rank));
    }
    Arbitrary<Integer> sizes =
        size > 0
            ? Arbitraries.just(size)
            : level == 1
                ? Arbitraries.integers().between(1, 6)
                : Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(4, 1), Tuple.of(3, 2), Tuple.of(1, 3));
    return Combinators.combine(
            sizes.withoutEdgeCases(),
            Arbitraries.frequency(ranks).withoutEdgeCases(),
            Arbitraries.integers().between(0, 3).withoutEdgeCases())
        .flatAs(
            (count, rank, spelling) ->
                body(level, rank, depth)
                    .list()
                    .ofSize(count)
                    .map(
                        bodies -> {
                          List<Section> sections = new ArrayList<>();
                          for (int i = 0; i < bodies.size(); i++) {
                            Optional<Numbering> numbering =
                                rank < 0
                                    ? Optional.empty()
                                    : Optional.of(numbering(HIERARCHY.get(rank), i + 1, spelling));
                            sections.add(bodies.get(i).apply(numbering));
                          }
                          return sections;
                        }));
  }

  /** A section without its numbering, which its position among its siblings gives. */
  private static Arbitrary<Function<Optional<Numbering>, Section>> body(int level, int rank, int depth) {
    boolean runIn = rank >= 0 && HIERARCHY.get(rank) == NumberingStyle.RUN_IN;
    Arbitrary<Optional<Heading>> heading =
        rank < 0
            ? headings().map(h -> Optional.of(Heading.ownLine(h.getText())))
            : runIn
                ? names().map(text -> Heading.inline(text, "。")).optional(0.7)
                : headings().optional(0.9);
    Arbitrary<List<String>> paragraphs = paragraphs().list().ofMaxSize(runIn ? 1 : 2);
    Arbitrary<List<Section>> children =
        level >= depth || runIn ? Arbitraries.just(List.of()) : siblings(level + 1, rank, depth, 0);
    Arbitrary<Optional<StatutoryPart>> part =
        level == 1 ? Arbitraries.of(StatutoryPart.class).optional(0.5) : Arbitraries.just(Optional.empty());
    Arbitrary<Boolean> runInFlag = runIn ? Arbitraries.of(true, true, false) : Arbitraries.just(false);
    return Combinators.combine(heading, paragraphs, children, part, runInFlag)
        .as(
            (h, p, c, part1, flag) ->
                numbering -> {
                  Section.Builder builder = Section.builder();
                  builder.numbering(numbering);
                  builder.heading(h);
                  builder.runIn(flag);
                  builder.part(part1);
                  builder.addAllParagraphs(p);
                  builder.addAllChildren(c);
                  return builder.build();
                });
  }

  // ---------------------------------------------------------------------------------- metadata

  /** Metadata with every property present or absent, one or two issuers. */
  public static Arbitrary<ReportMetadata> metadata() {
    Arbitrary<Issuer> issuers =
        Combinators.combine(names(), Arbitraries.of(IssuerKind.class)).as(Issuer::of);
    Arbitrary<AdministrativeDivision> divisions =
        Builders.withBuilder(AdministrativeDivision::builder)
            .use(names())
            .inSetter(AdministrativeDivision.Builder::name)
            .use(Arbitraries.of(DivisionLevel.class))
            .inSetter(AdministrativeDivision.Builder::level)
            .use(divisionCodes())
            .withProbability(0.7)
            .inSetter(AdministrativeDivision.Builder::code)
            .use(dates())
            .withProbability(0.5)
            .inSetter(AdministrativeDivision.Builder::codeValidOn)
            .build(AdministrativeDivision.Builder::build);
    Arbitrary<Integer> years =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.integers().between(2015, 2030)),
            Tuple.of(1, Arbitraries.integers().between(1000, 9999)));
    return years.flatMap(
        year ->
            Builders.withBuilder(() -> ReportMetadata.builder().reportingYear(year))
                .use(names().map(n -> n + year + "年法治政府建设年度报告"))
                .inSetter(ReportMetadata.Builder::title)
                .use(issuers.list().ofMaxSize(2))
                .inSetter(ReportMetadata.Builder::addAllIssuers)
                .use(names().list().ofMaxSize(2))
                .inSetter(ReportMetadata.Builder::addAllAddressees)
                .use(divisions)
                .withProbability(0.6)
                .inSetter(ReportMetadata.Builder::division)
                .use(periodsIn(year))
                .withProbability(0.3)
                .inSetter(ReportMetadata.Builder::period)
                .use(dates())
                .withProbability(0.7)
                .inSetter(ReportMetadata.Builder::documentDate)
                .use(dates())
                .withProbability(0.5)
                .inSetter(ReportMetadata.Builder::publicationDate)
                .use(names())
                .withProbability(0.3)
                .inSetter(ReportMetadata.Builder::publisher)
                .use(Arbitraries.integers().between(1, 99999).map(n -> URI.create("https://www.example.gov.cn/zfxxgk/" + n + ".html")))
                .withProbability(0.4)
                .inSetter(ReportMetadata.Builder::sourceUrl)
                .build(ReportMetadata.Builder::build));
  }

  /** Periods that start in {@code year}: the whole year or part of it. */
  private static Arbitrary<ReportingPeriod> periodsIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return Combinators.combine(Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 400))
        .as((start, length) -> ReportingPeriod.of(first.plusDays(start), first.plusDays(start + length)));
  }

  // ---------------------------------------------------------------------------------- blocks

  /** Case statistics with each block present or absent. */
  public static Arbitrary<CaseStatistics> caseStatistics() {
    return Builders.withBuilder(CaseStatistics::builder)
        .use(reconsiderations()).withProbability(0.6).inSetter(CaseStatistics.Builder::reconsideration)
        .use(litigations()).withProbability(0.5).inSetter(CaseStatistics.Builder::litigation)
        .use(judgmentPerformances()).withProbability(0.4).inSetter(CaseStatistics.Builder::judgmentPerformance)
        .use(legalAids()).withProbability(0.5).inSetter(CaseStatistics.Builder::legalAid)
        .use(mediations()).withProbability(0.5).inSetter(CaseStatistics.Builder::mediation)
        .use(publicLegalServices()).withProbability(0.5).inSetter(CaseStatistics.Builder::publicLegalServices)
        .build(CaseStatistics.Builder::build);
  }

  public static Arbitrary<Reconsideration> reconsiderations() {
    return Builders.withBuilder(Reconsideration::builder)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::received)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::accepted)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::notAccepted)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::carriedOver)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::closed)
        .use(counts()).withProbability(0.5).inSetter(Reconsideration.Builder::pending)
        .use(Arbitraries.maps(Arbitraries.of(ReconsiderationDecision.class), counts()).ofMaxSize(4))
        .inSetter(Reconsideration.Builder::putAllOutcomes)
        .use(Arbitraries.of(true, false)).inSetter(Reconsideration.Builder::outcomesComplete)
        .use(rates()).withProbability(0.5).inSetter(Reconsideration.Builder::correctionRate)
        .use(Arbitraries.of(CaseStage.class)).withProbability(0.5).inSetter(Reconsideration.Builder::correctionRateBasis)
        .use(paragraphs()).withProbability(0.2).inSetter(Reconsideration.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(Reconsideration.Builder::section)
        .build(Reconsideration.Builder::build);
  }

  public static Arbitrary<Litigation> litigations() {
    return Builders.withBuilder(Litigation::builder)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::cases)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::carriedOver)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::concluded)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::won)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::lost)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::withdrawn)
        .use(Arbitraries.maps(Arbitraries.of(JudgmentType.class), counts()).ofMaxSize(4))
        .inSetter(Litigation.Builder::putAllJudgments)
        .use(Arbitraries.of(true, false)).inSetter(Litigation.Builder::judgmentsComplete)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::hearings)
        .use(counts()).withProbability(0.5).inSetter(Litigation.Builder::headAppearances)
        .use(rates()).withProbability(0.5).inSetter(Litigation.Builder::headAppearanceRate)
        .use(rates()).withProbability(0.5).inSetter(Litigation.Builder::lossRate)
        .use(paragraphs()).withProbability(0.2).inSetter(Litigation.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(Litigation.Builder::section)
        .build(Litigation.Builder::build);
  }

  public static Arbitrary<JudgmentPerformance> judgmentPerformances() {
    return Builders.withBuilder(JudgmentPerformance::builder)
        .use(counts()).withProbability(0.5).inSetter(JudgmentPerformance.Builder::cases)
        .use(counts()).withProbability(0.5).inSetter(JudgmentPerformance.Builder::concluded)
        .use(Arbitraries.maps(Arbitraries.of(JudgmentType.class), counts()).ofMaxSize(4))
        .inSetter(JudgmentPerformance.Builder::putAllJudgments)
        .use(Arbitraries.of(true, false)).inSetter(JudgmentPerformance.Builder::judgmentsComplete)
        .use(counts()).withProbability(0.5).inSetter(JudgmentPerformance.Builder::performed)
        .use(paragraphs()).withProbability(0.2).inSetter(JudgmentPerformance.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(JudgmentPerformance.Builder::section)
        .build(JudgmentPerformance.Builder::build);
  }

  public static Arbitrary<LegalAid> legalAids() {
    return Builders.withBuilder(LegalAid::builder)
        .use(counts()).withProbability(0.5).inSetter(LegalAid.Builder::applications)
        .use(counts()).withProbability(0.5).inSetter(LegalAid.Builder::accepted)
        .use(counts()).withProbability(0.5).inSetter(LegalAid.Builder::carriedOver)
        .use(counts()).withProbability(0.5).inSetter(LegalAid.Builder::closed)
        .use(counts()).withProbability(0.5).inSetter(LegalAid.Builder::consultations)
        .use(rates()).withProbability(0.5).inSetter(LegalAid.Builder::satisfaction)
        .use(paragraphs()).withProbability(0.2).inSetter(LegalAid.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(LegalAid.Builder::section)
        .build(LegalAid.Builder::build);
  }

  public static Arbitrary<Mediation> mediations() {
    return Builders.withBuilder(Mediation::builder)
        .use(counts()).withProbability(0.5).inSetter(Mediation.Builder::disputes)
        .use(counts()).withProbability(0.5).inSetter(Mediation.Builder::mediated)
        .use(counts()).withProbability(0.5).inSetter(Mediation.Builder::settled)
        .use(rates()).withProbability(0.5).inSetter(Mediation.Builder::successRate)
        .use(rates()).withProbability(0.5).inSetter(Mediation.Builder::handlingRate)
        .use(paragraphs()).withProbability(0.2).inSetter(Mediation.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(Mediation.Builder::section)
        .build(Mediation.Builder::build);
  }

  public static Arbitrary<PublicLegalServices> publicLegalServices() {
    return Builders.withBuilder(PublicLegalServices::builder)
        .use(counts()).withProbability(0.5).inSetter(PublicLegalServices.Builder::services)
        .use(counts()).withProbability(0.5).inSetter(PublicLegalServices.Builder::target)
        .use(rates()).withProbability(0.5).inSetter(PublicLegalServices.Builder::completionRate)
        .use(rates()).withProbability(0.5).inSetter(PublicLegalServices.Builder::satisfaction)
        .use(paragraphs()).withProbability(0.2).inSetter(PublicLegalServices.Builder::statement)
        .use(sectionIds()).withProbability(0.5).inSetter(PublicLegalServices.Builder::section)
        .build(PublicLegalServices.Builder::build);
  }

  /** Decision-making with each block present or absent. */
  public static Arbitrary<DecisionMaking> decisionMaking() {
    Arbitrary<DecisionItem> items =
        Builders.withBuilder(DecisionItem::builder)
            .use(names()).inSetter(DecisionItem.Builder::title)
            .use(names()).withProbability(0.5).inSetter(DecisionItem.Builder::sponsor)
            .use(Arbitraries.maps(Arbitraries.of(DecisionProcedure.class), Arbitraries.of(ProcedureStatus.class)).ofMaxSize(5))
            .inSetter(DecisionItem.Builder::putAllProcedures)
            .use(counts()).withProbability(0.5).inSetter(DecisionItem.Builder::commentPeriodDays)
            .use(Arbitraries.of(DecisionStatus.class)).withProbability(0.5).inSetter(DecisionItem.Builder::status)
            .build(DecisionItem.Builder::build);
    Arbitrary<DecisionCatalog> catalogs =
        Builders.withBuilder(DecisionCatalog::builder)
            .use(counts()).withProbability(0.5).inSetter(DecisionCatalog.Builder::declared)
            .use(items.list().ofMaxSize(3)).inSetter(DecisionCatalog.Builder::addAllItems)
            .use(counts()).withProbability(0.5).inSetter(DecisionCatalog.Builder::commentPeriodDays)
            .use(sectionIds()).withProbability(0.5).inSetter(DecisionCatalog.Builder::section)
            .build(DecisionCatalog.Builder::build);
    Arbitrary<LegalityReview> reviews =
        Builders.withBuilder(LegalityReview::builder)
            .use(counts()).withProbability(0.5).inSetter(LegalityReview.Builder::documents)
            .use(counts()).withProbability(0.5).inSetter(LegalityReview.Builder::agreements)
            .use(counts()).withProbability(0.5).inSetter(LegalityReview.Builder::decisions)
            .use(counts()).withProbability(0.5).inSetter(LegalityReview.Builder::enforcementDecisions)
            .use(counts()).withProbability(0.5).inSetter(LegalityReview.Builder::opinions)
            .use(rates()).withProbability(0.5).inSetter(LegalityReview.Builder::reviewRate)
            .use(sectionIds()).withProbability(0.5).inSetter(LegalityReview.Builder::section)
            .build(LegalityReview.Builder::build);
    Arbitrary<NormativeDocuments> documents =
        Builders.withBuilder(NormativeDocuments::builder)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::issued)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::reviewed)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::filed)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::filedOnTime)
            .use(rates()).withProbability(0.5).inSetter(NormativeDocuments.Builder::filingRate)
            .use(rates()).withProbability(0.5).inSetter(NormativeDocuments.Builder::timelyFilingRate)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::cleanedUp)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::kept)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::amended)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::repealed)
            .use(counts()).withProbability(0.5).inSetter(NormativeDocuments.Builder::commentPeriodDays)
            .use(sectionIds()).withProbability(0.5).inSetter(NormativeDocuments.Builder::section)
            .build(NormativeDocuments.Builder::build);
    Arbitrary<LegalAdvisers> advisers =
        Builders.withBuilder(LegalAdvisers::builder)
            .use(counts()).withProbability(0.5).inSetter(LegalAdvisers.Builder::advisers)
            .use(counts()).withProbability(0.5).inSetter(LegalAdvisers.Builder::publicLawyers)
            .use(counts()).withProbability(0.5).inSetter(LegalAdvisers.Builder::meetingsAttended)
            .use(counts()).withProbability(0.5).inSetter(LegalAdvisers.Builder::documentsReviewed)
            .use(counts()).withProbability(0.5).inSetter(LegalAdvisers.Builder::opinions)
            .use(rates()).withProbability(0.5).inSetter(LegalAdvisers.Builder::coverageRate)
            .use(sectionIds()).withProbability(0.5).inSetter(LegalAdvisers.Builder::section)
            .build(LegalAdvisers.Builder::build);
    return Builders.withBuilder(DecisionMaking::builder)
        .use(catalogs).withProbability(0.5).inSetter(DecisionMaking.Builder::catalog)
        .use(reviews).withProbability(0.5).inSetter(DecisionMaking.Builder::legalityReview)
        .use(documents).withProbability(0.5).inSetter(DecisionMaking.Builder::normativeDocuments)
        .use(advisers).withProbability(0.5).inSetter(DecisionMaking.Builder::legalAdvisers)
        .build(DecisionMaking.Builder::build);
  }

  /** Training activities with every property present or absent. */
  public static Arbitrary<TrainingActivity> trainingActivities() {
    return Builders.withBuilder(TrainingActivity::builder)
        .use(names()).withProbability(0.6).inSetter(TrainingActivity.Builder::title)
        .use(names()).withProbability(0.5).inSetter(TrainingActivity.Builder::organizer)
        .use(counts()).withProbability(0.5).inSetter(TrainingActivity.Builder::sessions)
        .use(counts()).withProbability(0.5).inSetter(TrainingActivity.Builder::attendees)
        .use(counts()).withProbability(0.5).inSetter(TrainingActivity.Builder::hours)
        .use(dates().list().ofMaxSize(2)).inSetter(TrainingActivity.Builder::addAllDates)
        .use(sectionIds()).withProbability(0.5).inSetter(TrainingActivity.Builder::section)
        .build(TrainingActivity.Builder::build);
  }

  /** Administrative enforcement with every property present or absent. */
  public static Arbitrary<AdministrativeEnforcement> enforcement() {
    Arbitrary<MeetingReference> meetings =
        Builders.withBuilder(MeetingReference::builder)
            .use(names()).inSetter(MeetingReference.Builder::body)
            .use(Arbitraries.integers().between(1, 200)).withProbability(0.7).inSetter(MeetingReference.Builder::session)
            .use(dates()).withProbability(0.5).inSetter(MeetingReference.Builder::date)
            .build(MeetingReference.Builder::build);
    Arbitrary<DelegatedPowers> powers =
        Builders.withBuilder(DelegatedPowers::builder)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::granted)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::removalProposals)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::optionalProposals)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::townships)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::cut)
            .use(counts()).withProbability(0.5).inSetter(DelegatedPowers.Builder::kept)
            .use(Arbitraries.of(true, false)).inSetter(DelegatedPowers.Builder::perTownshipAverage)
            .use(rates()).withProbability(0.5).inSetter(DelegatedPowers.Builder::cutRate)
            .use(meetings).withProbability(0.5).inSetter(DelegatedPowers.Builder::approvedAt)
            .use(sectionIds()).withProbability(0.5).inSetter(DelegatedPowers.Builder::section)
            .build(DelegatedPowers.Builder::build);
    return Builders.withBuilder(AdministrativeEnforcement::builder)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::officers)
        .use(rates()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::certificateHoldingRate)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::inspections)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::penaltyCases)
        .use(money()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::penaltyAmount)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::caseFilesReviewed)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::supervisionOffices)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::townshipsInspected)
        .use(counts()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::agenciesInspected)
        .use(trainingActivities().list().ofMaxSize(3)).inSetter(AdministrativeEnforcement.Builder::addAllTraining)
        .use(powers).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::delegatedPowers)
        .use(sectionIds()).withProbability(0.5).inSetter(AdministrativeEnforcement.Builder::section)
        .build(AdministrativeEnforcement.Builder::build);
  }

  /** Accountability: duty lists, rectification lists with items, study and training. */
  public static Arbitrary<Accountability> accountability() {
    Arbitrary<DutyList> dutyLists =
        Builders.withBuilder(DutyList::builder)
            .use(Arbitraries.of(DutyListKind.class)).inSetter(DutyList.Builder::kind)
            .use(names()).withProbability(0.6).inSetter(DutyList.Builder::title)
            .use(names()).withProbability(0.5).inSetter(DutyList.Builder::owner)
            .use(names().list().ofMaxSize(3)).inSetter(DutyList.Builder::addAllItems)
            .use(counts()).withProbability(0.5).inSetter(DutyList.Builder::itemCount)
            .use(counts()).withProbability(0.5).inSetter(DutyList.Builder::holders)
            .use(rates()).withProbability(0.5).inSetter(DutyList.Builder::coverageRate)
            .use(sectionIds()).withProbability(0.5).inSetter(DutyList.Builder::section)
            .build(DutyList.Builder::build);
    Arbitrary<RectificationItem> items =
        Builders.withBuilder(RectificationItem::builder)
            .use(paragraphs()).inSetter(RectificationItem.Builder::problem)
            .use(paragraphs()).withProbability(0.5).inSetter(RectificationItem.Builder::measures)
            .use(names()).withProbability(0.5).inSetter(RectificationItem.Builder::owner)
            .use(dates()).withProbability(0.5).inSetter(RectificationItem.Builder::deadline)
            .use(Arbitraries.of(RectificationStatus.class)).withProbability(0.5).inSetter(RectificationItem.Builder::status)
            .build(RectificationItem.Builder::build);
    Arbitrary<DocumentReference> references =
        Builders.withBuilder(DocumentReference::builder)
            .use(names()).inSetter(DocumentReference.Builder::title)
            .use(documentNumbers()).withProbability(0.6).inSetter(DocumentReference.Builder::number)
            .use(names()).withProbability(0.5).inSetter(DocumentReference.Builder::issuer)
            .build(DocumentReference.Builder::build);
    Arbitrary<RectificationList> rectificationLists =
        Builders.withBuilder(RectificationList::builder)
            .use(names()).inSetter(RectificationList.Builder::title)
            .use(names()).withProbability(0.5).inSetter(RectificationList.Builder::owner)
            .use(names()).withProbability(0.5).inSetter(RectificationList.Builder::origin)
            .use(references).withProbability(0.5).inSetter(RectificationList.Builder::basis)
            .use(items.list().ofMaxSize(2)).inSetter(RectificationList.Builder::addAllItems)
            .use(counts()).withProbability(0.5).inSetter(RectificationList.Builder::problems)
            .use(counts()).withProbability(0.5).inSetter(RectificationList.Builder::rectified)
            .use(rates()).withProbability(0.5).inSetter(RectificationList.Builder::rectificationRate)
            .use(sectionIds()).withProbability(0.5).inSetter(RectificationList.Builder::section)
            .build(RectificationList.Builder::build);
    Arbitrary<StudyAndTraining> study =
        Builders.withBuilder(StudyAndTraining::builder)
            .use(trainingActivities().list().ofMaxSize(3)).inSetter(StudyAndTraining.Builder::addAllActivities)
            .use(counts()).withProbability(0.5).inSetter(StudyAndTraining.Builder::lawReports)
            .use(counts()).withProbability(0.5).inSetter(StudyAndTraining.Builder::leaderInstructions)
            .use(sectionIds()).withProbability(0.5).inSetter(StudyAndTraining.Builder::section)
            .build(StudyAndTraining.Builder::build);
    return Builders.withBuilder(Accountability::builder)
        .use(dutyLists.list().ofMaxSize(2)).inSetter(Accountability.Builder::addAllDutyLists)
        .use(rectificationLists.list().ofMaxSize(2)).inSetter(Accountability.Builder::addAllRectificationLists)
        .use(study).withProbability(0.5).inSetter(Accountability.Builder::study)
        .build(Accountability.Builder::build);
  }

  /** Points in decimal degrees, on the globe or not. */
  public static Arbitrary<GeoPoint> geoPoints() {
    return Combinators.combine(decimals(), decimals())
        .as((latitude, longitude) -> ImmutableGeoPoint.builder().latitude(latitude).longitude(longitude).build());
  }

  /** Emergencies of every kind, every property present or absent. */
  public static Arbitrary<Emergency> emergencies() {
    return Builders.withBuilder(Emergency::builder)
        .use(Arbitraries.of(EmergencyKind.class)).inSetter(Emergency.Builder::kind)
        .use(names()).withProbability(0.5).inSetter(Emergency.Builder::description)
        .use(dateTimes()).withProbability(0.6).inSetter(Emergency.Builder::occurredAt)
        .use(names()).withProbability(0.5).inSetter(Emergency.Builder::place)
        .use(decimals()).withProbability(0.5).inSetter(Emergency.Builder::magnitude)
        .use(decimals()).withProbability(0.5).inSetter(Emergency.Builder::depthKilometres)
        .use(geoPoints()).withProbability(0.5).inSetter(Emergency.Builder::epicenter)
        .use(Arbitraries.of(ResponseLevel.class)).withProbability(0.5).inSetter(Emergency.Builder::responseLevel)
        .use(sectionIds()).withProbability(0.5).inSetter(Emergency.Builder::section)
        .build(Emergency.Builder::build);
  }

  // ---------------------------------------------------------------------------------- reports

  /** Whole reports covering every model type and property; see the class documentation. */
  public static Arbitrary<Report> reports() {
    return Builders.withBuilder(Report::builder)
        .use(Arbitraries.integers().between(0, 20).map(minor -> SchemaVersion.of(1, minor)))
        .withProbability(0.2)
        .inSetter(Report.Builder::schemaVersion)
        .use(metadata())
        .inSetter(Report.Builder::metadata)
        .use(outlines())
        .withProbability(0.8)
        .inSetter(Report.Builder::outline)
        .use(caseStatistics())
        .withProbability(0.8)
        .inSetter(Report.Builder::statistics)
        .use(decisionMaking())
        .withProbability(0.7)
        .inSetter(Report.Builder::decisions)
        .use(enforcement())
        .withProbability(0.7)
        .inSetter(Report.Builder::enforcement)
        .use(accountability())
        .withProbability(0.7)
        .inSetter(Report.Builder::accountability)
        .use(emergencies().list().ofMaxSize(2))
        .inSetter(Report.Builder::addAllEmergencies)
        .use(indicators().list().ofMaxSize(5))
        .inSetter(Report.Builder::addAllIndicators)
        .build(Report.Builder::build);
  }
}
