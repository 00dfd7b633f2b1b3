package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.FigureScanner.Figure;
import org.fazhi.report.text.OutlineParser.Fragment;
import org.fazhi.report.text.OutlineParser.Node;

/**
 * What each clause speaks of. A clause's topic is the block its own topic words name (the last one,
 * when it names several: {@code 办理行政复议案件41件、行政应诉案件17件}); a clause that names none inherits the
 * topic of the clause before it, across sentences within a section, and a section starts under the
 * topic its headings name. A figure is tried first against the blocks its own clause names, nearest
 * first, and against the inherited topic only when its clause names none.
 */
final class Topics {
  /** A topic word's occurrence in a sentence. */
  record Hit(Block block, int start, int end) {}

  private record Keyword(Block block, String word) {}

  /** The first characters of all topic words, sorted: a binary search, no boxed key per lookup. */
  private static final char[] FIRST_CHARS;

  /** The topic words of every block that start with {@code FIRST_CHARS[i]}. */
  private static final Keyword[][] KEYWORDS;

  /** The first characters of all topic words, for a test per character before any search. */
  private static final java.util.BitSet STARTS = new java.util.BitSet(Character.MAX_VALUE + 1);

  static {
    Map<Character, List<Keyword>> index = new java.util.TreeMap<>(keywordIndex());
    FIRST_CHARS = new char[index.size()];
    KEYWORDS = new Keyword[index.size()][];
    int i = 0;
    for (Map.Entry<Character, List<Keyword>> entry : index.entrySet()) {
      FIRST_CHARS[i] = entry.getKey();
      KEYWORDS[i] = entry.getValue().toArray(Keyword[]::new);
      STARTS.set(entry.getKey());
      i++;
    }
  }

  private final Map<Node, Block> headingTopics = new HashMap<>();
  private Block running;
  private Node currentNode;
  private boolean started;

  private static Map<Character, List<Keyword>> keywordIndex() {
    Map<Character, List<Keyword>> index = new HashMap<>();
    for (BlockRule<?> rule : Cues.RULES) {
      for (String word : rule.keywords()) {
        index
            .computeIfAbsent(word.charAt(0), c -> new ArrayList<>())
            .add(new Keyword(rule.block(), word));
      }
    }
    return index;
  }

  /**
   * The topic words in {@code text}, outside book titles, in order; a word inside a longer one of
   * another block ({@code 行政执法} in {@code 乡镇行政执法事项}) is not counted, nor one that names a category
   * ({@code 行政处罚类}).
   */
  static List<Hit> hits(String text, boolean[] titled) {
    List<Hit> hits = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      if (!STARTS.get(c) || titled[at]) {
        continue; // most characters start no topic word: no search
      }
      Keyword[] candidates = KEYWORDS[java.util.Arrays.binarySearch(FIRST_CHARS, c)];
      for (Keyword keyword : candidates) {
        int end = at + keyword.word().length();
        if (text.startsWith(keyword.word(), at)
            && !(end < text.length() && text.charAt(end) == '类')) {
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

  /** Starts a fragment: a new section starts under the topic its headings name. */
  void enter(Fragment fragment) {
    if (!started || fragment.node() != currentNode) {
      running = inheritedTopic(fragment.node());
      currentNode = fragment.node();
      started = true;
    }
  }

  /**
   * A clause's topics: the one it inherits (the previous clause's), the one it has (its last strong
   * topic word's, else the inherited one), and its topic words. A topic word is weak when it is, or
   * holds, a cue of the inherited block ({@code 调解} in a reconsideration clause, {@code 行政案件} in a
   * legal aid one, {@code 合法性审查} — holding {@code 审查} — in a clause on legal advisers): it does not
   * change the topic; in a sentence's first clause only a word that is itself a cue is weak (a
   * sentence that opens on a topic speaks of it). A topic word after {@code 到}, {@code 在} names a
   * place and is weak too.
   */
  record ClauseTopic(Block inherited, Block topic, List<Hit> strong, List<Hit> weak) {}

  /**
   * The topic of each clause of the sentence. Moves the running topic on to the last clause's; a
   * heading's topic becomes its section's.
   */
  ClauseTopic[] read(Sentence s) {
    ClauseTopic[] topics = new ClauseTopic[s.clauses.size()];
    Block current = running;
    int h = 0;
    for (int c = 0; c < topics.length; c++) {
      Clauses.Clause clause = s.clauses.get(c);
      List<Hit> strong = new ArrayList<>();
      List<Hit> weak = new ArrayList<>();
      while (h < s.hits.size() && s.hits.get(h).start() < clause.end()) {
        Hit hit = s.hits.get(h);
        // judged against the clause's topic so far: 行政复议调解 keeps 调解 a reconsideration cue
        Block judge = strong.isEmpty() ? current : strong.get(strong.size() - 1).block();
        boolean holding = c > 0 && strong.isEmpty();
        if (hit.start() >= clause.start()
            && hit.block() != judge
            && (isCueOf(judge, s.text.substring(hit.start(), hit.end()), holding)
                || isPlace(s.text, hit))) {
          weak.add(hit);
        } else if (hit.start() >= clause.start()) {
          strong.add(hit);
        }
        h++;
      }
      Block inherited = current;
      if (!strong.isEmpty()) {
        current = strong.get(strong.size() - 1).block();
      }
      topics[c] = new ClauseTopic(inherited, current, strong, weak);
    }
    if (!s.hits.isEmpty()) {
      if (s.fragment.heading() && s.fragment.node() != null) {
        headingTopics.put(s.fragment.node(), primary(s));
      }
      running = current;
    }
    return topics;
  }

  /** Whether {@code word} is a cue of {@code block} (or, if {@code holding}, holds one). */
  private static boolean isCueOf(Block block, String word, boolean holding) {
    if (block == null) {
      return false;
    }
    for (Cues.Field<?> field : Cues.rule(block).fields()) {
      for (String cue : field.cues()) {
        if (cue.contains(word) || (holding && cue.length() >= 2 && word.contains(cue))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the topic word names a place ({@code 到县公共法律服务中心值班}), not what is spoken of. */
  private static boolean isPlace(String text, Hit hit) {
    if (!PLACE_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt()) {
      return false;
    }
    for (int i = Math.max(0, hit.start() - 2); i < hit.start(); i++) {
      if ("到在赴".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern PLACE_AFTER =
      java.util.regex.Pattern.compile("中心|工作站|服务站|工作室|大厅|窗口");

  /** The sentence's topic: its first topic word, or the section's topic when it names that too. */
  Block primary(Sentence s) {
    if (s.hits.isEmpty()) {
      return running;
    }
    Block sectionTopic = sectionTopic(s.fragment.node());
    for (Hit hit : s.hits) {
      if (hit.block() == sectionTopic) {
        return sectionTopic;
      }
    }
    return s.hits.get(0).block();
  }

  /**
   * The blocks a figure may belong to, in the order to try them. When its clause names a topic: the
   * blocks it names, nearest before the figure first, then after it; then the weak ones, the
   * inherited topic and the sentence's. When it names none: the inherited topic first.
   */
  static List<Block> candidates(ClauseTopic clause, Block primary, Figure f) {
    List<Block> candidates = new ArrayList<>();
    List<Hit> strong = new ArrayList<>(clause.strong());
    strong.sort(
        Comparator.comparingInt(
            (Hit hit) ->
                hit.end() <= f.start() ? f.start() - hit.end() : 100_000 + hit.start() - f.end()));
    if (strong.isEmpty() && clause.inherited() != null) {
      candidates.add(clause.inherited());
    }
    for (Hit hit : strong) {
      add(candidates, hit.block());
    }
    for (Hit hit : clause.weak()) {
      add(candidates, hit.block());
    }
    add(candidates, clause.inherited());
    add(candidates, primary);
    return candidates;
  }

  /**
   * The blocks a label paired with a figure ({@code 行政复议维持率、行政诉讼胜诉率分别为…}) may speak of: the topics
   * the label names, unless they are cues of the clause's topic ({@code 行政案件} among legal aid's
   * case types); then the figure's own candidates.
   */
  static List<Block> labelCandidates(String label, ClauseTopic clause, Block primary, Figure f) {
    List<Block> blocks = new ArrayList<>();
    List<Block> weak = new ArrayList<>();
    for (Hit hit : hits(label, new boolean[label.length()])) {
      boolean cue = isCueOf(clause.topic(), label.substring(hit.start(), hit.end()), false);
      add(cue ? weak : blocks, hit.block());
    }
    for (Block block : candidates(clause, primary, f)) {
      add(blocks, block);
    }
    for (Block block : weak) {
      add(blocks, block);
    }
    return blocks;
  }

  /** The blocks a clause's words may speak of, without a figure: those it names, then inherits. */
  static List<Block> blocksNamed(ClauseTopic clause, Block primary) {
    List<Block> blocks = new ArrayList<>();
    for (int i = clause.strong().size() - 1; i >= 0; i--) {
      add(blocks, clause.strong().get(i).block());
    }
    add(blocks, clause.inherited());
    for (Hit hit : clause.weak()) {
      add(blocks, hit.block());
    }
    add(blocks, primary);
    return blocks;
  }

  private static void add(List<Block> blocks, Block block) {
    if (block != null && !blocks.contains(block)) {
      blocks.add(block);
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
}
