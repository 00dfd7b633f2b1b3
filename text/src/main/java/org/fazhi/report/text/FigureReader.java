package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;
import org.fazhi.report.text.OutlineParser.Fragment;
import org.fazhi.report.text.OutlineParser.Node;

/**
 * Reads the figures of the outline's text and places each: into a field of a typed block, into an
 * indicator, or nowhere (with the reason). Sentence by sentence: the clauses and their topics
 * ({@link Topics}), the pattern readers (changes, series, outcome groups, breakdowns, emergencies,
 * lists, meetings) claim what they hold, the statement reader reads the clauses without figures,
 * and every other figure is matched against the cue tables of the blocks its clause names ({@link
 * CueMatcher}) and staged as a typed value ({@link Staging}) — or, when the clause speaks of
 * someone else ({@link Scopes}), or nothing matches, made an indicator. Changes are attached last.
 * Not thread-safe; use once.
 */
final class FigureReader {
  final Staging staging = new Staging();
  final Placements placements = new Placements();
  final ActivityReader activities;
  final EmergencyReader emergencies;
  final ListReader lists;
  final MeetingReader meeting;
  final ChangeReader changes;
  final SeriesReader series;
  final GroupReader groups;
  final BreakdownReader breakdowns;
  final CatalogFlags catalog = new CatalogFlags();
  private final Scopes scopes;
  private final StatementReader statements;
  private final Topics topics = new Topics();
  private final Map<Node, SectionId> ids;
  private final int reportingYear;
  private final FigurePlacer placer;
  private int sentenceCount;

  FigureReader(
      Map<Node, SectionId> ids, int reportingYear, Optional<AdministrativeDivision> division) {
    this.ids = ids;
    this.reportingYear = reportingYear;
    this.scopes = new Scopes(division);
    this.activities = new ActivityReader(placements, reportingYear);
    this.emergencies = new EmergencyReader(placements, reportingYear);
    this.lists = new ListReader(placements);
    this.meeting = new MeetingReader(staging, placements);
    this.statements = new StatementReader(staging, placements);
    this.changes = new ChangeReader(placements, reportingYear);
    this.series = new SeriesReader(placements, reportingYear);
    this.groups = new GroupReader(placements);
    this.breakdowns = new BreakdownReader(placements);
    this.placer = new FigurePlacer(staging, placements, activities, lists, reportingYear);
  }

  void run(List<Fragment> fragments) {
    for (Fragment fragment : fragments) {
      topics.enter(fragment);
      String text = fragment.text();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || i == text.length() - 1) {
          if (i + 1 > start) {
            SectionId section = fragment.node() == null ? null : ids.get(fragment.node());
            sentence(
                new Sentence(
                    fragment, text.substring(start, i + 1), start, section, ++sentenceCount));
          }
          start = i + 1;
        }
      }
    }
  }

  /** The stage the text says a rate (by its field name) is computed over. */
  Optional<CaseStage> basis(String field) {
    return placer.basis(field);
  }

  boolean perTownshipAverage() {
    return placer.perTownshipAverage();
  }

  private void sentence(Sentence s) {
    debris(s);
    Block primary = topics.primary(s);
    Topics.ClauseTopic[] clauseTopics = topics.read(s);
    changes.find(s);
    series.read(s, clauseTopics, primary);
    groups.read(s, clauseTopics);
    breakdowns.read(s, clauseTopics, primary);
    emergencies.read(s);
    lists.read(s);
    if (primary == Block.DELEGATED_POWERS) {
      meeting.read(s);
    }
    statements.read(s, clauseTopics);
    catalog.read(s);
    if (s.figures().isEmpty()) {
      // nothing to place (most sentences of a report state no figure), but an activity may be
      activities.organizedActivities(s, primary, 0, s.text.length());
      return;
    }
    List<Optional<Scope>> clauseScopes = new ArrayList<>();
    for (int c = 0; c < s.clauses.size(); c++) {
      clauseScopes.add(scopes.of(s, c));
    }
    List<Respectively.Group> pairings = Respectively.of(s);
    List<Figure> all = s.figures();
    for (int i = 0; i < all.size(); i++) {
      activities.organizedActivities(
          s, primary, i == 0 ? 0 : all.get(i - 1).end(), all.get(i).start());
      for (Respectively.Group group : pairings) {
        if (group.figures().get(0) == i) {
          placer.placeRespectively(s, group, clauseTopics, primary, clauseScopes);
        }
      }
      if (!s.claimed[i] && !Placements.qualifiesNext(s, i)) {
        int clause = s.clauseIndex(all.get(i).start());
        placer.place(s, clauseTopics[clause], primary, clauseScopes.get(clause), i);
      }
    }
    activities.organizedActivities(
        s, primary, all.isEmpty() ? 0 : all.get(all.size() - 1).end(), s.text.length());
    series.complete(s);
    changes.attach(s, clauseTopics, primary);
  }

  /** Warns of numbers the text broke or wrote in full-width digits. */
  private void debris(Sentence s) {
    for (int[] span : s.scan.broken()) {
      placements.warn(
          s,
          ImportWarning.Kind.BROKEN_NUMBER,
          span[0],
          "\""
              + s.text.substring(span[0], span[1])
              + "\" is digits broken by a space (as PDF"
              + " extraction leaves them); the number cannot be told, so it is not read");
    }
    for (int at : Debris.fullWidthDocumentNumbers(s.text)) {
      placements.warn(
          s,
          ImportWarning.Kind.FULL_WIDTH_NUMBER,
          at,
          "a document number in full-width digits: \""
              + s.text.substring(at, Math.min(s.text.length(), at + 12))
              + "\"; read as ASCII digits");
    }
  }
}
