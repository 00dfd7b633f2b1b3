package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.DocumentReference;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads duty and rectification lists: a list named by its title in book-title marks ({@code
 * 《…责任清单》}), by its owner ({@code 县政府主要负责人…清单}), or by how many hold one ({@code 为56名…制定…清单}); a
 * rectification list with the inspection it answers and the document it rests on. A list's title
 * and owner, read in separate sentences, make one list.
 */
final class ListReader {
  /** A duty list being built. */
  static final class DutyDraft {
    DutyListKind kind;
    String title;
    String owner;
    Count holders;
    SectionId section;
  }

  /** A rectification list being built; its figures are staged in {@code values}. */
  static final class RectificationDraft {
    String title;
    String origin;
    DocumentReference basis;
    final Staging.Values values = new Staging.Values();
    SectionId section;
  }

  final List<DutyDraft> dutyLists = new ArrayList<>();
  final List<RectificationDraft> rectificationLists = new ArrayList<>();
  private final Placements placements;

  ListReader(Placements placements) {
    this.placements = placements;
  }

  void read(Sentence s) {
    dutyLists(s);
    rectificationLists(s);
  }

  private void dutyLists(Sentence s) {
    String text = s.text;
    if (!text.contains("清单")) {
      return;
    }
    Matcher titled = Patterns.TITLED_LIST.matcher(text);
    while (text.indexOf('《') >= 0 && titled.find()) {
      String title = titled.group(1);
      if (title.contains("整改")) {
        continue;
      }
      DutyDraft draft = new DutyDraft();
      draft.kind = Patterns.dutyListKind(title, text);
      draft.title = title;
      draft.section = s.section;
      addDutyList(draft);
    }
    Matcher owned = Patterns.OWNED_LIST.matcher(text);
    while (text.contains("第一责任人") && owned.find()) {
      if (owned.group(1).isBlank()) {
        continue;
      }
      DutyDraft draft = new DutyDraft();
      draft.kind = DutyListKind.FIRST_RESPONSIBLE_PERSON;
      draft.owner = owned.group(1).strip();
      draft.section = s.section;
      addDutyList(draft);
    }
    String digits = FigureScanner.asciiDigits(text);
    Matcher held = Patterns.HELD_LIST.matcher(digits);
    while (held.find()) {
      int numberAt = held.start(1);
      int index = s.unclaimedFigureAt(numberAt);
      if (index < 0 || s.figures().get(index).wholeNumber() < 0) {
        continue;
      }
      Figure figure = s.figures().get(index);
      DutyDraft draft = new DutyDraft();
      draft.kind = Patterns.dutyListKind(held.group(5), text);
      int clause = Clauses.clauseStart(text, figure.start(), 0);
      String lead =
          Patterns.LEADING_VERB
              .matcher(text.substring(clause, figure.start()).strip())
              .replaceFirst("");
      String owner = (lead + text.substring(held.start(3), held.end(3))).strip();
      draft.owner = owner.isEmpty() ? null : owner;
      draft.holders = Count.of(figure.wholeNumber(), figure.approximation());
      draft.section = s.section;
      dutyLists.add(draft);
      placements.record(
          s,
          index,
          TextFigure.Placement.BLOCK,
          "/accountability/dutyLists/" + (dutyLists.size() - 1) + "/holders",
          null);
    }
  }

  /**
   * Adds a list, or completes one already read: a list named by its title and one named by its
   * owner are the same list when both are of one kind and neither has what the other has.
   */
  private void addDutyList(DutyDraft draft) {
    for (DutyDraft other : dutyLists) {
      if (other.kind == draft.kind && other.holders == null && draft.holders == null) {
        if (other.title == null
            && other.owner != null
            && draft.title != null
            && draft.owner == null) {
          other.title = draft.title;
          other.section = draft.section;
          return;
        }
        if (other.title != null
            && other.owner == null
            && draft.owner != null
            && draft.title == null) {
          other.owner = draft.owner;
          return;
        }
      }
    }
    dutyLists.add(draft);
  }

  private void rectificationLists(Sentence s) {
    String text = s.text;
    if (!text.contains("整改")) {
      return;
    }
    Matcher titled = Patterns.TITLED_LIST.matcher(text);
    String origin = null;
    DocumentReference basis = null;
    boolean any = false;
    while (titled.find()) {
      String title = titled.group(1);
      if (!title.contains("整改")) {
        continue;
      }
      if (!any) {
        any = true;
        origin = origin(text);
        basis = basis(text, titled.start());
      }
      RectificationDraft draft = new RectificationDraft();
      draft.title = title;
      draft.origin = origin;
      draft.basis = basis;
      draft.section = s.section;
      rectificationLists.add(draft);
    }
  }

  RectificationDraft lastRectification() {
    return rectificationLists.isEmpty()
        ? null
        : rectificationLists.get(rectificationLists.size() - 1);
  }

  private static String origin(String text) {
    Matcher m = Patterns.INSPECTION.matcher(text);
    if (text.contains("根据") && m.find()) {
      return m.group(1) + m.group(2) + m.group(3);
    }
    m = Patterns.INSPECTION_SHORT.matcher(text);
    boolean cue = text.contains("根据") || text.contains("针对") || text.contains("对照");
    return cue && m.find() ? m.group(1) : null;
  }

  private static DocumentReference basis(String text, int before) {
    Matcher m = Patterns.NUMBERED_DOCUMENT.matcher(text);
    DocumentReference found = null;
    int from = 0;
    // the pattern's lazy prefix would be tried at every character: search only before each 《
    for (int p = text.indexOf('《'); p >= 0; p = text.indexOf('《', Math.max(p + 1, from))) {
      int end = text.indexOf('。', p);
      m.region(Math.max(from, p - 30), end < 0 ? text.length() : end + 1);
      if (!m.find()) {
        continue;
      }
      if (m.end() > before) {
        break;
      }
      from = m.end();
      DocumentNumber number;
      try {
        number = DocumentNumber.parse(m.group(3).strip());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (m.group(2).isBlank()) {
        continue;
      }
      String[] parts = Patterns.CONJUNCTION.split(m.group(1));
      String issuer = parts.length == 0 ? "" : parts[parts.length - 1].strip();
      DocumentReference.Builder builder =
          DocumentReference.builder().title(m.group(2)).number(number);
      if (!issuer.isEmpty()) {
        builder.issuer(issuer);
      }
      found = builder.build();
    }
    return found;
  }
}
