package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.fazhi.report.json.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever the input, reading it either gives a report or fails with {@link ReportTextException} —
 * never another exception; and what it gives is coherent: every figure's target exists in the
 * report, and the outline renders back to the text unless a warning says it does not.
 *
 * <p>500 tries each: inputs are short (up to 40 pieces), and each is read in well under a
 * millisecond.
 */
class ReportTextRobustnessPropertiesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final List<String> PIECES =
      List.of(
          "阳高县2024年法治政府建设年度报告",
          "关于2024年度法治政府建设情况的报告",
          "市委、市政府\uFF1A",
          "一、",
          "二、",
          "\uFF08一\uFF09",
          "(二)",
          "1.",
          "2、",
          "３．",
          "\uFF081\uFF09",
          "①",
          "一是",
          "二是",
          "三是",
          "法治政府建设取得的成效",
          "存在的不足和原因",
          "全年共收到行政复议申请",
          "受理",
          "办结",
          "不予受理",
          "35件",
          "31",
          "4件",
          "100%",
          "114.63%",
          "700余件",
          "不少于30日",
          "5个工作日以内",
          "1.19万人次",
          "两期",
          "第三十七次",
          "常务会议",
          "审议通过",
          "2024年",
          "5月19日3时35分",
          "发生3.9级地震",
          "震源深度13公里",
          "北纬40.35度",
          "Ⅳ级响应",
          "《全面依法治省督察整改清单》",
          "《关于印发〈方案〉的通知》(同法治办〔2024〕6号)",
          "“7×24小时”",
          "法律援助",
          "人民调解",
          "公共法律服务",
          "行政诉讼",
          "出庭应诉率",
          "重大行政决策事项目录",
          "法律顾问",
          "行政执法",
          "赋权",
          "述法",
          "指示批示",
          "未发生",
          "有1名以上",
          "的行政村达",
          "\uFF0C",
          ",",
          "。",
          "\uFF1B",
          "\uFF1A",
          ":",
          "、",
          "\uFF08",
          "\uFF09",
          "“",
          "”",
          "《",
          "》",
          "\n",
          "\n",
          "\n",
          "\r\n",
          "\r",
          "\u3000",
          " ",
          "\uFEFF",
          "阳高县人民政府",
          "中共阳高县委",
          "2024年12月3日",
          "二〇二五年三月十五日",
          "扫一扫在手机上查看当前页面",
          "【打印本页】【关闭窗口】",
          "发布时间\uFF1A2025-03-28 来源\uFF1A县司法局",
          "附件\uFF1A",
          "特此报告。",
          "12348热线",
          "０",
          "９",
          "万",
          "亿",
          "余",
          "多",
          "近",
          "约",
          "超过",
          "以上",
          "个百分点",
          "同比下降",
          "县委",
          "督导各乡镇",
          "22名",
          "党政主要负责人对标建立职责清单",
          "〇一二三年",
          "九九九九年度报告",
          "由 组织开展了培训",
          "县司法局组织开展了培训",
          "执法人员",
          "制定  履行法治建设第一责任人职责清单",
          "《 》(同法治办〔2024〕1号)",
          "形成《 整改清单》",
          "根据 督察组对 进行 督察后的反馈意见",
          "  ",
          "在 发生地震",
          "99999999999999999999件",
          "九千九百亿亿亿件",
          "第一百万次常务会议",
          "（此件公开发布）",
          "零败诉",
          "无行政复议案件");

  private static final List<String> LABELS =
      List.of(
          "",
          "",
          "一、",
          "二、",
          "三、",
          "\uFF08一\uFF09",
          "\uFF08二\uFF09",
          "(一)",
          "1.",
          "2.",
          "1、",
          "３．",
          "\uFF081\uFF09",
          "①",
          "②",
          "一是",
          "二是",
          "四是");

  private static final List<String> LINE_ENDINGS = List.of("\n", "\n", "\r\n", "\r", "\n\n", " \n");

  /**
   * Report-like text: lines, each perhaps opening with a label, made of report words, figures and
   * punctuation; most inputs start with a title, so that most are read and checked.
   */
  @Provide
  Arbitrary<String> reportLike() {
    Arbitrary<String> line =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of(LABELS),
                Arbitraries.of(PIECES).list().ofMaxSize(8).map(p -> String.join("", p)),
                Arbitraries.of(LINE_ENDINGS))
            .as((label, words, end) -> label + words + end);
    Arbitrary<String> body = line.list().ofMaxSize(14).map(lines -> String.join("", lines));
    Arbitrary<String> title = Arbitraries.of("阳高县2024年法治政府建设年度报告\n", "阳高县2024年法治政府建设年度报告\n", "");
    return net.jqwik.api.Combinators.combine(title, body).as((t, b) -> t + b);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(200);
  }

  @Property(tries = 500)
  void reportLikeText_readsOrFailsCleanly_andCoherently(@ForAll("reportLike") String text) {
    check(text);
  }

  @Property(tries = 500)
  void anyText_readsOrFailsCleanly(@ForAll("anyText") String text) {
    check(text);
  }

  /** The normalized lines of {@code text} but the furniture and unattached ones, by line number. */
  static String kept(String text, TextImport result) {
    java.util.Set<Integer> dropped = new java.util.HashSet<>();
    result.getFurniture().forEach(s -> dropped.add(s.getLine()));
    result.getUnattachedText().forEach(s -> dropped.add(s.getLine()));
    List<String> lines = new ArrayList<>();
    for (SourceText.Line line : SourceText.lines(text)) {
      if (!dropped.contains(line.number())) {
        lines.add(line.text());
      }
    }
    return SourceText.join(lines);
  }

  private static void check(String text) {
    TextImport result;
    try {
      result = ReportText.parse(text);
    } catch (ReportTextException e) {
      assertThat(e.getReasons()).isNotEmpty();
      Statistics.label("outcome").collect(e.getProblem().name());
      return;
    }
    Statistics.label("outcome")
        .collect(
            result.getReport().getOutline().getSections().isEmpty()
                ? "read, no sections"
                : "read, with sections");
    JsonNode report = JSON.readTree(ReportJson.create().write(result.getReport()));
    for (TextFigure figure : result.getFigures()) {
      figure
          .getTarget()
          .ifPresent(
              pointer -> assertThat(report.at(pointer).isMissingNode()).as(pointer).isFalse());
    }
    boolean layoutWarned =
        result.getWarnings().stream()
            .anyMatch(
                w ->
                    w.getKind() == ImportWarning.Kind.LAYOUT_NOT_KEPT
                        || w.getKind() == ImportWarning.Kind.TITLE_JOINED);
    if (!layoutWarned) {
      String rendered = ReportText.render(result.getReport());
      if (result.getWarnings().stream().anyMatch(w -> w.getKind() == ImportWarning.Kind.NO_TITLE)) {
        rendered = rendered.substring(rendered.indexOf('\n') + 1); // the title made for the text
      }
      assertThat(rendered).isEqualTo(kept(text, result));
    }
  }
}
