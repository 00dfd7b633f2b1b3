package org.fazhi.report;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
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
import org.fazhi.report.emergency.ImmutableGeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.ChangeBase;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.ImmutableMoney;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.MoneyUnit;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
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
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * jqwik arbitraries for every type of the report model, shipped in {@code fazhi-core}'s test-jar so
 * that other modules' tests generate reports the same way.
 *
 * <p>{@link #reports()} covers every model type and every property: each optional property is
 * present in some reports and absent in others, lists are empty or not, counts are exact or
 * approximate (and now and then 0 or {@code Long.MAX_VALUE}) or written with a scale word (3.6万,
 * 1.2余万, 约2.35亿: every scale, as many decimals as the scale word allows), decimals have 0 to 3
 * places (1481.6 and 1481.60 both occur), maps of outcomes, shares, cases by type, statuses and
 * procedures are empty or partly filled, outlines nest 1 to 5 levels deep with every numbering
 * style, several spellings of each label and both heading placements, and text is Chinese with the
 * punctuation reports use, plus characters JSON must escape ({@code "}, {@code \}) and one outside
 * the Basic Multilingual Plane (𠀀).
 *
 * <p>The shapes of real reports beyond the first one are there too: metadata with a year only, a
 * period only (within one calendar year, or over several), both, or neither; outcome groups (open
 * with one kind or more, closed with two or more, never a kind dealt with before acceptance);
 * breakdowns of one to three items, each with a count, a share or both ({@code OTHER} only with a
 * label); indicators that restate a concept of one figure, with a scope, a period and a change;
 * stated changes of a concept of one figure; and series of one to three points, one per period.
 *
 * <p>Two kinds of arbitrary:
 *
 * <ul>
 *   <li>Values ({@link #counts()}, {@link #quantities()}, {@link #writtenRates()}, {@link
 *       #money()}, {@link #changes()}, {@link #sectionIds()}, {@link #numberings()}, {@link
 *       #divisionCodes()}, …) are built from jqwik's own arbitraries, with edge cases and fine
 *       shrinking.
 *   <li>Composites ({@link #reports()}, {@link #outlines()}, {@link #sections()}, {@link
 *       #metadata()}, the blocks) are made by plain code from a seed and a density, the share of
 *       optional parts present, which varies from 0 to 100% between values. jqwik keeps a
 *       shrinkable value for every generated part and creates generators for nested choices, which
 *       made one report cost milliseconds; made this way a report costs well under one. They shrink
 *       toward density 0: smaller, shallower values.
 * </ul>
 *
 * <p>What the generated values are — and are not:
 *
 * <ul>
 *   <li>Every value is one the model can hold (builders never throw), but figures are independent:
 *       closed may exceed accepted, rates disagree with their counts, coordinates lie off the
 *       globe. That is the point for JSON and for "validation never throws"; do not expect a
 *       generated report to validate cleanly.
 *   <li>Outlines are shaped as published documents are: siblings share a numbering style and one
 *       spelling of it and count 1, 2, 3 …; a child's style is one that can stand below its
 *       parent's (一、 → （一） → 1. → （1） → ① → 一是); run-in sections (一是) have no children; only
 *       top-level sections may be unnumbered headings or name a {@link StatutoryPart}. Text never
 *       holds a line break, headings never hold {@code 。}, and paragraphs and headings begin with a
 *       character that cannot begin a label, so that {@code render} and a text parser can tell them
 *       apart.
 *   <li>{@link org.fazhi.report.outline.Anchored} section references are ids of depth 1 to 3; they
 *       need not exist in the report's own outline.
 * </ul>
 *
 * <p>Usage: {@code @Provide Arbitrary<Report> reports() { return ReportArbitraries.reports(); }}
 * and {@code @Property void p(@ForAll("reports") Report report)}. See {@code
 * ReportJsonRoundTripPropertiesTest} for the number of tries whole reports are worth.
 */
public final class ReportArbitraries {
  /** Characters a paragraph or heading may begin with: none of them can begin a label. */
  private static final String STARTS =
      "法治政府建设工作推进落实加强完善组织开展全面依法行政执法监督决策审查服务群众社会矛盾纠纷调解复议诉讼普法宣传培训学习我县";

  /** Punctuation and signs reports use inside text, besides the Chinese characters. */
  private static final List<String> SIGNS =
      List.of(
          "\uFF0C", "、", "\uFF1B", "\uFF1A", "“", "”", "《", "》", "\uFF08", "\uFF09", "—", "…", "%",
          "·", "(", ")", ",", ":", "\"", "\\", "/", "𠀀", "<", "&");

  /** Measure words and units as reports write them; none begins with a scale word or a marker. */
  private static final List<String> UNITS =
      List.of(
          "件", "宗", "起", "个", "次", "件次", "人次", "人", "名", "份", "项", "条", "场", "场次", "期", "家", "户",
          "台", "座", "辆", "件套", "学时", "公里", "元", "%", "个百分点", "级", "度", "处", "所", "张", "日", "km");

  /** The concepts of one figure per report, which changes, series and indicators may name. */
  private static final List<Concept> SINGLE_CONCEPTS =
      Concept.catalog().stream().filter(Concept::isSingle).collect(Collectors.toList());

  /** The decision kinds an outcome group may hold: those of accepted cases. */
  private static final List<ReconsiderationDecision> GROUPABLE =
      Arrays.stream(ReconsiderationDecision.values())
          .filter(kind -> !kind.isBeforeAcceptance())
          .collect(Collectors.toList());

  private ReportArbitraries() {}

  // ============================================================= values: jqwik arbitraries
  // Small values are jqwik's own arbitraries: cheap, with edge cases, shrinking to simple values.

  /**
   * Chinese text of 1 to {@code maxLength} characters (a sign or a number counts as one), no line
   * break, never blank: mostly Chinese characters, some punctuation and signs, some numbers. It
   * begins with a character that cannot begin an outline label. Shrinks by length.
   */
  public static Arbitrary<String> chineseText(int maxLength) {
    return Combinators.combine(
            Arbitraries.integers().between(1, Math.max(1, maxLength)),
            Arbitraries.longs().withoutEdgeCases())
        .as(ReportArbitraries::text);
  }

  /** The text of {@code length} characters that {@code seed} makes; see {@link #chineseText}. */
  static String text(int length, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    text.append(STARTS.charAt(random.nextInt(STARTS.length())));
    for (int i = 1; i < length; i++) {
      int kind = random.nextInt(15);
      if (kind < 12) {
        text.append((char) ('\u4e00' + random.nextInt('\u9fa5' - '\u4e00' + 1)));
      } else if (kind < 14) {
        text.append(SIGNS.get(random.nextInt(SIGNS.size())));
      } else {
        text.append(random.nextInt(10_000));
      }
    }
    return text.toString();
  }

  /** A paragraph: one or two sentences of Chinese text, each ended by 。. */
  public static Arbitrary<String> paragraphs() {
    return chineseText(30).list().ofMinSize(1).ofMaxSize(2).map(s -> String.join("。", s) + "。");
  }

  /** A name or title: Chinese text of up to 16 characters, without 。. */
  public static Arbitrary<String> names() {
    return chineseText(16);
  }

  /** Decimals with 0 to 3 places, from -100000 to 100000, trailing zeros kept (1481.60). */
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

  /** Every approximation: exact with weight 15, each approximate one with weight 1. */
  public static Arbitrary<Approximation> approximations() {
    List<Tuple.Tuple2<Integer, Approximation>> weights = new ArrayList<>();
    for (Approximation approximation : Approximation.values()) {
      weights.add(Tuple.of(approximation.isExact() ? 15 : 1, approximation));
    }
    return Arbitraries.frequency(weights);
  }

  /**
   * Counts: mostly 0 to 3000, sometimes up to {@code Long.MAX_VALUE}; a quarter approximate; one in
   * five written with a scale word ({@link #scaledCounts()}).
   */
  public static Arbitrary<Count> counts() {
    Arbitrary<Count> unscaled =
        Combinators.combine(
                Arbitraries.integers().between(0, 8).withoutEdgeCases(),
                Arbitraries.longs().between(0, 3000),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                approximations())
            .as(
                (choice, small, any, approximation) ->
                    Count.of(choice == 0 ? any : small, approximation));
    return Arbitraries.frequencyOf(Tuple.of(4, unscaled), Tuple.of(1, scaledCounts()));
  }

  /**
   * Counts written with a scale word, exact or approximate: 3.6万, 1.2余万, 约2.35亿, 0.0001万; every
   * scale but {@link Scale#ONE}, with no more decimals than the scale word has zeros.
   */
  public static Arbitrary<Count> scaledCounts() {
    return Combinators.combine(
            Arbitraries.of(SCALE_WORDS),
            Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.integers().between(0, 8),
            approximations())
        .as(
            (scale, unscaled, decimals, approximation) ->
                Count.of(
                    BigDecimal.valueOf(unscaled, Math.min(decimals, scale.exponent())),
                    scale,
                    approximation));
  }

  /** Every scale written as a word: 千, 万, 百万, 千万, 亿. */
  private static final List<Scale> SCALE_WORDS =
      List.of(
          Scale.THOUSAND,
          Scale.TEN_THOUSAND,
          Scale.MILLION,
          Scale.TEN_MILLION,
          Scale.HUNDRED_MILLION);

  /**
   * Changes as reports state them: every direction and base, an amount in percent, percentage
   * points or a unit of its own (never negative; none for 持平, sometimes none at all).
   */
  public static Arbitrary<Change> changes() {
    return Combinators.combine(
            Arbitraries.of(ChangeDirection.class),
            Arbitraries.of(ChangeBase.class),
            quantities().withoutEdgeCases().map(q -> q.withValue(q.getValue().abs())).optional(0.8))
        .as(
            (direction, base, amount) ->
                Change.builder()
                    .direction(direction)
                    .base(base)
                    .amount(direction == ChangeDirection.UNCHANGED ? Optional.empty() : amount)
                    .build());
  }

  /** Units from the measure words reports use: 件, 人次, 学时, 公里, %, 个百分点, …. */
  public static Arbitrary<Unit> units() {
    return Arbitraries.of(UNITS).map(Unit::of);
  }

  /**
   * Quantities of every scale, with a unit or none, exact or approximate: 700余件, 1.19万人, -7.01个百分点.
   * Only exact quantities are negative.
   */
  public static Arbitrary<Quantity> quantities() {
    return Combinators.combine(
            decimals(), Arbitraries.of(Scale.class), units().optional(0.85), approximations())
        .as(
            (value, scale, unit, approximation) ->
                Quantity.builder()
                    .value(approximation.isExact() ? value : value.abs())
                    .scale(scale)
                    .unit(unit)
                    .approximation(approximation)
                    .build());
  }

  /**
   * Percents as published: mostly 0 to 200 with up to two places (100, 58, 114.63), some larger.
   */
  public static Arbitrary<BigDecimal> percents() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9).withoutEdgeCases(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.longs().between(0, 20000),
            nonNegativeDecimals())
        .as(
            (choice, scale, unscaled, any) ->
                choice < 2
                    ? new BigDecimal("100")
                    : choice < 9 ? BigDecimal.valueOf(unscaled, scale) : any);
  }

  /** Rates as {@code Rate.parse} reads them: percent and approximation, no counts or basis. */
  public static Arbitrary<Rate> writtenRates() {
    return Combinators.combine(percents(), approximations())
        .as(
            (percent, approximation) ->
                Rate.builder().percent(percent).approximation(approximation).build());
  }

  /** Amounts of money in 元, 万元 and 亿元, exact or approximate. */
  public static Arbitrary<Money> money() {
    return Combinators.combine(
            nonNegativeDecimals(), Arbitraries.of(MoneyUnit.class), approximations())
        .as(
            (amount, unit, approximation) ->
                ImmutableMoney.builder()
                    .amount(amount)
                    .unit(unit)
                    .approximation(approximation)
                    .build());
  }

  /** Section ids of depth 1 to 3 with positions 1 to 9, the ids a short report has. */
  public static Arbitrary<SectionId> sectionIds() {
    return Arbitraries.integers()
        .between(1, 9)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(path -> SectionId.of(path.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Section ids of any depth up to 8 and any position up to {@code Integer.MAX_VALUE}. */
  public static Arbitrary<SectionId> anySectionIds() {
    return Arbitraries.integers()
        .between(1, Integer.MAX_VALUE)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(path -> SectionId.of(path.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** Division codes of every level: province, prefecture, county (six digits), township (nine). */
  public static Arbitrary<DivisionCode> divisionCodes() {
    return Combinators.combine(
            Arbitraries.of(DivisionLevel.class),
            Arbitraries.integers().between(11, 65),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(0, 999))
        .as(ReportArbitraries::divisionCode);
  }

  private static DivisionCode divisionCode(
      DivisionLevel level, int province, int prefecture, int county, int township) {
    switch (level) {
      case PROVINCE:
        return DivisionCode.parse(String.format("%02d0000", province));
      case PREFECTURE:
        return DivisionCode.parse(String.format("%02d%02d00", province, prefecture));
      case COUNTY:
        return DivisionCode.parse(String.format("%02d%02d%02d", province, prefecture, county));
      default:
        return DivisionCode.parse(
            String.format("%02d%02d%02d%03d", province, prefecture, county, township));
    }
  }

  /** Document numbers such as 同法治办〔2024〕6号, serials up to {@code Integer.MAX_VALUE}. */
  public static Arbitrary<DocumentNumber> documentNumbers() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
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

  /** Dates from 2000 to 2034. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 35)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  /** Date-times with the offsets reports have (+08:00 mostly), with and without seconds. */
  public static Arbitrary<OffsetDateTime> dateTimes() {
    return Arbitraries.longs()
        .withoutEdgeCases()
        .map(seed -> new Maker(new Random(seed), 1).dateTime());
  }

  /** Numberings of every style, ordinal (within what the style writes) and spelling. */
  public static Arbitrary<Numbering> numberings() {
    List<Arbitrary<Numbering>> styles = new ArrayList<>();
    for (NumberingStyle style : NumberingStyle.values()) {
      int largest =
          style == NumberingStyle.CIRCLED
              ? 50
              : style == NumberingStyle.ARABIC || style == NumberingStyle.PARENTHESIZED_ARABIC
                  ? 9999
                  : 999;
      styles.add(
          Combinators.combine(
                  Arbitraries.integers().between(1, largest), Arbitraries.integers().between(0, 3))
              .as((ordinal, spelling) -> numbering(style, ordinal, spelling)));
    }
    return Arbitraries.oneOf(styles);
  }

  /** Headings of both placements; an inline one mostly ends with 。. */
  public static Arbitrary<Heading> headings() {
    return Arbitraries.longs()
        .withoutEdgeCases()
        .map(seed -> new Maker(new Random(seed), 1).heading());
  }

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

  // ============================================================= composites: made from a seed
  // Whole reports, outlines and blocks hold hundreds of values. jqwik keeps a shrinkable value for
  // every generated part and creates generators for nested choices, which made a report cost
  // milliseconds; these are made by plain code from a seed and a density (0 to 100: how many of
  // the optional parts are present). They shrink toward density 0: smaller, shallower values.

  private static <T> Arbitrary<T> made(Function<Maker, T> make) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 100).withDistribution(RandomDistribution.uniform()),
            Arbitraries.longs().withoutEdgeCases())
        .as((density, seed) -> make.apply(new Maker(new Random(seed), density / 100.0)));
  }

  /** Whole reports covering every model type and property; see the class documentation. */
  public static Arbitrary<Report> reports() {
    return made(Maker::report);
  }

  /** Metadata with every property present or absent, none to two issuers. */
  public static Arbitrary<ReportMetadata> metadata() {
    return made(Maker::metadata);
  }

  /**
   * Outlines: addressee line, preamble, 1 to 6 top-level sections nesting 1 to 5 deep, signature.
   */
  public static Arbitrary<Outline> outlines() {
    return made(Maker::outline);
  }

  /** A section as {@link #outlines()} has them: a top-level section with 0 to 4 levels below it. */
  public static Arbitrary<Section> sections() {
    return made(maker -> maker.group(1, -1, maker.depth(), 1).get(0));
  }

  /** Rates, some above 100, some with numerator, denominator or basis. */
  public static Arbitrary<Rate> rates() {
    return made(Maker::rate);
  }

  /** Indicators with Chinese labels, sometimes a code, sometimes a section. */
  public static Arbitrary<Indicator> indicators() {
    return made(Maker::indicator);
  }

  /** Case statistics with each block present or absent. */
  public static Arbitrary<CaseStatistics> caseStatistics() {
    return made(Maker::caseStatistics);
  }

  /** Decision-making with each block present or absent. */
  public static Arbitrary<DecisionMaking> decisionMaking() {
    return made(Maker::decisionMaking);
  }

  /** Administrative enforcement with every property present or absent. */
  public static Arbitrary<AdministrativeEnforcement> enforcement() {
    return made(Maker::enforcement);
  }

  /** Accountability: duty lists, rectification lists with items, study and training. */
  public static Arbitrary<Accountability> accountability() {
    return made(Maker::accountability);
  }

  /** Emergencies of every kind, every property present or absent. */
  public static Arbitrary<Emergency> emergencies() {
    return made(Maker::emergency);
  }

  /** Makes values of every model type from a {@link Random} and a density. */
  private static final class Maker {
    private final Random random;
    private final double density;

    Maker(Random random, double density) {
      this.random = random;
      this.density = density;
    }

    // ---- choices

    /** Whether an optional part is present: as often as the density says. */
    private boolean some() {
      return random.nextDouble() < density;
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
      return some() ? Optional.of(value.get()) : Optional.empty();
    }

    /** A list size from 0 to {@code max} at full density. */
    private int upTo(int max) {
      return random.nextInt(1 + (int) Math.round(max * density));
    }

    private <T> List<T> list(int max, Supplier<T> element) {
      int size = upTo(max);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(element.get());
      }
      return list;
    }

    private <E extends Enum<E>> E any(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>, V> Map<E, V> partOf(Class<E> keys, Supplier<V> value) {
      Map<E, V> map = new EnumMap<>(keys);
      for (E key : keys.getEnumConstants()) {
        if (random.nextDouble() < density * 0.4) {
          map.put(key, value.get());
        }
      }
      return map;
    }

    // ---- text and figures

    String text(int maxLength) {
      return ReportArbitraries.text(1 + random.nextInt(maxLength), random.nextLong());
    }

    String name() {
      return text(16);
    }

    String paragraph() {
      int sentences = 1 + random.nextInt(2);
      StringBuilder paragraph = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        paragraph.append(text(30)).append('。');
      }
      return paragraph.toString();
    }

    /** Exact in 15 of 15 + n − 1 draws, else each of the n − 1 approximate constants alike. */
    Approximation approximation() {
      Approximation[] all = Approximation.values();
      int roll = random.nextInt(14 + all.length);
      return roll < 15 ? Approximation.EXACT : all[roll - 14];
    }

    long countValue() {
      int roll = random.nextInt(40);
      switch (roll) {
        case 0:
          return 0;
        case 1:
          return Long.MAX_VALUE;
        case 2:
          return random.nextLong() & Long.MAX_VALUE;
        default:
          return roll < 10 ? random.nextInt(100) : random.nextInt(3001);
      }
    }

    Count count() {
      return random.nextInt(6) == 0 ? scaledCount() : Count.of(countValue(), approximation());
    }

    /** 3.6万, 1.2余万, 约2.35亿: a scale word, and no more decimals than it has zeros. */
    Count scaledCount() {
      Scale scale = SCALE_WORDS.get(random.nextInt(SCALE_WORDS.size()));
      int decimals = random.nextInt(Math.min(scale.exponent(), 4) + 1);
      return Count.of(
          BigDecimal.valueOf(random.nextInt(100_000), decimals), scale, approximation());
    }

    BigDecimal decimal(boolean signed) {
      long unscaled = random.nextInt(20_000_001) - (signed ? 10_000_000 : 0);
      return BigDecimal.valueOf(unscaled, random.nextInt(4));
    }

    BigDecimal percent() {
      int roll = random.nextInt(10);
      return roll < 2
          ? new BigDecimal("100")
          : roll < 9
              ? BigDecimal.valueOf(random.nextInt(20_001), random.nextInt(3))
              : decimal(false);
    }

    Rate rate() {
      return Rate.builder()
          .percent(percent())
          .approximation(approximation())
          .numerator(random.nextInt(3) == 0 ? Optional.of(count()) : Optional.empty())
          .denominator(random.nextInt(3) == 0 ? Optional.of(count()) : Optional.empty())
          .basis(random.nextInt(5) == 0 ? Optional.of(name()) : Optional.empty())
          .build();
    }

    Quantity quantity() {
      Approximation approximation = approximation();
      return Quantity.builder()
          .value(decimal(approximation.isExact()))
          .scale(random.nextInt(3) == 0 ? any(Scale.class) : Scale.ONE)
          .unit(
              random.nextInt(7) == 0
                  ? Optional.empty()
                  : Optional.of(Unit.of(UNITS.get(random.nextInt(UNITS.size())))))
          .approximation(approximation)
          .build();
    }

    Money money() {
      return ImmutableMoney.builder()
          .amount(decimal(false))
          .unit(any(MoneyUnit.class))
          .approximation(approximation())
          .build();
    }

    SectionId sectionId() {
      int[] path = new int[1 + random.nextInt(3)];
      for (int i = 0; i < path.length; i++) {
        path[i] = 1 + random.nextInt(9);
      }
      return SectionId.of(path);
    }

    LocalDate date() {
      return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 35));
    }

    OffsetDateTime dateTime() {
      int roll = random.nextInt(12);
      ZoneOffset offset =
          roll < 9
              ? ZoneOffset.ofHours(8)
              : roll == 9
                  ? ZoneOffset.UTC
                  : roll == 10 ? ZoneOffset.ofHours(-5) : ZoneOffset.ofHoursMinutes(5, 45);
      int second = random.nextInt(4) == 0 ? random.nextInt(60) : 0;
      int nano = random.nextInt(20) == 0 ? random.nextInt(1_000_000_000) : 0;
      return OffsetDateTime.of(
          date().atTime(LocalTime.of(random.nextInt(24), random.nextInt(60), second, nano)),
          offset);
    }

    Indicator indicator() {
      return Indicator.builder()
          .label(name())
          .quantity(quantity())
          .code(random.nextInt(3) == 0 ? Optional.of(code()) : Optional.empty())
          .concept(random.nextInt(5) == 0 ? Optional.of(singleConcept()) : Optional.empty())
          .scope(random.nextInt(5) == 0 ? Optional.of(scope()) : Optional.empty())
          .period(random.nextInt(5) == 0 ? Optional.of(period()) : Optional.empty())
          .change(random.nextInt(4) == 0 ? Optional.of(change()) : Optional.empty())
          .section(maybe(this::sectionId))
          .build();
    }

    /** A concept of one figure per report: what a stated change, a series or an indicator names. */
    Concept singleConcept() {
      return SINGLE_CONCEPTS.get(random.nextInt(SINGLE_CONCEPTS.size()));
    }

    Scope scope() {
      ScopeLevel level = any(ScopeLevel.class);
      return random.nextBoolean() ? Scope.of(level) : Scope.of(level, name());
    }

    /** A whole year, part of one, or several years. */
    ReportingPeriod period() {
      int year = 2015 + random.nextInt(16);
      switch (random.nextInt(3)) {
        case 0:
          return ReportingPeriod.ofYear(year);
        case 1:
          LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
          int rest = start.lengthOfYear() - start.getDayOfYear();
          return ReportingPeriod.of(start, start.plusDays(random.nextInt(rest + 1)));
        default:
          return ReportingPeriod.of(
              LocalDate.of(year - 1 - random.nextInt(4), 1, 1), LocalDate.of(year, 12, 31));
      }
    }

    Change change() {
      ChangeDirection direction = any(ChangeDirection.class);
      Change.Builder change = Change.builder().direction(direction).base(any(ChangeBase.class));
      if (direction != ChangeDirection.UNCHANGED && random.nextInt(5) > 0) {
        change.amount(quantity().withValue(decimal(false)));
      }
      return change.build();
    }

    StatedChange statedChange() {
      return StatedChange.builder()
          .concept(singleConcept())
          .change(change())
          .section(maybe(this::sectionId))
          .build();
    }

    /** One to three points, each of its own period (consecutive years, or years and a half). */
    Series series() {
      int first = 2015 + random.nextInt(12);
      int points = 1 + random.nextInt(3);
      Series.Builder series =
          Series.builder()
              .label(name())
              .concept(random.nextBoolean() ? Optional.of(singleConcept()) : Optional.empty())
              .scope(random.nextInt(3) == 0 ? Optional.of(scope()) : Optional.empty())
              .section(maybe(this::sectionId));
      for (int i = 0; i < points; i++) {
        ReportingPeriod period =
            random.nextInt(4) == 0
                ? ReportingPeriod.of(LocalDate.of(first + i, 1, 1), LocalDate.of(first + i, 6, 30))
                : ReportingPeriod.ofYear(first + i);
        series.addPoints(SeriesPoint.of(period, quantity()));
      }
      return series.build();
    }

    private String code() {
      StringBuilder code = new StringBuilder();
      int words = 1 + random.nextInt(3);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          code.append(random.nextBoolean() ? '.' : '-');
        }
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
          code.append((char) ('a' + random.nextInt(26)));
        }
      }
      return code.toString();
    }

    // ---- outline

    int depth() {
      return 1 + random.nextInt(density < 0.2 ? 2 : 5);
    }

    Outline outline() {
      return Outline.builder()
          .addresseeLine(random.nextInt(5) < 2 ? Optional.of(name() + "\uFF1A") : Optional.empty())
          .addAllPreamble(list(2, this::paragraph))
          .addAllSections(siblings(1, -1, depth()))
          .addAllSignature(list(3, this::name))
          .build();
    }

    /**
     * Sibling sections at {@code level} below a parent of style rank {@code parentRank} (-1 at the
     * top) in an outline nesting down to {@code depth}. The style one level down is the usual
     * choice; any lower one, or unnumbered headings at the top, also occur. 1 to 6 sections at the
     * top, else mostly 1 or 2, sometimes none or 3.
     */
    List<Section> siblings(int level, int parentRank, int depth) {
      int next = Math.max(0, parentRank + 1);
      int rank = random.nextBoolean() ? next : next + random.nextInt(HIERARCHY.size() - next);
      if (level == 1 && random.nextInt(8) == 0) {
        rank = -1;
      }
      int size;
      if (level == 1) {
        size = 1 + random.nextInt(6);
      } else {
        int roll = random.nextInt(9);
        size = roll < 1 ? 0 : roll < 5 ? 1 : roll < 8 ? 2 : 3;
      }
      return group(level, rank, depth, size);
    }

    /** {@code size} siblings of style rank {@code rank}, numbered 1, 2, 3 … in one spelling. */
    List<Section> group(int level, int rank, int depth, int size) {
      int spelling = random.nextInt(4);
      List<Section> sections = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Optional<Numbering> numbering =
            rank < 0
                ? Optional.empty()
                : Optional.of(numbering(HIERARCHY.get(rank), i + 1, spelling));
        sections.add(section(level, rank, depth, numbering));
      }
      return sections;
    }

    private Section section(int level, int rank, int depth, Optional<Numbering> numbering) {
      boolean runIn = rank >= 0 && HIERARCHY.get(rank) == NumberingStyle.RUN_IN;
      Section.Builder builder = Section.builder().numbering(numbering);
      if (rank < 0) {
        builder.heading(Heading.ownLine(name()));
      } else if (runIn) {
        if (random.nextInt(10) < 7) {
          builder.heading(Heading.inline(name(), "。"));
        }
        builder.runIn(random.nextInt(3) > 0);
      } else if (random.nextInt(10) < 9) {
        builder.heading(heading());
      }
      if (level == 1 && random.nextBoolean()) {
        builder.part(any(StatutoryPart.class));
      }
      int paragraphs = random.nextInt(runIn ? 2 : 3);
      for (int i = 0; i < paragraphs; i++) {
        builder.addParagraph(paragraph());
      }
      if (level < depth && !runIn) {
        builder.addAllChildren(siblings(level + 1, rank, depth));
      }
      return builder.build();
    }

    Heading heading() {
      String text = name();
      if (random.nextBoolean()) {
        return Heading.ownLine(text);
      }
      int terminator = random.nextInt(14);
      return terminator < 12
          ? Heading.inline(text, "。")
          : terminator < 13
              ? Heading.inline(text, "\uFF1B")
              : ImmutableHeading.builder().text(text).placement(HeadingPlacement.INLINE).build();
    }

    // ---- metadata

    ReportMetadata metadata() {
      int year = random.nextInt(10) == 0 ? 1000 + random.nextInt(9000) : 2015 + random.nextInt(16);
      ReportMetadata.Builder builder =
          ReportMetadata.builder()
              .title(name() + year + "年法治政府建设年度报告")
              .addAllIssuers(list(2, () -> Issuer.of(name(), any(IssuerKind.class))))
              .addAllAddressees(list(2, this::name))
              .division(maybe(this::division))
              .documentDate(maybe(this::date))
              .publicationDate(maybe(this::date))
              .publisher(maybe(this::name))
              .sourceUrl(
                  maybe(
                      () ->
                          URI.create(
                              "https://www.example.gov.cn/zfxxgk/"
                                  + random.nextInt(100_000)
                                  + ".html")));
      int shape = random.nextInt(12);
      if (shape < 8) { // the year, and sometimes a period that need not lie within it
        builder.reportingYear(year);
      }
      if (shape >= 5 && shape < 8) {
        LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        builder.period(ReportingPeriod.of(start, start.plusDays(random.nextInt(400))));
      } else if (shape == 8) { // a period within one calendar year: the year is derived
        LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        builder.period(
            ReportingPeriod.of(
                start,
                start.plusDays(random.nextInt(start.lengthOfYear() - start.getDayOfYear() + 1))));
      } else if (shape == 9 || shape == 10) { // several years, no year: 2021—2025年, 近三年
        int first = Math.max(1000, year - 1 - random.nextInt(4));
        builder.period(ReportingPeriod.of(LocalDate.of(first, 1, 1), LocalDate.of(year, 12, 31)));
      } // shape 11: neither, as a statistical release may be
      return builder.build();
    }

    private AdministrativeDivision division() {
      return AdministrativeDivision.builder()
          .name(name())
          .level(any(DivisionLevel.class))
          .code(
              maybe(
                  () ->
                      divisionCode(
                          any(DivisionLevel.class),
                          11 + random.nextInt(55),
                          1 + random.nextInt(99),
                          1 + random.nextInt(99),
                          random.nextInt(1000))))
          .codeValidOn(maybe(this::date))
          .build();
    }

    // ---- blocks

    CaseStatistics caseStatistics() {
      return CaseStatistics.builder()
          .reconsideration(maybe(this::reconsideration))
          .litigation(maybe(this::litigation))
          .judgmentPerformance(maybe(this::judgmentPerformance))
          .legalAid(maybe(this::legalAid))
          .mediation(maybe(this::mediation))
          .publicLegalServices(maybe(this::publicLegalServices))
          .build();
    }

    Reconsideration reconsideration() {
      return Reconsideration.builder()
          .received(maybe(this::count))
          .newCases(maybe(this::count))
          .newCasesTerm(maybe(() -> random.nextBoolean() ? "新收" : name()))
          .accepted(maybe(this::count))
          .notAccepted(maybe(this::count))
          .carriedOver(maybe(this::count))
          .handled(maybe(this::count))
          .closed(maybe(this::count))
          .pending(maybe(this::count))
          .putAllOutcomes(partOf(ReconsiderationDecision.class, this::count))
          .addAllOutcomeGroups(list(2, this::outcomeGroup))
          .outcomesComplete(random.nextBoolean())
          .putAllOutcomeShares(partOf(ReconsiderationDecision.class, this::rate))
          .outcomeSharesBasis(maybe(() -> any(CaseStage.class)))
          .correctionRate(maybe(this::rate))
          .correctionRateBasis(maybe(() -> any(CaseStage.class)))
          .closureRate(maybe(this::rate))
          .mediationRate(maybe(this::rate))
          .mediationRateBasis(maybe(() -> any(CaseStage.class)))
          .mediationWithdrawalRate(maybe(this::rate))
          .mediationWithdrawalRateBasis(maybe(() -> any(CaseStage.class)))
          .addAllBreakdowns(list(1, this::breakdown))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    /**
     * Kinds published as one count: open with one kind or more, closed with two or more; never a
     * kind dealt with before acceptance.
     */
    OutcomeGroup outcomeGroup() {
      List<ReconsiderationDecision> kinds = new ArrayList<>(GROUPABLE);
      Collections.shuffle(kinds, random);
      boolean open = random.nextBoolean();
      int size = (open ? 1 : 2) + random.nextInt(3);
      return OutcomeGroup.builder()
          .addAllKinds(kinds.subList(0, size))
          .open(open)
          .label(maybe(this::name))
          .count(count())
          .build();
    }

    /** One to three items; a breakdown by another dimension always says which. */
    Breakdown breakdown() {
      BreakdownDimension dimension = any(BreakdownDimension.class);
      Breakdown.Builder breakdown =
          Breakdown.builder()
              .dimension(dimension)
              .label(
                  dimension == BreakdownDimension.OTHER || random.nextInt(3) == 0
                      ? Optional.of(name())
                      : Optional.empty())
              .of(maybe(() -> any(CaseStage.class)))
              .total(maybe(this::count))
              .complete(random.nextBoolean());
      int items = 1 + random.nextInt(3);
      for (int i = 0; i < items; i++) {
        breakdown.addItems(breakdownItem());
      }
      return breakdown.build();
    }

    /** An item with a count, a share, or both. */
    BreakdownItem breakdownItem() {
      int kind = random.nextInt(3);
      return BreakdownItem.builder()
          .label(name())
          .count(kind != 1 ? Optional.of(count()) : Optional.empty())
          .share(kind != 0 ? Optional.of(rate()) : Optional.empty())
          .build();
    }

    private Optional<String> statement() {
      return random.nextInt(5) == 0 ? Optional.of(paragraph()) : Optional.empty();
    }

    Litigation litigation() {
      return Litigation.builder()
          .cases(maybe(this::count))
          .carriedOver(maybe(this::count))
          .firstInstance(maybe(this::count))
          .secondInstance(maybe(this::count))
          .concluded(maybe(this::count))
          .pending(maybe(this::count))
          .won(maybe(this::count))
          .lost(maybe(this::count))
          .withdrawn(maybe(this::count))
          .putAllJudgments(partOf(JudgmentType.class, this::count))
          .judgmentsComplete(random.nextBoolean())
          .hearings(maybe(this::count))
          .headAppearances(maybe(this::count))
          .headAppearanceRate(maybe(this::rate))
          .winRate(maybe(this::rate))
          .lossRate(maybe(this::rate))
          .concludedRate(maybe(this::rate))
          .addAllBreakdowns(list(1, this::breakdown))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    JudgmentPerformance judgmentPerformance() {
      return JudgmentPerformance.builder()
          .cases(maybe(this::count))
          .concluded(maybe(this::count))
          .putAllJudgments(partOf(JudgmentType.class, this::count))
          .judgmentsComplete(random.nextBoolean())
          .performed(maybe(this::count))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    LegalAid legalAid() {
      return LegalAid.builder()
          .applications(maybe(this::count))
          .accepted(maybe(this::count))
          .carriedOver(maybe(this::count))
          .handled(maybe(this::count))
          .closed(maybe(this::count))
          .putAllCasesByType(partOf(LegalAidCaseType.class, this::count))
          .documentsDrafted(maybe(this::count))
          .pleaBargainAssistance(maybe(this::count))
          .consultations(maybe(this::count))
          .hotlineConsultations(maybe(this::count))
          .satisfaction(maybe(this::rate))
          .addAllBreakdowns(list(1, this::breakdown))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    Mediation mediation() {
      return Mediation.builder()
          .committees(maybe(this::count))
          .villageCommittees(maybe(this::count))
          .professionalCommittees(maybe(this::count))
          .mediators(maybe(this::count))
          .fullTimeMediators(maybe(this::count))
          .disputes(maybe(this::count))
          .mediated(maybe(this::count))
          .settled(maybe(this::count))
          .successRate(maybe(this::rate))
          .handlingRate(maybe(this::rate))
          .addAllBreakdowns(list(1, this::breakdown))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    PublicLegalServices publicLegalServices() {
      return PublicLegalServices.builder()
          .centres(maybe(this::count))
          .stations(maybe(this::count))
          .rooms(maybe(this::count))
          .visitors(maybe(this::count))
          .terminalUses(maybe(this::count))
          .services(maybe(this::count))
          .target(maybe(this::count))
          .completionRate(maybe(this::rate))
          .satisfaction(maybe(this::rate))
          .addAllBreakdowns(list(1, this::breakdown))
          .statement(statement())
          .section(maybe(this::sectionId))
          .build();
    }

    DecisionMaking decisionMaking() {
      return DecisionMaking.builder()
          .catalog(maybe(this::catalog))
          .legalityReview(maybe(this::legalityReview))
          .normativeDocuments(maybe(this::normativeDocuments))
          .legalAdvisers(maybe(this::legalAdvisers))
          .build();
    }

    private DecisionCatalog catalog() {
      return DecisionCatalog.builder()
          .published(maybe(random::nextBoolean))
          .procedureRulesIssued(maybe(random::nextBoolean))
          .declared(maybe(this::count))
          .putAllStatusCounts(partOf(DecisionStatus.class, this::count))
          .addAllItems(list(3, this::decisionItem))
          .hearings(maybe(this::count))
          .expertReviews(maybe(this::count))
          .riskAssessments(maybe(this::count))
          .commentPeriodDays(maybe(this::count))
          .section(maybe(this::sectionId))
          .build();
    }

    private DecisionItem decisionItem() {
      return DecisionItem.builder()
          .title(name())
          .sponsor(maybe(this::name))
          .putAllProcedures(partOf(DecisionProcedure.class, () -> any(ProcedureStatus.class)))
          .commentPeriodDays(maybe(this::count))
          .status(maybe(() -> any(DecisionStatus.class)))
          .build();
    }

    private LegalityReview legalityReview() {
      return LegalityReview.builder()
          .documents(maybe(this::count))
          .agreements(maybe(this::count))
          .decisions(maybe(this::count))
          .enforcementDecisions(maybe(this::count))
          .opinions(maybe(this::count))
          .reviewRate(maybe(this::rate))
          .section(maybe(this::sectionId))
          .build();
    }

    private NormativeDocuments normativeDocuments() {
      return NormativeDocuments.builder()
          .issued(maybe(this::count))
          .reviewed(maybe(this::count))
          .filed(maybe(this::count))
          .filedOnTime(maybe(this::count))
          .filingRate(maybe(this::rate))
          .timelyFilingRate(maybe(this::rate))
          .cleanedUp(maybe(this::count))
          .kept(maybe(this::count))
          .amended(maybe(this::count))
          .repealed(maybe(this::count))
          .commentPeriodDays(maybe(this::count))
          .section(maybe(this::sectionId))
          .build();
    }

    private LegalAdvisers legalAdvisers() {
      return LegalAdvisers.builder()
          .advisers(maybe(this::count))
          .lawyers(maybe(this::count))
          .publicLawyers(maybe(this::count))
          .meetingsAttended(maybe(this::count))
          .documentsReviewed(maybe(this::count))
          .opinions(maybe(this::count))
          .consultations(maybe(this::count))
          .dutyShifts(maybe(this::count))
          .villagesCovered(maybe(this::count))
          .coverageRate(maybe(this::rate))
          .section(maybe(this::sectionId))
          .build();
    }

    TrainingActivity trainingActivity() {
      return TrainingActivity.builder()
          .title(maybe(this::name))
          .organizer(maybe(this::name))
          .sessions(maybe(this::count))
          .attendees(maybe(this::count))
          .hours(maybe(this::count))
          .addAllDates(list(2, this::date))
          .section(maybe(this::sectionId))
          .build();
    }

    AdministrativeEnforcement enforcement() {
      return AdministrativeEnforcement.builder()
          .officers(maybe(this::count))
          .certificateHoldingRate(maybe(this::rate))
          .inspections(maybe(this::count))
          .penaltyCases(maybe(this::count))
          .penaltyAmount(maybe(this::money))
          .caseFilesReviewed(maybe(this::count))
          .supervisionOffices(maybe(this::count))
          .townshipsInspected(maybe(this::count))
          .agenciesInspected(maybe(this::count))
          .addAllTraining(list(3, this::trainingActivity))
          .delegatedPowers(maybe(this::delegatedPowers))
          .section(maybe(this::sectionId))
          .build();
    }

    private DelegatedPowers delegatedPowers() {
      return DelegatedPowers.builder()
          .granted(maybe(this::count))
          .removalProposals(maybe(this::count))
          .optionalProposals(maybe(this::count))
          .townships(maybe(this::count))
          .cut(maybe(this::count))
          .kept(maybe(this::count))
          .perTownshipAverage(random.nextBoolean())
          .cutRate(maybe(this::rate))
          .approvedAt(maybe(this::meeting))
          .section(maybe(this::sectionId))
          .build();
    }

    private MeetingReference meeting() {
      MeetingReference.Builder builder =
          MeetingReference.builder().body(name()).date(maybe(this::date));
      if (some()) {
        builder.session(1 + random.nextInt(200));
      }
      return builder.build();
    }

    Accountability accountability() {
      return Accountability.builder()
          .addAllDutyLists(list(2, this::dutyList))
          .addAllRectificationLists(list(2, this::rectificationList))
          .study(maybe(this::study))
          .build();
    }

    private DutyList dutyList() {
      return DutyList.builder()
          .kind(any(DutyListKind.class))
          .title(maybe(this::name))
          .owner(maybe(this::name))
          .addAllItems(list(3, this::name))
          .itemCount(maybe(this::count))
          .holders(maybe(this::count))
          .coverageRate(maybe(this::rate))
          .section(maybe(this::sectionId))
          .build();
    }

    private RectificationList rectificationList() {
      return RectificationList.builder()
          .title(name())
          .owner(maybe(this::name))
          .origin(maybe(this::name))
          .basis(maybe(this::documentReference))
          .addAllItems(list(2, this::rectificationItem))
          .problems(maybe(this::count))
          .rectified(maybe(this::count))
          .rectificationRate(maybe(this::rate))
          .section(maybe(this::sectionId))
          .build();
    }

    private DocumentReference documentReference() {
      return DocumentReference.builder()
          .title(name())
          .number(
              maybe(
                  () ->
                      DocumentNumber.of(
                          text(6).replaceAll("[〔〕\\[\\]\uFF3B\uFF3D【】()\uFF08\uFF09]", "法"),
                          1000 + random.nextInt(9000),
                          random.nextInt(Integer.MAX_VALUE))))
          .issuer(maybe(this::name))
          .build();
    }

    private RectificationItem rectificationItem() {
      return RectificationItem.builder()
          .problem(paragraph())
          .measures(maybe(this::paragraph))
          .owner(maybe(this::name))
          .deadline(maybe(this::date))
          .status(maybe(() -> any(RectificationStatus.class)))
          .build();
    }

    private StudyAndTraining study() {
      return StudyAndTraining.builder()
          .addAllActivities(list(3, this::trainingActivity))
          .lawReports(maybe(this::count))
          .leaderInstructions(maybe(this::count))
          .section(maybe(this::sectionId))
          .build();
    }

    Emergency emergency() {
      return Emergency.builder()
          .kind(any(EmergencyKind.class))
          .description(maybe(this::name))
          .occurredAt(maybe(this::dateTime))
          .place(maybe(this::name))
          .magnitude(maybe(() -> decimal(true)))
          .depthKilometres(maybe(() -> decimal(true)))
          .epicenter(
              maybe(
                  () ->
                      ImmutableGeoPoint.builder()
                          .latitude(decimal(true))
                          .longitude(decimal(true))
                          .build()))
          .responseLevel(maybe(() -> any(ResponseLevel.class)))
          .section(maybe(this::sectionId))
          .build();
    }

    // ---- the report

    Report report() {
      Report.Builder builder =
          Report.builder()
              .metadata(metadata())
              .addAllEmergencies(list(2, this::emergency))
              .addAllIndicators(list(5, this::indicator))
              .addAllChanges(list(2, this::statedChange))
              .addAllSeries(list(2, this::series));
      if (random.nextInt(5) == 0) {
        builder.schemaVersion(SchemaVersion.of(1, random.nextInt(20)));
      }
      if (some()) {
        builder.outline(outline());
      }
      if (some()) {
        builder.statistics(caseStatistics());
      }
      if (some()) {
        builder.decisions(decisionMaking());
      }
      if (some()) {
        builder.enforcement(enforcement());
      }
      if (some()) {
        builder.accountability(accountability());
      }
      return builder.build();
    }
  }
}
