package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.validation.Rule;

/**
 * The rules of the outline: every required statutory part is mapped to some section (order is
 * free), and labels of one style at one depth count on without gaps, repeats or steps back.
 *
 * <p>A sibling group may start at one, or run on from the last label of the same style at the same
 * depth (Arabic items often run on across (一) and (二)). After a break the count resumes from the
 * label found, so one gap gives one finding.
 */
public final class OutlineValidator extends RulesValidator<Outline> {

  @Override
  void check(Outline outline, Checks checks) {
    if (outline.getSections().isEmpty()) {
      return;
    }
    if (checks.wants(Rule.OUTLINE_STATUTORY_PART_MISSING)) {
      Set<StatutoryPart> mapped = EnumSet.noneOf(StatutoryPart.class);
      parts(outline.getSections(), mapped);
      for (StatutoryPart part : StatutoryPart.values()) {
        if (part.isRequired() && !mapped.contains(part)) {
          checks
              .finding(Rule.OUTLINE_STATUTORY_PART_MISSING)
              .at("sections")
              .value("part", part)
              .report();
        }
      }
    }
    if (checks.wants(Rule.OUTLINE_NUMBERING_NOT_CONTIGUOUS)) {
      numbering(outline.getSections(), new ArrayList<>(), new HashMap<>(), checks);
    }
  }

  /**
   * Adds the parts mapped in {@code sections} and below to {@code mapped}: a plain descent, where
   * {@link Outline#walk()} would make an id for every section, a fifth of validating a freshly read
   * report.
   */
  private static void parts(List<Section> sections, Set<StatutoryPart> mapped) {
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      section.getPart().ifPresent(mapped::add);
      parts(section.getChildren(), mapped);
    }
  }

  /**
   * Checks one sibling group, then each child's children. {@code path} holds the positions (from 0)
   * down to the group's parent; {@code last} the last ordinal seen per depth and style.
   */
  private static void numbering(
      List<Section> siblings,
      List<Integer> path,
      Map<Integer, Map<NumberingStyle, Integer>> last,
      Checks checks) {
    int depth = path.size() + 1;
    Map<NumberingStyle, Integer> seen =
        last.computeIfAbsent(depth, d -> new EnumMap<>(NumberingStyle.class));
    Map<NumberingStyle, Integer> previous = new EnumMap<>(NumberingStyle.class);
    for (int i = 0; i < siblings.size(); i++) {
      Section section = siblings.get(i);
      Optional<Numbering> labelled = section.getNumbering(); // a new Optional per call
      if (labelled.isEmpty()) {
        continue;
      }
      Numbering numbering = labelled.get();
      NumberingStyle style = numbering.getStyle();
      int ordinal = numbering.getOrdinal();
      Integer before = previous.get(style);
      boolean contiguous;
      long expected;
      if (before == null) {
        Integer runOn = seen.get(style);
        contiguous = ordinal == 1 || runOn != null && ordinal == runOn + 1L;
        expected = 1;
      } else {
        expected = before + 1L;
        contiguous = ordinal == expected;
      }
      if (!contiguous) {
        List<Integer> positions = new ArrayList<>(path);
        positions.add(i);
        checks
            .finding(Rule.OUTLINE_NUMBERING_NOT_CONTIGUOUS)
            .at(pathOf(positions))
            .value("label", numbering.getLabel())
            .value("expected", label(style, expected))
            .section(idOf(positions))
            .report();
      }
      previous.put(style, ordinal);
      seen.put(style, ordinal);
    }
    for (int i = 0; i < siblings.size(); i++) {
      List<Section> children = siblings.get(i).getChildren();
      if (!children.isEmpty()) {
        List<Integer> childPath = new ArrayList<>(path);
        childPath.add(i);
        numbering(children, childPath, last, checks);
      }
    }
  }

  /**
   * The canonical label of {@code ordinal} in {@code style}, or its digits where none is written.
   */
  static String label(NumberingStyle style, long ordinal) {
    if (ordinal > Integer.MAX_VALUE) {
      return Long.toString(ordinal);
    }
    try {
      return style.label((int) ordinal);
    } catch (IllegalArgumentException noSuchLabel) {
      // circled numerals end at 50, Chinese numerals at 10^8
      return Long.toString(ordinal);
    }
  }

  /** {@code sections, 0, children, 2, numbering} for positions [0, 2]. */
  private static Object[] pathOf(List<Integer> positions) {
    List<Object> elements = new ArrayList<>();
    for (int level = 0; level < positions.size(); level++) {
      elements.add(level == 0 ? "sections" : "children");
      elements.add(positions.get(level));
    }
    elements.add("numbering");
    return elements.toArray();
  }

  private static SectionId idOf(List<Integer> positions) {
    int[] path = new int[positions.size()];
    for (int i = 0; i < path.length; i++) {
      path[i] = positions.get(i) + 1;
    }
    return SectionId.of(path);
  }
}
