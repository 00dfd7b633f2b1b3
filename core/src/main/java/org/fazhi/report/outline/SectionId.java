package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private static final Pattern CANONICAL = Pattern.compile("s[1-9][0-9]{0,9}(\\.[1-9][0-9]{0,9})*");

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

  /** The id written as {@code text}: {@code "s1.2.3"}. */
  @JsonCreator
  public static SectionId parse(CharSequence text) {
    String value = text.toString();
    if (!CANONICAL.matcher(value).matches()) {
      throw notASectionId(value);
    }
    List<Integer> positions = new ArrayList<>();
    int start = 1;
    while (start <= value.length()) {
      int dot = value.indexOf('.', start);
      int end = dot < 0 ? value.length() : dot;
      long position = Long.parseLong(value, start, end, 10);
      if (position > Integer.MAX_VALUE) {
        throw notASectionId(value);
      }
      positions.add((int) position);
      start = end + 1;
    }
    return ImmutableSectionId.of(positions);
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
    return getPath().stream().map(String::valueOf).collect(Collectors.joining(".", "s", ""));
  }

  @Value.Check
  void check() {
    Invariants.check(!getPath().isEmpty(), "", () -> "a section id needs at least one position");
    for (int position : getPath()) {
      Invariants.check(position >= 1, "", () -> "section positions count from 1: " + getPath());
    }
  }
}
