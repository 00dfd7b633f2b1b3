package org.fazhi.report.text;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Rate;

/**
 * The vocabulary of the cue tables: the typed blocks figures go to, and for each block the topic
 * words that make a clause speak of it and its fields, each a typed setter of the block's builder
 * with the words that, standing next to a number, say that the number is that field — before it
 * ({@code 受理31件}), after it ({@code 11个乡镇}), or either. The tables themselves are {@link CaseCues}
 * and {@link GovernanceCues}; {@link CueMatcher} holds the one matching algorithm.
 */
final class Cues {
  private Cues() {}

  /** The typed blocks figures can go to, with the JSON Pointer of each. */
  enum Block {
    RECONSIDERATION("/statistics/reconsideration"),
    LITIGATION("/statistics/litigation"),
    JUDGMENT_PERFORMANCE("/statistics/judgmentPerformance"),
    LEGAL_AID("/statistics/legalAid"),
    MEDIATION("/statistics/mediation"),
    PUBLIC_LEGAL_SERVICES("/statistics/publicLegalServices"),
    DECISION_CATALOG("/decisions/catalog"),
    LEGALITY_REVIEW("/decisions/legalityReview"),
    NORMATIVE_DOCUMENTS("/decisions/normativeDocuments"),
    LEGAL_ADVISERS("/decisions/legalAdvisers"),
    ENFORCEMENT("/enforcement"),
    DELEGATED_POWERS("/enforcement/delegatedPowers"),
    STUDY("/accountability/study"),
    RECTIFICATION("/accountability/rectificationLists"),
    ;

    final String pointer;

    Block(String pointer) {
      this.pointer = pointer;
    }
  }

  /** What kind of value a field holds. */
  enum Kind {
    /** A {@code Count}: a whole number in a counting unit (or none), its scale kept. */
    COUNT,
    /** A {@code Rate}: a percent. */
    RATE,
    /** A {@code Count} of days: 日, 天, 工作日. */
    DAYS,
    /** {@code Money}: 元 with its scale. */
    MONEY,
    /** A training or study activity of a list: sessions, attendees or hours, by the unit. */
    ACTIVITY
  }

  /** Where a cue stands relative to its number. */
  enum Side {
    BEFORE,
    AFTER,
    EITHER
  }

  /** Fields whose values together break down another field. */
  enum Group {
    NONE,
    /** Outcomes of closed cases: complete when they add up to {@code closed}. */
    OUTCOME,
    /** Judgments of concluded cases: complete when they add up to {@code concluded}. */
    JUDGMENT
  }

  /**
   * A field of a block: its name (the pointer below the block), kind, side, cue words, units if
   * narrowed, and the typed setter that puts a value into the block's builder.
   */
  record Field<B>(
      String name,
      Kind kind,
      Side side,
      List<String> cues,
      Set<String> units,
      Group group,
      BiConsumer<B, Object> setter) {

    /** Puts {@code value}, of this field's kind, into {@code builder}. */
    void set(B builder, Object value) {
      setter.accept(builder, value);
    }
  }

  /**
   * A block: its topic words, fields, default field, the field a zero statement sets, statement
   * cues.
   */
  record BlockRule<B>(
      Block block,
      List<String> keywords,
      List<Field<B>> fields,
      Field<B> defaultCount,
      Field<B> zeroField,
      List<String> statementCues) {}

  /** Counting units a count field takes when it does not narrow them ("" is no unit). */
  static final Set<String> COUNT_UNITS =
      Set.of(
          "", "件", "宗", "起", "个", "次", "人", "名", "份", "项", "条", "场", "期", "家", "户", "人次", "件次",
          "场次", "户次", "家次", "批", "批次", "位", "所", "类", "部", "本", "篇");

  static final Set<String> DAY_UNITS = Set.of("日", "天", "个工作日", "工作日");
  static final Set<String> HOUR_UNITS = Set.of("学时", "课时", "小时");
  static final Set<String> SESSION_UNITS =
      Set.of("期", "次", "场", "场次", "班次", "批", "批次", "轮", "堂", "节");
  static final Set<String> ATTENDEE_UNITS = Set.of("人", "人次", "名");

  static final Set<String> PEOPLE = Set.of("名", "人", "位");
  static final Set<String> TIMES = Set.of("次", "场", "场次");
  static final Set<String> CASES = Set.of("", "件", "宗", "起", "个");
  static final Set<String> ITEMS = Set.of("", "件", "份", "个", "项");
  static final Set<String> SITES = Set.of("", "个", "家", "处", "所");

  /**
   * Zero statements: a block's topic word or a field's cue after one of these, with no figure
   * ({@code 未发生行政复议案件}, {@code 没有上年结转案件}), or before {@code 为零} ({@code 纠错率为零}).
   */
  static final List<String> ZERO_MARKERS =
      List.of("未发生", "没有发生", "未出现", "未收到", "未办理", "没有", "为零", "零", "无");

  /**
   * What may stand between a block's topic word and a figure for the figure to be the block's
   * default field.
   */
  static final java.util.regex.Pattern DEFAULT_GAP =
      java.util.regex.Pattern.compile("^(?:案件|申请|事项)?(?:共计|共|总数|数量|数|达到|达|为)?$");

  /** Every block's rule, in the order a tie between blocks is settled. */
  static final List<BlockRule<?>> RULES = rules();

  private static List<BlockRule<?>> rules() {
    List<BlockRule<?>> rules = new java.util.ArrayList<>(CaseCues.rules());
    rules.addAll(GovernanceCues.rules());
    return List.copyOf(rules);
  }

  static BlockRule<?> rule(Block block) {
    for (BlockRule<?> rule : RULES) {
      if (rule.block() == block) {
        return rule;
      }
    }
    throw new IllegalArgumentException(block.name());
  }

  // ------------------------------------------------------------------------------------------
  // Building the tables

  static <B> BlockRule<B> block(
      Block block,
      List<String> keywords,
      String defaultCount,
      String zeroField,
      List<String> statementCues,
      List<Field<B>> fields) {
    return new BlockRule<>(
        block,
        keywords,
        fields,
        named(fields, defaultCount),
        named(fields, zeroField),
        statementCues);
  }

  private static <B> Field<B> named(List<Field<B>> fields, String name) {
    if (name == null) {
      return null;
    }
    for (Field<B> field : fields) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    throw new IllegalArgumentException(name);
  }

  static <B> Field<B> count(
      String name, Side side, Set<String> units, BiConsumer<B, Count> setter, String... cues) {
    return new Field<>(
        name,
        Kind.COUNT,
        side,
        List.of(cues),
        units,
        Group.NONE,
        (b, v) -> setter.accept(b, (Count) v));
  }

  static <B> Field<B> part(
      String name, Group group, Set<String> units, BiConsumer<B, Count> setter, String... cues) {
    return new Field<>(
        name,
        Kind.COUNT,
        Side.EITHER,
        List.of(cues),
        units,
        group,
        (b, v) -> setter.accept(b, (Count) v));
  }

  static <B> Field<B> rate(String name, BiConsumer<B, Rate> setter, String... cues) {
    return new Field<>(
        name,
        Kind.RATE,
        Side.BEFORE,
        List.of(cues),
        Set.of("%"),
        Group.NONE,
        (b, v) -> setter.accept(b, (Rate) v));
  }

  static <B> Field<B> days(String name, BiConsumer<B, Count> setter, String... cues) {
    return new Field<>(
        name,
        Kind.DAYS,
        Side.BEFORE,
        List.of(cues),
        DAY_UNITS,
        Group.NONE,
        (b, v) -> setter.accept(b, (Count) v));
  }

  static <B> Field<B> money(String name, BiConsumer<B, Money> setter, String... cues) {
    return new Field<>(
        name,
        Kind.MONEY,
        Side.BEFORE,
        List.of(cues),
        Set.of(),
        Group.NONE,
        (b, v) -> setter.accept(b, (Money) v));
  }

  /** An activity field: its figures build the block's activities, not a value of the builder. */
  static <B> Field<B> activity(String name, String... cues) {
    return new Field<>(
        name,
        Kind.ACTIVITY,
        Side.EITHER,
        List.of(cues),
        Set.of(),
        Group.NONE,
        (b, v) -> {
          throw new IllegalStateException("activities are assembled from their drafts");
        });
  }

  static List<String> words(String... words) {
    return List.of(words);
  }
}
