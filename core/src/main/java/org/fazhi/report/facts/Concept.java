package org.fazhi.report.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of figure a report can state, with a stable id: {@code reconsideration.accepted}, {@code
 * reconsideration.outcome.revoked}, {@code reconsideration.breakdown.item}. Every figure of a
 * report is a {@link Fact} of one concept; the catalog ({@link #catalog()}) lists them all, with
 * the JSON Pointer where their figures stand.
 *
 * <p>The id is a public contract, like a rule id: documented, never renamed or reused. A concept
 * whose pointer has no {@code *} names one figure of a report ({@link #isSingle()}): a stated
 * change, a series or a restating indicator may refer to it. The others have one figure per list
 * item or breakdown item, told apart by the fact's {@link Fact#getMember() member}.
 *
 * <p>Immutable; equal by id. In JSON a concept is its id.
 */
public final class Concept {
  private final String id;
  private final FigureType type;
  private final String pointer;
  private final String chineseName;
  private final String englishName;
  private final Optional<String> dimension;

  Concept(
      String id,
      FigureType type,
      String pointer,
      String chineseName,
      String englishName,
      Optional<String> dimension) {
    this.id = id;
    this.type = type;
    this.pointer = pointer;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.dimension = dimension;
  }

  /** The concept with id {@code id}; fails for an id that is not in the catalog. */
  @JsonCreator
  public static Concept of(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a concept of the catalog: \""
                        + id
                        + "\" (such as \"reconsideration.accepted\")"));
  }

  /** The concept with id {@code id}, if the catalog has one. */
  public static Optional<Concept> find(String id) {
    return Optional.ofNullable(ConceptCatalog.BY_ID.get(id));
  }

  /** Every concept, in catalog order: by block, then in the order of the JSON form. */
  public static List<Concept> catalog() {
    return ConceptCatalog.ALL;
  }

  /** The stable id: {@code reconsideration.accepted}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The kind of value its facts hold. */
  public FigureType type() {
    return type;
  }

  /**
   * Where its figures stand in a report's JSON form, {@code *} for a list index or a key the fact's
   * member names: {@code /statistics/reconsideration/accepted}, {@code
   * /statistics/reconsideration/breakdowns/*&#47;items/*&#47;count}.
   */
  public String pointer() {
    return pointer;
  }

  /** The name in Chinese: {@code 行政复议受理数}. */
  public String chineseName() {
    return chineseName;
  }

  /** The name in English: {@code reconsideration: cases accepted}. */
  public String englishName() {
    return englishName;
  }

  /**
   * What tells its facts apart, for a concept with many figures in one report: {@code item} for a
   * breakdown item (the member is the item's label), {@code label} for an indicator, {@code
   * activity} for a training activity, …; empty for a single figure.
   */
  public Optional<String> dimension() {
    return dimension;
  }

  /**
   * Whether a report has at most one figure of this concept ({@link #pointer()} has no {@code *}).
   */
  public boolean isSingle() {
    return dimension.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Concept concept && concept.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }

  static Concept single(String id, FigureType type, String pointer, String zh, String en) {
    return new Concept(id, type, pointer, zh, en, Optional.empty());
  }

  static Concept many(
      String id, FigureType type, String pointer, String zh, String en, String dimension) {
    return new Concept(id, type, pointer, zh, en, Optional.of(Objects.requireNonNull(dimension)));
  }
}
