package org.fazhi.report.text;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.DocumentReference;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.MoneyUnit;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Kind;
import org.fazhi.report.text.Cues.Side;
import org.fazhi.report.text.FigureScanner.Figure;
import org.fazhi.report.text.OutlineParser.Fragment;
import org.fazhi.report.text.OutlineParser.Node;

/**
 * Reads the figures of the outline's text and places each: into a field of a typed block, into an
 * indicator, or nowhere (with the reason). Sentence by sentence, it finds the topic (the first topic
 * word of the sentence, else the topic of the sentences before it in the section, else of the
 * section's headings), lets the pattern extractors claim what they hold (emergencies, lists,
 * meetings), and matches every other figure against the cue tables of {@link Cues}: first the
 * sentence's topic, then the topics named in the figure's own clause. Not thread-safe; use once.
 */
final class FigureExtractor {
  private static final String HARD = "\uFF0C,\uFF1B;\uFF1A:";
  private static final String SOFT = "\uFF0C,\uFF1B;\uFF1A:、()\uFF08\uFF09";
  private static final List<String> CONJUNCTIONS = List.of("以及", "和", "及", "与", "或");

  /** A staged value of a block field. */
  static final class Slot {
    final Object value;
    final SectionId section;
    final int line;

    Slot(Object value, SectionId section, int line) {
      this.value = value;
      this.section = section;
      this.line = line;
    }
  }

  /** A training or study activity being built. */
  static final class ActivityDraft {
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

  /** A duty list being built. */
  static final class DutyDraft {
    DutyListKind kind;
    String title;
    String owner;
    Count holders;
    SectionId section;
  }

  /** A rectification list being built. */
  static final class RectificationDraft {
    String title;
    String origin;
    DocumentReference basis;
    final Map<String, Slot> values = new LinkedHashMap<>();
    SectionId section;
  }

  /** An emergency being built. */
  static final class EmergencyDraft {
    EmergencyKind kind;
    String description;
    OffsetDateTime occurredAt;
    String place;
    BigDecimal magnitude;
    BigDecimal depth;
    GeoPoint epicenter;
    ResponseLevel responseLevel;
    SectionId section;
    Node node;
  }

  // results
  final Map<Block, Map<String, Slot>> values = new EnumMap<>(Block.class);
  final Map<Block, String> statements = new EnumMap<>(Block.class);
  final Map<Block, SectionId> statementSections = new EnumMap<>(Block.class);
  final Map<Block, List<ActivityDraft>> activities = new EnumMap<>(Block.class);
  final List<DutyDraft> dutyLists = new ArrayList<>();
  final List<RectificationDraft> rectificationLists = new ArrayList<>();
  final List<EmergencyDraft> emergencies = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  final List<TextFigure> figures = new ArrayList<>();
  boolean perTownshipAverage;
  MeetingReference approvedAt;
  SectionId approvedAtSection;
  CaseStage correctionRateBasis;

  private final Map<Node, SectionId> ids;
  private final int reportingYear;
  private final Map<Node, Block> headingTopics = new HashMap<>();
  private Block running;
  private Node currentNode;
  private int sentenceCount;

  FigureExtractor(Map<Node, SectionId> ids, int reportingYear) {
    this.ids = ids;
    this.reportingYear = reportingYear;
  }

  void run(List<Fragment> fragments) {
    for (Fragment fragment : fragments) {
      if (fragment.node() != currentNode) {
        // a new section starts under the topic its headings name
        running = inheritedTopic(fragment.node());
        currentNode = fragment.node();
      }
      String text = fragment.text();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || i == text.length() - 1) {
          if (i + 1 > start) {
            sentence(fragment, text.substring(start, i + 1), start);
          }
          start = i + 1;
        }
      }
    }
  }

  /** The topic a section's own heading names, else the one its nearest enclosing heading names. */
  private Block sectionTopic(Node node) {
    if (node == null) {
      return null;
    }
    Block own = headingTopics.get(node);
    return own != null ? own : inheritedTopic(node);
  }

  private Block inheritedTopic(Node node) {
    for (Node n = node == null ? null : node.parent; n != null; n = n.parent) {
      Block topic = headingTopics.get(n);
      if (topic != null) {
        return topic;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // One sentence

  /** A keyword occurrence. */
  private record Hit(Block block, int start, int end) {}

  /** What one sentence holds, while it is read. */
  private final class Sentence {
    final Fragment fragment;
    final String text;
    final int offset;
    final FigureScanner.Scan scan;
    final List<Hit> hits;
    final boolean[] claimed;
    final SectionId section;
    final int id;

    Sentence(Fragment fragment, String text, int offset) {
      this.fragment = fragment;
      this.text = text;
      this.offset = offset;
      this.scan = FigureScanner.scan(text);
      this.hits = hits(text, scan.titled());
      this.claimed = new boolean[scan.figures().size()];
      this.section = fragment.node() == null ? null : ids.get(fragment.node());
      this.id = ++sentenceCount;
    }

    List<Figure> figures() {
      return scan.figures();
    }

    int line() {
      return fragment.line();
    }

    int column(int at) {
      return fragment.column() + offset + at;
    }
  }

  private void sentence(Fragment fragment, String text, int offset) {
    Sentence s = new Sentence(fragment, text, offset);
    Block primary = s.hits.isEmpty() ? running : s.hits.get(0).block();
    Block sectionTopic = sectionTopic(fragment.node());
    for (Hit hit : s.hits) {
      if (hit.block() == sectionTopic) {
        primary = sectionTopic;
      }
    }
    if (!s.hits.isEmpty()) {
      running = primary;
      if (fragment.heading() && fragment.node() != null) {
        headingTopics.put(fragment.node(), primary);
      }
    }
    emergencies(s);
    dutyLists(s);
    rectificationLists(s);
    if (primary == Block.DELEGATED_POWERS) {
      meeting(s);
    }
    statements(s, primary);
    correctionBasis(s);
    List<Figure> all = s.figures();
    for (int i = 0; i < all.size(); i++) {
      organizedActivities(s, primary, i == 0 ? 0 : all.get(i - 1).end(), all.get(i).start());
      if (!s.claimed[i]) {
        place(s, primary, i);
      }
    }
    organizedActivities(s, primary, all.isEmpty() ? 0 : all.get(all.size() - 1).end(), s.text.length());
  }

  // ------------------------------------------------------------------------------------------
  // Topics

  /** A topic word of a block. */
  private record Keyword(Block block, String word) {}

  /** The topic words of every block, by their first character. */
  private static final Map<Character, List<Keyword>> KEYWORDS = keywordIndex();

  private static Map<Character, List<Keyword>> keywordIndex() {
    Map<Character, List<Keyword>> index = new HashMap<>();
    for (BlockRule rule : Cues.RULES) {
      for (String word : rule.keywords()) {
        index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(new Keyword(rule.block(), word));
      }
    }
    return index;
  }

  private static List<Hit> hits(String text, boolean[] titled) {
    List<Hit> hits = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      List<Keyword> candidates = KEYWORDS.get(text.charAt(at));
      if (candidates == null || titled[at]) {
        continue;
      }
      for (Keyword keyword : candidates) {
        if (text.startsWith(keyword.word(), at)) {
          hits.add(new Hit(keyword.block(), at, at + keyword.word().length()));
        }
      }
    }
    List<Hit> kept = new ArrayList<>();
    for (Hit hit : hits) {
      boolean inside = false;
      for (Hit other : hits) {
        if (other != hit
            && other.block() != hit.block()
            && other.start() <= hit.start()
            && other.end() >= hit.end()
            && other.end() - other.start() > hit.end() - hit.start()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(hit);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    return kept;
  }

  // ------------------------------------------------------------------------------------------
  // Placing a figure

  private record Window(int from, int to) {}

  private Window window(Sentence s, int index) {
    List<Figure> all = s.figures();
    Figure f = all.get(index);
    int previousEnd = index == 0 ? 0 : all.get(index - 1).end();
    int nextStart = index + 1 < all.size() ? all.get(index + 1).start() : s.text.length();
    int from = previousEnd;
    for (int i = f.start() - 1; i >= previousEnd; i--) {
      if (SOFT.indexOf(s.text.charAt(i)) >= 0) {
        from = i + 1;
        break;
      }
    }
    if (from == previousEnd && index > 0) {
      String between = s.text.substring(previousEnd, f.start());
      int cut = -1;
      for (String conjunction : CONJUNCTIONS) {
        int at = between.lastIndexOf(conjunction);
        if (at >= 0 && at + conjunction.length() > cut) {
          cut = at + conjunction.length();
        }
      }
      if (cut >= 0) {
        from = previousEnd + cut;
      }
    }
    int to = nextStart;
    for (int i = f.end(); i < nextStart; i++) {
      if (SOFT.indexOf(s.text.charAt(i)) >= 0) {
        to = i;
        break;
      }
    }
    if (to == nextStart && index + 1 < all.size()) {
      String between = s.text.substring(f.end(), nextStart);
      int cut = Integer.MAX_VALUE;
      for (String conjunction : CONJUNCTIONS) {
        int at = between.indexOf(conjunction);
        if (at >= 0 && at < cut) {
          cut = at;
        }
      }
      if (cut != Integer.MAX_VALUE) {
        to = f.end() + cut;
      }
    }
    return new Window(from, to);
  }

  /** The start of the clause (after the last hard delimiter) holding {@code at}, not before {@code floor}. */
  private static int clauseStart(String text, int at, int floor) {
    for (int i = at - 1; i >= floor; i--) {
      if (HARD.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return floor;
  }

  private static int clauseEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if (HARD.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '。') {
        return i;
      }
    }
    return text.length();
  }

  private record Match(Block block, Field field) {}

  private void place(Sentence s, Block primary, int index) {
    Figure f = s.figures().get(index);
    Integer qualified = qualifiedBy(s, index);
    if (qualified != null) {
      return; // recorded with the figure it qualifies
    }
    Window w = window(s, index);
    String before = s.text.substring(w.from(), f.start());
    String after = s.text.substring(f.end(), w.to());
    List<Block> candidates = new ArrayList<>();
    if (primary != null) {
      candidates.add(primary);
    }
    int clauseFrom = clauseStart(s.text, f.start(), 0);
    int clauseTo = clauseEnd(s.text, f.end());
    List<Hit> local = new ArrayList<>();
    for (Hit hit : s.hits) {
      if (hit.start() >= clauseFrom && hit.end() <= clauseTo) {
        local.add(hit);
      }
    }
    local.sort(
        Comparator.comparingInt(
            (Hit h) -> h.end() <= f.start() ? f.start() - h.end() : 100_000 + h.start() - f.end()));
    for (Hit hit : local) {
      if (!candidates.contains(hit.block())) {
        candidates.add(hit.block());
      }
    }
    for (Block block : candidates) {
      Match match = match(f, before, after, Cues.rule(block), s.text, w.from(), f.end());
      if (match != null && accept(s, index, match, before)) {
        return;
      }
    }
    if (f.isPercent()) {
      // a rate may be named before the count it is computed on: 完成年度任务2200件的175.5%
      String clause = s.text.substring(clauseFrom, f.start());
      for (Block block : candidates) {
        Match match = match(f, clause, "", Cues.rule(block), s.text, clauseFrom, f.end());
        if (match != null && accept(s, index, match, clause)) {
          return;
        }
      }
    }
    indicator(s, index);
  }

  /**
   * The field of {@code rule} that the cues around {@code f} name: the nearest cue of a compatible
   * field before the figure, else after it; a cue inside a longer topic word of the block ({@code
   * 服务} in {@code 公共法律服务}) names nothing. Without a cue, the block's default field, if its topic
   * word stands right before the figure ({@code 行政诉讼案件5件}).
   */
  private static Match match(
      Figure f, String before, String after, BlockRule rule, String text, int beforeAt, int afterAt) {
    boolean[] inKeyword = new boolean[text.length()];
    for (String keyword : rule.keywords()) {
      for (int k = text.indexOf(keyword); k >= 0; k = text.indexOf(keyword, k + 1)) {
        for (int i = k; i < k + keyword.length(); i++) {
          inKeyword[i] = true;
        }
      }
    }
    Field best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestLength = 0;
    boolean bestBefore = false;
    for (Field field : rule.fields()) {
      if (!compatible(f, field)) {
        continue;
      }
      for (String cue : field.cues()) {
        if (field.side() != Side.AFTER) {
          int at = before.lastIndexOf(cue);
          while (at >= 0 && insideLongerKeyword(inKeyword, beforeAt + at, cue, rule, text)) {
            at = at == 0 ? -1 : before.lastIndexOf(cue, at - 1);
          }
          if (at >= 0) {
            int distance = before.length() - (at + cue.length());
            if (!bestBefore || distance < bestDistance
                || (distance == bestDistance && cue.length() > bestLength)) {
              best = field;
              bestDistance = distance;
              bestLength = cue.length();
              bestBefore = true;
            }
          }
        }
        if (field.side() != Side.BEFORE && !bestBefore) {
          int at = after.indexOf(cue);
          while (at >= 0 && insideLongerKeyword(inKeyword, afterAt + at, cue, rule, text)) {
            at = after.indexOf(cue, at + 1);
          }
          if (at >= 0 && (at < bestDistance || (at == bestDistance && cue.length() > bestLength))) {
            best = field;
            bestDistance = at;
            bestLength = cue.length();
          }
        }
      }
    }
    if (best == null && rule.defaultCount() != null) {
      Field fallback = rule.field(rule.defaultCount());
      for (String keyword : rule.keywords()) {
        int k = before.lastIndexOf(keyword);
        if (k >= 0
            && Cues.DEFAULT_GAP.matcher(before.substring(k + keyword.length())).matches()
            && compatible(f, fallback)) {
          best = fallback;
          break;
        }
      }
    }
    return best == null ? null : new Match(rule.block(), best);
  }

  /** Whether the cue at {@code at} lies inside a topic word of the block longer than itself. */
  private static boolean insideLongerKeyword(
      boolean[] inKeyword, int at, String cue, BlockRule rule, String text) {
    if (!inKeyword[at]) {
      return false;
    }
    for (String keyword : rule.keywords()) {
      if (keyword.length() > cue.length()) {
        for (int k = Math.max(0, at - keyword.length() + cue.length()); k <= at; k++) {
          if (text.startsWith(keyword, k) && k + keyword.length() >= at + cue.length()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean compatible(Figure f, Field field) {
    String unit = f.unit() == null ? "" : f.unit();
    switch (field.kind()) {
      case RATE:
        return f.isPercent();
      case MONEY:
        return unit.equals("元");
      case DAYS:
        return f.wholeNumber() >= 0 && Cues.DAY_UNITS.contains(unit);
      case ACTIVITY:
        return f.wholeNumber() >= 0
            && (Cues.HOUR_UNITS.contains(unit)
                || Cues.SESSION_UNITS.contains(unit)
                || Cues.ATTENDEE_UNITS.contains(unit));
      default:
        Iterable<String> units = field.units().isEmpty() ? Cues.COUNT_UNITS : field.units();
        boolean unitFits = false;
        for (String u : units) {
          unitFits |= u.equals(unit);
        }
        return unitFits && f.wholeNumber() >= 0;
    }
  }

  /** Puts a matched figure into its field; false if the field holds a different value already. */
  private boolean accept(Sentence s, int index, Match match, String before) {
    Figure f = s.figures().get(index);
    Field field = match.field();
    Block block = match.block();
    if (field.kind() == Kind.ACTIVITY) {
      activity(s, index, block, field);
      return true;
    }
    Object value;
    switch (field.kind()) {
      case RATE:
        value = Rate.builder().percent(f.value()).approximation(f.approximation()).build();
        break;
      case MONEY:
        value = money(f);
        break;
      default:
        value = Count.of(f.wholeNumber(), f.approximation());
        break;
    }
    Map<String, Slot> slots;
    String pointer;
    if (block == Block.RECTIFICATION) {
      RectificationDraft list = lastRectification();
      if (list == null) {
        return false;
      }
      slots = list.values;
      pointer = Block.RECTIFICATION.pointer + "/" + rectificationLists.indexOf(list) + "/" + field.name();
    } else {
      slots = values.computeIfAbsent(block, b -> new LinkedHashMap<>());
      pointer = block.pointer + "/" + field.name();
    }
    Slot existing = slots.get(field.name());
    if (existing != null && !existing.value.equals(value)) {
      record(s, f, TextFigure.Placement.UNPLACED, null,
          pointer + " already holds " + existing.value + " (line " + existing.line + ")");
      return true;
    }
    if (existing == null) {
      slots.put(field.name(), new Slot(value, s.section, s.line()));
    }
    if (block == Block.DELEGATED_POWERS
        && (field.name().equals("cut") || field.name().equals("kept"))
        && before.contains("平均")) {
      perTownshipAverage = true;
    }
    record(s, f, TextFigure.Placement.BLOCK, pointer, null);
    return true;
  }

  private static Money money(Figure f) {
    MoneyUnit unit;
    switch (f.scale()) {
      case TEN_THOUSAND:
        unit = MoneyUnit.TEN_THOUSAND_YUAN;
        break;
      case HUNDRED_MILLION:
        unit = MoneyUnit.HUNDRED_MILLION_YUAN;
        break;
      default:
        unit = MoneyUnit.YUAN;
        break;
    }
    BigDecimal amount =
        unit == MoneyUnit.YUAN ? f.scale().apply(f.value()) : f.value();
    return org.fazhi.report.figure.ImmutableMoney.builder()
        .amount(amount)
        .unit(unit)
        .approximation(f.approximation())
        .build();
  }

  /**
   * A count that qualifies what a rate counts — the 1 of {@code 有1名以上“法律明白人”的行政村达100%} —
   * is part of that rate's label: returns the index of the rate, or null.
   */
  private Integer qualifiedBy(Sentence s, int index) {
    return index + 1 < s.figures().size() && s.claimed[index + 1] ? null : qualifies(s, index);
  }

  private static Integer qualifies(Sentence s, int index) {
    List<Figure> all = s.figures();
    Figure f = all.get(index);
    if (f.isPercent() || index + 1 >= all.size()) {
      return null;
    }
    Figure next = all.get(index + 1);
    String between = s.text.substring(f.end(), next.start());
    if (!next.isPercent() || !between.contains("的") || f.start() == 0
        || s.text.charAt(f.start() - 1) != '有') {
      return null;
    }
    for (char c : between.toCharArray()) {
      if (SOFT.indexOf(c) >= 0) {
        return null;
      }
    }
    return index + 1;
  }

  private void indicator(Sentence s, int index) {
    Figure f = s.figures().get(index);
    int labelFrom = clauseStart(s.text, f.start(), 0);
    int previous = index - 1;
    if (previous >= 0 && isQualifierOf(s, previous, index)) {
      previous--;
    }
    if (previous >= 0) {
      labelFrom = Math.max(labelFrom, s.figures().get(previous).end());
    }
    String before = clean(s.text.substring(labelFrom, f.start()));
    String label = before;
    int clauseTo = clauseEnd(s.text, f.end());
    int nextStart = index + 1 < s.figures().size() ? s.figures().get(index + 1).start() : clauseTo;
    String after = s.text.substring(f.end(), Math.min(clauseTo, nextStart));
    after = after.startsWith("的") ? after.substring(1) : after;
    if (label.isEmpty() || label.endsWith("的")) {
      label = after.length() > 40 ? after.substring(0, 40) : after;
    }
    label = label.strip();
    if (label.isEmpty()) {
      label = f.written();
    }
    Quantity quantity = f.quantity();
    Indicator.Builder builder = Indicator.builder().label(label).quantity(quantity);
    if (s.section != null) {
      builder.section(s.section);
    }
    indicators.add(builder.build());
    record(s, f, TextFigure.Placement.INDICATOR, "/indicators/" + (indicators.size() - 1), null);
  }

  /** The words before a figure without the words that say nothing of what is counted. */
  static String clean(String words) {
    String text = words.strip();
    String previous;
    do {
      previous = text;
      text = Patterns.LEADING_FILLER.matcher(text).replaceFirst("");
      text = Patterns.LEADING_PUNCTUATION.matcher(text).replaceFirst("");
    } while (!text.equals(previous));
    do {
      previous = text;
      text = Patterns.TRAILING_FILLER.matcher(text).replaceFirst("");
    } while (!text.equals(previous) && !text.isEmpty());
    return text.strip();
  }

  private void record(Sentence s, Figure f, TextFigure.Placement placement, String target, String reason) {
    ImmutableTextFigure.Builder figure =
        TextFigure.builder()
            .text(f.written())
            .quantity(f.quantity())
            .line(s.line())
            .column(s.column(f.start()))
            .sentence(s.text)
            .placement(placement);
    if (s.section != null) {
      figure.section(s.section);
    }
    if (target != null) {
      figure.target(target);
    }
    if (reason != null) {
      figure.reason(reason);
    }
    figures.add(figure.build());
    int index = s.figures().indexOf(f);
    if (index >= 0) {
      s.claimed[index] = true;
      if (placement != TextFigure.Placement.QUALIFIER
          && index > 0
          && !s.claimed[index - 1]
          && isQualifierOf(s, index - 1, index)) {
        if (target == null) {
          record(s, s.figures().get(index - 1), TextFigure.Placement.UNPLACED, null,
              "it qualifies a figure that could not be placed");
        } else {
          record(s, s.figures().get(index - 1), TextFigure.Placement.QUALIFIER, target, null);
        }
      }
    }
  }

  private static boolean isQualifierOf(Sentence s, int qualifier, int figure) {
    Integer qualified = qualifies(s, qualifier);
    return qualified != null && qualified == figure;
  }

  private void recordFact(Sentence s, String text, Quantity quantity, int at, String target) {
    ImmutableTextFigure.Builder figure =
        TextFigure.builder()
            .text(text)
            .quantity(quantity)
            .line(s.line())
            .column(s.column(at))
            .sentence(s.text)
            .placement(TextFigure.Placement.BLOCK)
            .target(target);
    if (s.section != null) {
      figure.section(s.section);
    }
    figures.add(figure.build());
  }

  // ------------------------------------------------------------------------------------------
  // Activities

  private void activity(Sentence s, int index, Block block, Field field) {
    Figure f = s.figures().get(index);
    List<ActivityDraft> list = activities.computeIfAbsent(block, b -> new ArrayList<>());
    String unit = f.unit() == null ? "" : f.unit();
    String property =
        Cues.HOUR_UNITS.contains(unit) ? "hours" : Cues.SESSION_UNITS.contains(unit) ? "sessions" : "attendees";
    Count count = Count.of(f.wholeNumber(), f.approximation());
    ActivityDraft last = list.isEmpty() ? null : list.get(list.size() - 1);
    ActivityDraft draft;
    if (last != null
        && last.sentence == s.id
        && last.end <= f.start()
        && s.text.substring(last.end, f.start()).indexOf('\uFF1B') < 0
        && s.text.substring(last.end, f.start()).indexOf(';') < 0
        && get(last, property) == null) {
      draft = last;
    } else {
      draft = new ActivityDraft();
      draft.sentence = s.id;
      draft.section = s.section;
      int from = clauseStart(s.text, f.start(), 0);
      if (index > 0) {
        from = Math.max(from, s.figures().get(index - 1).end());
      }
      titleAndOrganizer(draft, s.text.substring(from, f.start()));
      list.add(draft);
    }
    set(draft, property, count);
    draft.end = f.end();
    record(s, f, TextFigure.Placement.BLOCK,
        block.pointer + "/" + field.name() + "/" + list.indexOf(draft) + "/" + property, null);
  }

  private static Count get(ActivityDraft draft, String property) {
    switch (property) {
      case "hours":
        return draft.hours;
      case "sessions":
        return draft.sessions;
      default:
        return draft.attendees;
    }
  }

  private static void set(ActivityDraft draft, String property, Count count) {
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

  private static void titleAndOrganizer(ActivityDraft draft, String words) {
    String text = words.strip();
    String previous;
    do {
      previous = text;
      text = Patterns.ACTIVITY_FILLER.matcher(text).replaceFirst("");
    } while (!text.equals(previous));
    text = Patterns.TRAILING_FILLER.matcher(text).replaceFirst("");
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
  private int organizedActivities(Sentence s, Block primary, int from, int to) {
    if (primary != Block.ENFORCEMENT && primary != Block.STUDY
        || s.text.substring(from, to).indexOf("组织") < 0) {
      return 0;
    }
    Field field = Cues.rule(primary).fields().get(Cues.rule(primary).fields().size() - 1);
    int found = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || HARD.indexOf(s.text.charAt(i)) >= 0 || s.text.charAt(i) == '。') {
        String clause = s.text.substring(start, i).strip();
        boolean wholeClause = (start == 0 || HARD.indexOf(s.text.charAt(start - 1)) >= 0)
            && (i == s.text.length() || HARD.indexOf(s.text.charAt(i)) >= 0 || s.text.charAt(i) == '。');
        Matcher m = Patterns.ORGANIZED_ACTIVITY.matcher(clause);
        if (wholeClause && m.find()) {
          ActivityDraft draft = new ActivityDraft();
          draft.sentence = s.id;
          draft.section = s.section;
          String organizer = m.group(1).replaceFirst("^由", "").strip();
          String title = m.group(2).replace("“", "").replace("”", "").strip();
          draft.organizer = organizer.isEmpty() ? null : organizer;
          draft.title = title.isEmpty() ? null : title;
          List<ActivityDraft> list = activities.computeIfAbsent(primary, b -> new ArrayList<>());
          int floor = 0;
          for (ActivityDraft other : list) {
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

  // ------------------------------------------------------------------------------------------
  // Statements and zeros

  private void statements(Sentence s, Block primary) {
    String text = s.text;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || HARD.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '。') {
        int from = start;
        int to = i;
        start = i + 1;
        String clause = text.substring(from, to).strip();
        if (clause.isEmpty() || hasFigure(s, from, to)) {
          continue;
        }
        zero(s, primary, clause, from);
        if (primary != null) {
          BlockRule rule = Cues.rule(primary);
          for (String cue : rule.statementCues()) {
            if (clause.contains(cue) && clause.contains("履行") && !statements.containsKey(primary)) {
              statements.put(primary, clause);
              statementSections.put(primary, s.section);
              values.computeIfAbsent(primary, b -> new LinkedHashMap<>());
            }
          }
        }
      }
    }
  }

  private static boolean startsWithKeyword(String text, Block block) {
    for (String keyword : Cues.rule(block).keywords()) {
      if (text.startsWith(keyword)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFigure(Sentence s, int from, int to) {
    for (Figure f : s.figures()) {
      if (f.start() < to && f.end() > from) {
        return true;
      }
    }
    return false;
  }

  private void zero(Sentence s, Block primary, String clause, int at) {
    for (String marker : Cues.ZERO_MARKERS) {
      int m = clause.indexOf(marker);
      if (m < 0) {
        continue;
      }
      String rest = clause.substring(m + marker.length());
      Block block = null;
      for (Hit hit : hits(rest, new boolean[rest.length()])) {
        block = hit.block();
        break;
      }
      if (block == null && marker.equals("零")) {
        block = primary;
      }
      if (marker.equals("无") && (block == null || !startsWithKeyword(rest, block))) {
        continue;
      }
      if (block == null || Cues.rule(block).zeroField() == null) {
        continue;
      }
      BlockRule rule = Cues.rule(block);
      Field field = null;
      int best = Integer.MAX_VALUE;
      for (Field candidate : rule.fields()) {
        if (candidate.kind() != Kind.COUNT) {
          continue;
        }
        for (String cue : candidate.cues()) {
          int c = rest.indexOf(cue);
          boolean keyword = rule.keywords().stream().anyMatch(k -> k.contains(cue));
          if (c >= 0 && c < best && !keyword && !cue.equals("案件")) {
            best = c;
            field = candidate;
          }
        }
      }
      if (marker.equals("零") && (field == null || best != 0)) {
        continue;
      }
      if (field == null) {
        field = rule.field(rule.zeroField());
      }
      Map<String, Slot> slots = values.computeIfAbsent(block, b -> new LinkedHashMap<>());
      if (!slots.containsKey(field.name())) {
        slots.put(field.name(), new Slot(Count.zero(), s.section, s.line()));
        statements.putIfAbsent(block, clause);
        String written = marker + rest;
        recordFact(s, written, Quantity.builder().value(BigDecimal.ZERO).build(),
            at + clause.indexOf(marker), block.pointer + "/" + field.name());
      }
      return;
    }
  }

  private void correctionBasis(Sentence s) {
    if (!s.text.contains("纠错率")) {
      return;
    }
    Matcher m = Patterns.RATE_BASIS.matcher(s.text);
    if (m.find()) {
      switch (m.group(1)) {
        case "受理":
          correctionRateBasis = CaseStage.ACCEPTED;
          break;
        case "收到":
        case "收案":
        case "申请":
          correctionRateBasis = CaseStage.RECEIVED;
          break;
        default:
          correctionRateBasis = CaseStage.CLOSED;
          break;
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Pattern facts

  private void emergencies(Sentence s) {
    String text = s.text;
    String digits = FigureScanner.asciiDigits(text);
    int event = text.indexOf("发生");
    while (event >= 0) {
      boolean negated = event > 0 && (text.startsWith("未", event - 1) || text.startsWith("没有", Math.max(0, event - 2)));
      String after = text.substring(event + 2);
      Optional<EmergencyKind> kind = Patterns.emergencyKind(after);
      FigureScanner.DateMention date = null;
      for (FigureScanner.DateMention d : s.scan.dates()) {
        if (d.end() <= event) {
          date = d;
        }
      }
      if (!negated && kind.isPresent() && date != null) {
        EmergencyDraft draft = new EmergencyDraft();
        draft.kind = kind.get();
        draft.section = s.section;
        draft.node = s.fragment.node();
        if (date.hour() >= 0) {
          try {
            draft.occurredAt =
                OffsetDateTime.of(
                    date.year() > 0 ? date.year() : reportingYear, date.month(), date.day(),
                    date.hour(), Math.max(0, date.minute()), 0, 0, ZoneOffset.ofHours(8));
          } catch (DateTimeException e) {
            draft.occurredAt = null;
          }
        }
        Matcher place = Patterns.PLACE.matcher(text);
        if (place.find(date.end())) {
          draft.place = place.group(1).replaceFirst("处$", "");
        }
        Matcher magnitude = Patterns.MAGNITUDE.matcher(digits);
        if (magnitude.find(event)) {
          draft.magnitude = new BigDecimal(magnitude.group(1));
          draft.description = text.substring(magnitude.start(), magnitude.end());
          claim(s, magnitude.start(1), "/emergencies/" + emergencies.size() + "/magnitude");
        } else {
          draft.description = null;
        }
        Matcher depth = Patterns.DEPTH.matcher(digits);
        if (depth.find()) {
          draft.depth = new BigDecimal(depth.group(1));
          claim(s, depth.start(1), "/emergencies/" + emergencies.size() + "/depthKilometres");
        }
        Matcher lat = Patterns.LATITUDE.matcher(digits);
        Matcher lon = Patterns.LONGITUDE.matcher(digits);
        if (lat.find() && lon.find()) {
          BigDecimal latitude = new BigDecimal(lat.group(2));
          BigDecimal longitude = new BigDecimal(lon.group(2));
          draft.epicenter =
              org.fazhi.report.emergency.ImmutableGeoPoint.builder()
                  .latitude(lat.group(1).equals("南纬") ? latitude.negate() : latitude)
                  .longitude(lon.group(1).equals("西经") ? longitude.negate() : longitude)
                  .build();
          claim(s, lat.start(2), "/emergencies/" + emergencies.size() + "/epicenter/latitude");
          claim(s, lon.start(2), "/emergencies/" + emergencies.size() + "/epicenter/longitude");
        }
        emergencies.add(draft);
      }
      event = text.indexOf("发生", event + 2);
    }
    Matcher response = Patterns.RESPONSE.matcher(text);
    if (response.find()) {
      for (int i = emergencies.size() - 1; i >= 0; i--) {
        EmergencyDraft draft = emergencies.get(i);
        if (draft.node == s.fragment.node()) {
          if (draft.responseLevel == null) {
            draft.responseLevel = Patterns.responseLevel(response.group(1)).orElse(null);
          }
          break;
        }
      }
    }
  }

  /** Claims the figure whose number starts at {@code at} for a pattern fact. */
  private void claim(Sentence s, int at, String target) {
    List<Figure> all = s.figures();
    for (int i = 0; i < all.size(); i++) {
      Figure f = all.get(i);
      if (!s.claimed[i] && f.start() <= at && at < f.end()) {
        record(s, f, TextFigure.Placement.BLOCK, target, null);
        return;
      }
    }
  }

  private void dutyLists(Sentence s) {
    String text = s.text;
    if (!text.contains("清单")) {
      return;
    }
    Matcher titled = Patterns.TITLED_LIST.matcher(text);
    while (titled.find()) {
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
    while (owned.find()) {
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
      Figure figure = null;
      for (int i = 0; i < s.figures().size(); i++) {
        Figure f = s.figures().get(i);
        if (!s.claimed[i] && f.start() <= numberAt && numberAt < f.end() && f.wholeNumber() >= 0) {
          figure = f;
        }
      }
      if (figure == null) {
        continue;
      }
      DutyDraft draft = new DutyDraft();
      draft.kind = Patterns.dutyListKind(held.group(5), text);
      int clause = clauseStart(text, figure.start(), 0);
      String lead = Patterns.LEADING_VERB.matcher(text.substring(clause, figure.start()).strip()).replaceFirst("");
      String owner = (lead + text.substring(held.start(3), held.end(3))).strip();
      draft.owner = owner.isEmpty() ? null : owner;
      draft.holders = Count.of(figure.wholeNumber(), figure.approximation());
      draft.section = s.section;
      dutyLists.add(draft);
      record(s, figure, TextFigure.Placement.BLOCK,
          "/accountability/dutyLists/" + (dutyLists.size() - 1) + "/holders", null);
    }
  }

  /**
   * Adds a list, or completes one already read: a list named by its title and one named by its owner
   * are the same list when both are of one kind and neither has what the other has.
   */
  private void addDutyList(DutyDraft draft) {
    for (DutyDraft other : dutyLists) {
      if (other.kind == draft.kind && other.holders == null && draft.holders == null) {
        if (other.title == null && other.owner != null && draft.title != null && draft.owner == null) {
          other.title = draft.title;
          other.section = draft.section;
          return;
        }
        if (other.title != null && other.owner == null && draft.owner != null && draft.title == null) {
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

  private RectificationDraft lastRectification() {
    return rectificationLists.isEmpty() ? null : rectificationLists.get(rectificationLists.size() - 1);
  }

  private static String origin(String text) {
    Matcher m = Patterns.INSPECTION.matcher(text);
    if (m.find()) {
      return m.group(1) + m.group(2) + m.group(3);
    }
    m = Patterns.INSPECTION_SHORT.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static DocumentReference basis(String text, int before) {
    Matcher m = Patterns.NUMBERED_DOCUMENT.matcher(text);
    DocumentReference found = null;
    while (m.find() && m.end() <= before) {
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
      DocumentReference.Builder builder = DocumentReference.builder().title(m.group(2)).number(number);
      if (!issuer.isEmpty()) {
        builder.issuer(issuer);
      }
      found = builder.build();
    }
    return found;
  }

  private void meeting(Sentence s) {
    Matcher m = Patterns.MEETING.matcher(s.text);
    if (!m.find() || !Patterns.APPROVAL.matcher(s.text.substring(m.end())).find()) {
      return;
    }
    long session = Patterns.sessionNumber(m.group(2));
    String body = Patterns.MEETING_LEAD.matcher(m.group(1).strip()).replaceFirst("") + m.group(3);
    if (session < 1 || session > Integer.MAX_VALUE || body.isBlank()) {
      return;
    }
    approvedAt = MeetingReference.builder().body(body).session((int) session).build();
    approvedAtSection = s.section;
    int at = m.start(2) - 1;
    while (at > 0 && s.text.charAt(at) != '第') {
      at--;
    }
    recordFact(s, s.text.substring(at, m.start(3)),
        Quantity.builder().value(BigDecimal.valueOf(session)).unit(Unit.of("次")).build(),
        at, Block.DELEGATED_POWERS.pointer + "/approvedAt/session");
    Map<String, Slot> slots = values.computeIfAbsent(Block.DELEGATED_POWERS, b -> new LinkedHashMap<>());
    slots.putIfAbsent("approvedAt", new Slot(approvedAt, s.section, s.line()));
  }
}
