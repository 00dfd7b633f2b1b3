package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads breakdowns of a case block's caseload by a dimension: {@code 从被申请人看，县政府12件、县直部门58件}
 * (counts), {@code 行政处罚类占38.4%} (shares), {@code 公安类47件，占32.2%} (both), {@code
 * 行政处罚类、行政强制类分别为29件、8件} (labels, then the figures). A breakdown opens with the dimension ({@code
 * 从…看}, {@code 按…分}) and runs to the end of the sentence or the next dimension; the stage it breaks
 * down ({@code 受理的案件中}, {@code 在收到的申请中}, {@code 占…受理总数}) is its basis.
 */
final class BreakdownReader {
  private static final Pattern OPENING =
      Pattern.compile("(?:从|按|分)([^\uFF0C,。；;：:]{1,10}?)(?:来看|看|分类|分布|划分|分)[\uFF0C,：:]?");
  private static final Pattern OF =
      Pattern.compile(
          "(受理|收到|办结|审结|办理)的[^\uFF0C,。；;]{0,14}?中|占[^\uFF0C,。；;\\d]{0,6}?(受理|收到|办结|审结|办理)");
  private static final Pattern RANK =
      Pattern.compile("(?:案件量|案件数|数量)?(?:居|位居|排)?(?:前|第)[一二三四五六七八九十\\d]+(?:位|名)?$");
  private static final Pattern LABEL_FILLER =
      Pattern.compile("^(?:其中|分别为|分别是|分别占|分别|为|占|有|依次为)+|(?:分别为|分别是|分别占|分别|为|占|有|共|达)+$");

  private final Map<Block, List<Breakdown>> breakdowns = new EnumMap<>(Block.class);
  private final Placements placements;

  BreakdownReader(Placements placements) {
    this.placements = placements;
  }

  List<Breakdown> of(Block block) {
    return breakdowns.getOrDefault(block, List.of());
  }

  /** A respondent named as such: 以县政府为被告的案件12件. */
  private static final Pattern AS_RESPONDENT =
      Pattern.compile("以([^\uFF0C,。\uFF1B;、]{1,12}?)为被(?:告|申请人|复议机关)的[^\uFF0C,。\uFF1B;\\d]{0,8}?$");

  /** Reads the sentence's breakdowns, claiming their figures. */
  void read(Sentence s, Topics.ClauseTopic[] topics, Block primary) {
    respondents(s, topics, primary);
    if (s.text.indexOf('看') < 0
        && s.text.indexOf('按') < 0
        && s.text.indexOf("分类") < 0
        && s.text.indexOf("分布") < 0
        && s.text.indexOf("划分") < 0) {
      return;
    }
    Matcher opening = OPENING.matcher(s.text);
    List<int[]> spans = new ArrayList<>();
    List<BreakdownDimension> dimensions = new ArrayList<>();
    List<String> words = new ArrayList<>();
    while (opening.find()) {
      Optional<BreakdownDimension> dimension = dimension(opening.group(1));
      if (dimension.isEmpty()) {
        continue;
      }
      if (!spans.isEmpty()) {
        spans.get(spans.size() - 1)[1] = opening.start();
      }
      spans.add(new int[] {opening.end(), s.text.length()});
      dimensions.add(dimension.get());
      words.add(opening.group(1));
    }
    for (int k = 0; k < spans.size(); k++) {
      Topics.ClauseTopic topic = topics[s.clauseIndex(spans.get(k)[0])];
      Block block = caseBlock(Topics.blocksNamed(topic, primary));
      if (block != null) {
        read(s, block, dimensions.get(k), words.get(k), spans.get(k)[0], spans.get(k)[1]);
      }
    }
  }

  /**
   * A breakdown by respondent written without its dimension: {@code 以县政府为被告的案件12件， 以县直部门为被告的案件36件}
   * — each figure after {@code 以…为被告的…}.
   */
  private void respondents(Sentence s, Topics.ClauseTopic[] topics, Block primary) {
    if (s.text.indexOf("为被") < 0) {
      return;
    }
    Breakdown.Builder breakdown = Breakdown.builder().dimension(BreakdownDimension.RESPONDENT);
    List<Integer> figures = new ArrayList<>();
    Block block = null;
    for (int i = 0; i < s.figures().size(); i++) {
      Figure f = s.figures().get(i);
      int from =
          Math.max(
              Clauses.clauseStart(s.text, f.start(), 0), i == 0 ? 0 : s.figures().get(i - 1).end());
      Matcher m = AS_RESPONDENT.matcher(s.text).region(from, f.start());
      if (s.claimed[i] || f.isPercent() || f.wholeNumber() < 0 || !m.find()) {
        continue;
      }
      Block here = caseBlock(Topics.blocksNamed(topics[s.clauseIndex(f.start())], primary));
      if (here == null || block != null && here != block) {
        continue;
      }
      block = here;
      breakdown.addItems(BreakdownItem.of(m.group(1).strip(), f.count()));
      figures.add(i);
    }
    if (block == null) {
      return;
    }
    List<Breakdown> list = breakdowns.computeIfAbsent(block, b -> new ArrayList<>());
    list.add(breakdown.build());
    for (int k = 0; k < figures.size(); k++) {
      placements.record(
          s,
          figures.get(k),
          TextFigure.Placement.BLOCK,
          block.pointer + "/breakdowns/" + (list.size() - 1) + "/items/" + k + "/count",
          null);
    }
  }

  private static Block caseBlock(List<Block> blocks) {
    for (Block block : blocks) {
      switch (block) {
        case RECONSIDERATION, LITIGATION, LEGAL_AID, MEDIATION, PUBLIC_LEGAL_SERVICES -> {
          return block;
        }
        default -> {}
      }
    }
    return null;
  }

  static Optional<BreakdownDimension> dimension(String words) {
    if (words.contains("被申请人")
        || words.contains("被复议")
        || words.contains("被告")
        || words.contains("被诉")) {
      return Optional.of(BreakdownDimension.RESPONDENT);
    }
    if (words.contains("类型")
        || words.contains("案由")
        || words.contains("类别")
        || words.contains("案件性质")) {
      return Optional.of(BreakdownDimension.CASE_TYPE);
    }
    if (words.contains("领域") || words.contains("行业")) {
      return Optional.of(BreakdownDimension.FIELD);
    }
    if (words.contains("地区")
        || words.contains("区域")
        || words.contains("县（市、区）")
        || words.contains("县(市、区)")
        || words.contains("地域")) {
      return Optional.of(BreakdownDimension.REGION);
    }
    return Optional.empty();
  }

  private void read(
      Sentence s, Block block, BreakdownDimension dimension, String words, int from, int to) {
    List<Integer> figures = new ArrayList<>();
    for (int i = 0; i < s.figures().size(); i++) {
      Figure f = s.figures().get(i);
      if (!s.claimed[i]
          && f.start() >= from
          && f.end() <= to
          && (f.isPercent() || f.wholeNumber() >= 0)) {
        figures.add(i);
      }
    }
    if (figures.isEmpty()) {
      return;
    }
    Breakdown.Builder breakdown = Breakdown.builder().dimension(dimension);
    Matcher of = OF.matcher(s.text).region(0, to);
    if (of.find()) {
      String stage = of.group(1) != null ? of.group(1) : of.group(2);
      breakdown.of(
          stage.equals("受理")
              ? CaseStage.ACCEPTED
              : stage.equals("收到")
                  ? CaseStage.RECEIVED
                  : stage.equals("办理") ? CaseStage.HANDLED : CaseStage.CLOSED);
    }
    List<String> labels = listedLabels(s, from, to);
    if (!labels.isEmpty()) {
      int respectively = s.text.indexOf("分别", from);
      figures.removeIf(i -> s.figures().get(i).start() < respectively);
      if (labels.size() != figures.size()) {
        labels = List.of();
      }
    }
    int total = -1;
    Figure head = s.figures().get(figures.get(0));
    if (labels.isEmpty()
        && figures.size() > 1
        && !head.isPercent()
        && s.text.substring(from, head.start()).contains("共")
        && s.text.startsWith("其中", Clauses.clauseEnd(s.text, head.end()) + 1)) {
      // 涉及…的案件共41件，其中行政处罚类27件…: the breakdown's own total, then its items
      total = figures.remove(0);
      breakdown.total(head.count());
    }
    List<BreakdownItem.Builder> items = new ArrayList<>();
    List<Integer> itemOf = new ArrayList<>();
    int previousEnd = from;
    for (int n = 0; n < figures.size(); n++) {
      int i = figures.get(n);
      Figure f = s.figures().get(i);
      String label = label(s.text.substring(previousEnd, f.start()));
      if (labels.size() == figures.size()) {
        label = labels.get(n);
      }
      BreakdownItem.Builder item;
      if (label.isEmpty() && f.isPercent() && !items.isEmpty()) {
        item = items.get(items.size() - 1); // 公安类47件，占32.2%
      } else if (label.isEmpty()) {
        previousEnd = f.end();
        continue;
      } else {
        item = BreakdownItem.builder().label(label);
        items.add(item);
      }
      if (f.isPercent()) {
        item.share(Rate.builder().percent(f.value()).approximation(f.approximation()).build());
      } else {
        item.count(f.count());
      }
      itemOf.add(i);
      itemOf.add(items.indexOf(item));
      previousEnd = f.end();
    }
    if (items.isEmpty()) {
      return;
    }
    if (dimension == BreakdownDimension.OTHER) {
      breakdown.label(words);
    }
    items.forEach(item -> breakdown.addItems(item.build()));
    List<Breakdown> list = breakdowns.computeIfAbsent(block, b -> new ArrayList<>());
    list.add(breakdown.build());
    if (total >= 0) {
      placements.record(
          s,
          total,
          TextFigure.Placement.BLOCK,
          block.pointer + "/breakdowns/" + (list.size() - 1) + "/total",
          null);
    }
    String pointer = block.pointer + "/breakdowns/" + (list.size() - 1) + "/items/";
    for (int k = 0; k < itemOf.size(); k += 2) {
      int i = itemOf.get(k);
      String field = s.figures().get(i).isPercent() ? "/share" : "/count";
      placements.record(
          s, i, TextFigure.Placement.BLOCK, pointer + itemOf.get(k + 1) + field, null);
    }
  }

  /** Labels listed before the figures and paired with them by 分别: {@code 行政处罚类、行政强制类分别为…}. */
  private static List<String> listedLabels(Sentence s, int from, int to) {
    int respectively = s.text.indexOf("分别", from);
    if (respectively < 0 || respectively >= to) {
      return List.of();
    }
    String list = s.text.substring(from, respectively).replaceFirst("[\uFF0C,\\s]+$", "");
    int cut = Math.max(list.lastIndexOf('\uFF0C'), list.lastIndexOf(','));
    list = list.substring(cut + 1);
    List<String> labels = new ArrayList<>();
    for (String part : list.split("、")) {
      String label = label(part);
      if (!label.isEmpty()) {
        labels.add(label);
      }
    }
    if (!labels.isEmpty()) {
      // the last two may be joined by 和 or 及 (行政确认类和其他类), but 和 may be part of a name
      String last = labels.get(labels.size() - 1);
      String[] pair = last.split("和|及", 2);
      if (pair.length == 2 && pair[1].endsWith("类") && pair[0].endsWith("类")) {
        labels.set(labels.size() - 1, pair[0]);
        labels.add(pair[1]);
      }
    }
    return labels;
  }

  /** The words of an item before its figure, without filler and the stage they break down. */
  static String label(String words) {
    String text = words.strip();
    int cut =
        Math.max(
            Math.max(text.lastIndexOf('\uFF0C'), text.lastIndexOf('\uFF1B')),
            Math.max(
                text.lastIndexOf('、'), Math.max(text.lastIndexOf(','), text.lastIndexOf(';'))));
    text = text.substring(cut + 1);
    text = OF.matcher(text).replaceAll("");
    String previous;
    do {
      previous = text;
      text = LABEL_FILLER.matcher(text.strip()).replaceAll("");
    } while (!text.equals(previous));
    text = RANK.matcher(text).replaceFirst("");
    text = text.replaceFirst("(?:领域)?(?:案件|申请)$", "");
    return text.strip();
  }
}
