package org.fazhi.report.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.ImmutableHeading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.StatutoryPart;

/**
 * Cuts the body lines of a report into its section tree, under the segmentation rules of {@link
 * ReportText#parse(String)}: labelled lines open sections at the level their label style holds,
 * headings stand on their own line or run inline to the first {@code 。}, run-in markers ({@code
 * 一是}, {@code 二是}, …) at the start of a line or right after a {@code 。} open run-in children, and
 * every other line is a paragraph of the current section. Not thread-safe; use once.
 */
final class OutlineParser {
  private static final String UNNUMBERED = "UNNUMBERED";
  private static final String FULL_STOP = "\u3002";

  private static final Pattern CHINESE = Pattern.compile("^[一二三四五六七八九十]{1,3}[、．.]");
  private static final Pattern PARENTHESIZED_CHINESE =
      Pattern.compile("^[(\\uFF08][一二三四五六七八九十]{1,3}[)\\uFF09][、．.]?");
  private static final Pattern ARABIC = Pattern.compile("^[0-9０-９]{1,2}[.．、](?![0-9０-９])");
  private static final Pattern PARENTHESIZED_ARABIC =
      Pattern.compile("^[(\\uFF08][0-9０-９]{1,2}[)\\uFF09][、．.]?");
  private static final Pattern CIRCLED = Pattern.compile("^[①-⑳]");
  private static final List<Pattern> LABELS =
      List.of(PARENTHESIZED_CHINESE, PARENTHESIZED_ARABIC, CHINESE, ARABIC, CIRCLED);
  private static final Pattern RUN_IN = Pattern.compile("([一二三四五六七八九十]{1,3})是");
  private static final Pattern NOT_A_HEADING =
      Pattern.compile(
          "[。\uFF1B;\uFF1A:！？!?0-9０-９]|^[(\\uFF08“\"《〈【\\[‘]|[\uFF0C,、]$|^(特此|以上|附件|附\uFF1A|附:)");

  /** A section being built. */
  static final class Node {
    final String level;
    final Numbering numbering;
    String heading;
    HeadingPlacement placement;
    String terminator;
    boolean runIn;
    StatutoryPart part;
    final List<String> paragraphs = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    final Node parent;
    int lastRunIn;

    Node(String level, Numbering numbering, Node parent) {
      this.level = level;
      this.numbering = numbering;
      this.parent = parent;
    }

    Section toSection() {
      Section.Builder builder = Section.builder();
      if (numbering != null) {
        builder.numbering(numbering);
      }
      if (heading != null) {
        ImmutableHeading.Builder h = ImmutableHeading.builder().text(heading).placement(placement);
        if (terminator != null) {
          h.terminator(terminator);
        }
        builder.heading(h.build());
      }
      if (part != null) {
        builder.part(part);
      }
      builder.runIn(runIn).addAllParagraphs(paragraphs);
      for (Node child : children) {
        builder.addChild(child.toSection());
      }
      return builder.build();
    }

    Node lastDescendant() {
      Node node = this;
      while (!node.children.isEmpty()) {
        node = node.children.get(node.children.size() - 1);
      }
      return node;
    }
  }

  /**
   * A stretch of text in the outline: a heading or a paragraph (or part of one), where it stood.
   */
  record Fragment(Node node, String text, int line, int column, boolean heading) {}

  private record Label(String level, Numbering numbering, int length) {}

  private record Marker(int position, String label, int ordinal) {}

  private final Node root = new Node("ROOT", null, null);
  private final Deque<Node> open = new ArrayDeque<>();
  private final List<String> preamble = new ArrayList<>();
  private final List<Fragment> fragments = new ArrayList<>();

  /** Reads {@code body}, the lines between the title (and addressee line) and the signature. */
  void parse(List<SourceText.Line> body) {
    for (int i = 0; i < body.size(); i++) {
      SourceText.Line line = body.get(i);
      Label label = label(line.text());
      if (label != null) {
        labelled(line, label);
      } else if (open.isEmpty() && !unnumberedHeading(line.text(), i, body)) {
        preamble.add(line.text());
        fragments.add(new Fragment(null, line.text(), line.number(), line.column(), false));
      } else if (!open.isEmpty() && runInLine(open.peek(), line)) {
        continue;
      } else if (unnumberedHeading(line.text(), i, body)) {
        Node node = place(UNNUMBERED, null);
        node.heading = line.text();
        node.placement = HeadingPlacement.OWN_LINE;
        fragments.add(new Fragment(node, line.text(), line.number(), line.column(), true));
      } else {
        plain(open.peek(), line);
      }
    }
  }

  List<String> preamble() {
    return preamble;
  }

  List<Node> roots() {
    return root.children;
  }

  List<Fragment> fragments() {
    return fragments;
  }

  private static Label label(String text) {
    for (Pattern pattern : LABELS) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        String written = m.group();
        try {
          Numbering numbering = Numbering.parse(written);
          return new Label(numbering.getStyle().name(), numbering, written.length());
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  private void labelled(SourceText.Line line, Label label) {
    Node node = place(label.level(), label.numbering());
    String text = line.text();
    String rest = text.substring(label.length());
    int stop = rest.indexOf(FULL_STOP);
    if (stop > 0 && rest.substring(0, stop).isBlank()) {
      stop = 0; // no words before the 。: no heading, the text is a paragraph
    }
    if (stop > 0) {
      node.heading = rest.substring(0, stop);
      node.placement = HeadingPlacement.INLINE;
      node.terminator = FULL_STOP;
      fragments.add(
          new Fragment(node, node.heading, line.number(), line.column() + label.length(), true));
      remainder(node, rest.substring(stop + 1), line, label.length() + stop + 1, true, false);
    } else if (stop == 0) {
      remainder(node, rest, line, label.length(), true, false);
    } else if (!rest.isEmpty()) {
      node.heading = rest;
      node.placement = HeadingPlacement.OWN_LINE;
      fragments.add(
          new Fragment(node, node.heading, line.number(), line.column() + label.length(), true));
    }
  }

  /**
   * Opens a section at the level of its label style: beside an open one of the same style, else
   * below.
   */
  private Node place(String level, Numbering numbering) {
    boolean found = false;
    for (Iterator<Node> it = open.iterator(); it.hasNext(); ) {
      if (it.next().level.equals(level)) {
        found = true;
        break;
      }
    }
    if (found) {
      while (!open.pop().level.equals(level)) {
        // close deeper sections
      }
    }
    Node parent = open.isEmpty() ? root : open.peek();
    Node node = new Node(level, numbering, parent);
    parent.children.add(node);
    open.push(node);
    return node;
  }

  /** A line that starts with a run-in marker: its items are run-in children of {@code current}. */
  private boolean runInLine(Node current, SourceText.Line line) {
    List<Marker> markers = markers(line.text(), current.lastRunIn, true);
    if (markers.isEmpty() || markers.get(0).position() != 0) {
      return false;
    }
    remainder(current, line.text(), line, 0, false, true);
    return true;
  }

  private void plain(Node current, SourceText.Line line) {
    String text = line.text();
    if (current.children.isEmpty() && !markers(text, current.lastRunIn, false).isEmpty()) {
      remainder(current, text, line, 0, false, true);
      return;
    }
    paragraph(current.lastDescendant(), text, line, 0, true);
  }

  /**
   * The rest of a line after a label and inline heading, or a whole line: text before the first
   * run-in marker is a paragraph of {@code target}, each marker opens a run-in child.
   */
  private void remainder(
      Node target,
      String text,
      SourceText.Line line,
      int offset,
      boolean continuing,
      boolean newLine) {
    if (text.isEmpty()) {
      return;
    }
    List<Marker> markers = markers(text, target.lastRunIn, true);
    int first = markers.isEmpty() ? text.length() : markers.get(0).position();
    String before = text.substring(0, first);
    if (!before.isEmpty()) {
      paragraph(target, before, line, offset, newLine);
    }
    for (int k = 0; k < markers.size(); k++) {
      Marker marker = markers.get(k);
      int end = k + 1 < markers.size() ? markers.get(k + 1).position() : text.length();
      String segment = text.substring(marker.position() + marker.label().length(), end);
      Node child = new Node("RUN_IN", Numbering.parse(marker.label()), target);
      child.runIn = continuing || k > 0 || !before.isEmpty();
      int segmentOffset = offset + marker.position() + marker.label().length();
      int stop = segment.indexOf(FULL_STOP);
      if (stop > 0 && segment.substring(0, stop).isBlank()) {
        stop = 0;
      }
      if (stop > 0) {
        child.heading = segment.substring(0, stop);
        child.placement = HeadingPlacement.INLINE;
        child.terminator = FULL_STOP;
        fragments.add(
            new Fragment(child, child.heading, line.number(), line.column() + segmentOffset, true));
        String rest = segment.substring(stop + 1);
        if (!rest.isEmpty()) {
          paragraph(child, rest, line, segmentOffset + stop + 1, false);
        }
      } else if (stop == 0) {
        paragraph(child, segment, line, segmentOffset, false);
      } else if (!segment.isBlank()) {
        child.heading = segment;
        child.placement = HeadingPlacement.INLINE;
        fragments.add(
            new Fragment(child, child.heading, line.number(), line.column() + segmentOffset, true));
      }
      target.children.add(child);
      target.lastRunIn = marker.ordinal();
    }
  }

  /**
   * Adds a paragraph. When it starts a new line under an inline heading that ended its own line,
   * the heading is on its own line after all (with its terminator), so that the layout renders
   * back.
   */
  private void paragraph(
      Node node, String text, SourceText.Line line, int offset, boolean newLine) {
    if (text.isBlank()) {
      return; // white space alone cannot be a paragraph; the import's self-check reports the loss
    }
    if (newLine
        && node.paragraphs.isEmpty()
        && node.heading != null
        && node.placement == HeadingPlacement.INLINE) {
      node.placement = HeadingPlacement.OWN_LINE;
    }
    node.paragraphs.add(text);
    fragments.add(new Fragment(node, text, line.number(), line.column() + offset, false));
  }

  /**
   * The run-in markers of {@code text}: {@code 一是}, {@code 二是}, … at its start (if allowed) or
   * right after a {@code 。}, in unbroken order from 一 or from the one after {@code last}.
   */
  private static List<Marker> markers(String text, int last, boolean atStart) {
    List<Marker> markers = new ArrayList<>();
    if (text.indexOf('是') < 0) {
      return markers;
    }
    // a marker (一是, 十二是) starts the text or follows a 。: look only there, not at every character
    int expected = -1;
    int from = 0;
    for (int p = atStart ? 0 : nextBoundary(text, 0);
        p >= 0 && p < text.length();
        p = nextBoundary(text, p + 1)) {
      if (p < from) {
        continue;
      }
      int k = 0;
      while (k < 3 && p + k < text.length() && RUN_IN_NUMERALS.indexOf(text.charAt(p + k)) >= 0) {
        k++;
      }
      if (k == 0 || p + k >= text.length() || text.charAt(p + k) != '是') {
        continue;
      }
      OptionalInt ordinal = ordinal(text.substring(p, p + k));
      if (ordinal.isEmpty()) {
        continue;
      }
      int n = ordinal.getAsInt();
      boolean fits = expected < 0 ? n == 1 || n == last + 1 : n == expected;
      if (fits) {
        markers.add(new Marker(p, text.substring(p, p + k + 1), n));
        expected = n + 1;
        from = p + k + 1;
      }
    }
    return markers;
  }

  private static final String RUN_IN_NUMERALS = "一二三四五六七八九十";

  /**
   * The position after the next 。 at or after {@code from} (a run-in marker may start there), or
   * -1.
   */
  private static int nextBoundary(String text, int from) {
    int stop = text.indexOf(FULL_STOP, Math.max(0, from - 1));
    return stop < 0 ? -1 : stop + 1;
  }

  private static OptionalInt ordinal(String numeral) {
    long value = ChineseNumerals.parse(numeral).orElse(0);
    return value >= 1 && value <= 99 ? OptionalInt.of((int) value) : OptionalInt.empty();
  }

  /**
   * Whether a line without a label is a heading without number: short, without sentence punctuation
   * or figures, and followed by more text.
   */
  private static boolean unnumberedHeading(String text, int index, List<SourceText.Line> body) {
    int length = text.codePointCount(0, text.length());
    return index + 1 < body.size()
        && length >= 2
        && length <= 30
        && !NOT_A_HEADING.matcher(text).find()
        && !text.endsWith("报告")
        && !RUN_IN.matcher(text).lookingAt()
        && NumberingStyle.of(text).isEmpty();
  }
}
