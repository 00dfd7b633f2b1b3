package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * The id of a node of the outline, derived from its position: {@code s1.2.3} is the third child of
 * the second child of the first top-level section, counting from one in document order, whatever
 * the labels say. Typed blocks, indicators and validation findings use it to point at the prose.
 *
 * <p>The canonical text is {@code s} followed by the positions joined by dots; in JSON a string.
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class SectionId {
  /** The most digits a position has in the text: ten, as {@link Integer#MAX_VALUE}. */
  private static final int MAX_POSITION_DIGITS = 10;

  /** The one-based positions from the top level down: [1, 2, 3] for {@code s1.2.3}. */
  @Value.Parameter
  public abstract List<Integer> getPath();

  /** The id of the node at {@code path}; fails for an empty path or a position below one. */
  public static SectionId of(int... path) {
    List<Integer> positions = new ArrayList<>(path.length);
    for (int position : path) {
      positions.add(position);
    }
    return ImmutableSectionId.of(positions);
  }

  /**
   * The id written as {@code text}: {@code "s1.2.3"} — {@code s}, then positions of one to ten
   * digits without leading zeros, at most {@link Integer#MAX_VALUE}, joined by dots.
   */
  @JsonCreator
  public static SectionId parse(CharSequence text) {
    // Scanned by hand, not matched: a report holds dozens of ids, and a matcher for the repeated
    // group costs more than the id itself.
    String value = text.toString();
    int length = value.length();
    if (length < 2 || value.charAt(0) != 's') {
      throw notASectionId(value);
    }
    List<Integer> positions = new ArrayList<>(4);
    int i = 1;
    while (true) {
      int start = i;
      long position = 0;
      while (i < length && i - start < MAX_POSITION_DIGITS && isDigit(value.charAt(i))) {
        position = position * 10 + (value.charAt(i) - '0');
        i++;
      }
      if (i == start || value.charAt(start) == '0' || position > Integer.MAX_VALUE) {
        throw notASectionId(value);
      }
      positions.add((int) position);
      if (i == length) {
        return ImmutableSectionId.of(positions);
      }
      if (value.charAt(i) != '.') {
        throw notASectionId(value);
      }
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException notASectionId(String value) {
    return new IllegalArgumentException(
        "not a section id: \"" + value + "\" (expected for example \"s1.2.3\")");
  }

  /** How deep the node lies: 1 for a top-level section. */
  public int depth() {
    return getPath().size();
  }

  /** The id of the enclosing node, if this is not a top-level section. */
  public Optional<SectionId> parent() {
    List<Integer> path = getPath();
    return path.size() == 1
        ? Optional.empty()
        : Optional.of(ImmutableSectionId.of(path.subList(0, path.size() - 1)));
  }

  /** The id of this node's child at one-based {@code position}. */
  public SectionId child(int position) {
    List<Integer> path = new ArrayList<>(getPath());
    path.add(position);
    return ImmutableSectionId.of(path);
  }

  /** Whether this node is {@code other} or lies inside it. */
  public boolean isWithin(SectionId other) {
    List<Integer> path = getPath();
    List<Integer> prefix = other.getPath();
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /** The canonical text: {@code "s1.2.3"}. */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("s");
    for (Integer position : getPath()) {
      if (text.length() > 1) {
        text.append('.');
      }
      text.append(position.intValue());
    }
    return text.toString();
  }

  @Value.Check
  void check() {
    Invariants.check(!getPath().isEmpty(), "", () -> "a section id needs at least one position");
    for (int position : getPath()) {
      Invariants.check(position >= 1, "", () -> "section positions count from 1: " + getPath());
    }
  }
}
