package org.fazhi.report.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads training and study activities: a figure in sessions, attendees or hours joins the activity
 * its clause names (the words before it give the title and organizer: {@code 山西省司法厅“行政执法大讲堂”}), and
 * a clause that says an activity was organized ({@code 县司法局组织开展了…培训}) makes one without figures,
 * with the dates written before it.
 */
final class ActivityReader {
  /** An activity being built. */
  static final class Draft {
    String title;
    String organizer;
    Count sessions;
    Count attendees;
    Count hours;
    final List<LocalDate> dates = new ArrayList<>();
    SectionId section;
    int sentence;
    int end;
  }

  final Map<Block, List<Draft>> activities = new EnumMap<>(Block.class);
  private final Placements placements;
  private final int reportingYear;

  ActivityReader(Placements placements, int reportingYear) {
    this.placements = placements;
    this.reportingYear = reportingYear;
  }

  void activity(Sentence s, int index, Block block, Field<?> field) {
    Figure f = s.figures().get(index);
    List<Draft> list = activities.computeIfAbsent(block, b -> new ArrayList<>());
    String unit = f.unit() == null ? "" : f.unit();
    String property =
        Cues.HOUR_UNITS.contains(unit)
            ? "hours"
            : Cues.SESSION_UNITS.contains(unit) ? "sessions" : "attendees";
    Count count = Count.of(f.wholeNumber(), f.approximation());
    Draft last = list.isEmpty() ? null : list.get(list.size() - 1);
    Draft draft;
    if (last != null
        && last.sentence == s.id
        && last.end <= f.start()
        && s.text.substring(last.end, f.start()).indexOf('\uFF1B') < 0
        && s.text.substring(last.end, f.start()).indexOf(';') < 0
        && get(last, property) == null) {
      draft = last;
    } else {
      draft = new Draft();
      draft.sentence = s.id;
      draft.section = s.section;
      int from = Clauses.clauseStart(s.text, f.start(), 0);
      if (index > 0) {
        from = Math.max(from, s.figures().get(index - 1).end());
      }
      titleAndOrganizer(draft, s.text.substring(from, f.start()));
      list.add(draft);
    }
    set(draft, property, count);
    draft.end = f.end();
    placements.record(
        s,
        index,
        TextFigure.Placement.BLOCK,
        block.pointer + "/" + field.name() + "/" + list.indexOf(draft) + "/" + property,
        null);
  }

  private static Count get(Draft draft, String property) {
    switch (property) {
      case "hours":
        return draft.hours;
      case "sessions":
        return draft.sessions;
      default:
        return draft.attendees;
    }
  }

  private static void set(Draft draft, String property, Count count) {
    switch (property) {
      case "hours":
        draft.hours = count;
        break;
      case "sessions":
        draft.sessions = count;
        break;
      default:
        draft.attendees = count;
        break;
    }
  }

  private static void titleAndOrganizer(Draft draft, String words) {
    String text = words.strip();
    String previous;
    do {
      previous = text;
      text = Patterns.ACTIVITY_FILLER.matcher(text).replaceFirst("");
    } while (!text.equals(previous));
    text = Patterns.withoutTrailingFiller(text);
    // leading organizers: 中组部、中央依法治国办、司法部学习贯彻… ; 山西省司法厅“行政执法大讲堂”
    StringBuilder organizer = new StringBuilder();
    String rest = text;
    while (true) {
      Matcher m = Patterns.ORGAN.matcher(rest);
      if (!m.find() || m.end() >= rest.length()) {
        break;
      }
      String organ = m.group();
      String after = rest.substring(m.end());
      if (organ.length() < 3) {
        break;
      }
      if (Patterns.NOT_AN_ORGANIZER_AFTER.matcher(after).lookingAt()
          || Patterns.NOT_AN_ORGAN.matcher(organ).find()) {
        break;
      }
      if (after.startsWith("、")) {
        organizer.append(organizer.length() == 0 ? "" : "、").append(organ);
        rest = after.substring(1);
        continue;
      }
      organizer.append(organizer.length() == 0 ? "" : "、").append(organ);
      rest = after;
      break;
    }
    if (organizer.length() > 0 && !rest.isEmpty()) {
      draft.organizer = organizer.toString();
      text = rest;
    }
    text = text.replace("“", "").replace("”", "").replace("\"", "").strip();
    if (!text.isEmpty()) {
      draft.title = text;
    }
  }

  /** Activities stated without figures (县司法局组织开展了…培训) in the clauses of [from, to). */
  int organizedActivities(Sentence s, Block primary, int from, int to) {
    if (primary != Block.ENFORCEMENT && primary != Block.STUDY
        || s.text.substring(from, to).indexOf("组织") < 0) {
      return 0;
    }
    int found = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || Clauses.isHard(s.text.charAt(i)) || s.text.charAt(i) == '。') {
        String clause = s.text.substring(start, i).strip();
        boolean wholeClause =
            (start == 0 || Clauses.isHard(s.text.charAt(start - 1)))
                && (i == s.text.length()
                    || Clauses.isHard(s.text.charAt(i))
                    || s.text.charAt(i) == '。');
        Matcher m = Patterns.ORGANIZED_ACTIVITY.matcher(clause);
        if (wholeClause && m.find()) {
          Draft draft = new Draft();
          draft.sentence = s.id;
          draft.section = s.section;
          String organizer = m.group(1).replaceFirst("^由", "").strip();
          String title = m.group(2).replace("“", "").replace("”", "").strip();
          draft.organizer = organizer.isEmpty() ? null : organizer;
          draft.title = title.isEmpty() ? null : title;
          List<Draft> list = activities.computeIfAbsent(primary, b -> new ArrayList<>());
          int floor = 0;
          for (Draft other : list) {
            if (other.sentence == s.id) {
              floor = Math.max(floor, other.end);
            }
          }
          for (FigureScanner.DateMention date : s.scan.dates()) {
            if (date.start() >= floor && date.end() <= start) {
              toDate(date, s).ifPresent(draft.dates::add);
            }
          }
          draft.end = i;
          list.add(draft);
          found++;
        }
        start = i + 1;
      }
    }
    return found;
  }

  private Optional<LocalDate> toDate(FigureScanner.DateMention date, Sentence s) {
    int year = date.year() > 0 ? date.year() : reportingYear;
    try {
      return Optional.of(LocalDate.of(year, date.month(), date.day()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
