package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.text.FigureScanner.Figure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureScannerTest {

  private static List<String> written(String sentence) {
    return FigureScanner.scan(sentence).figures().stream()
        .map(Figure::written)
        .collect(Collectors.toList());
  }

  private static Quantity only(String sentence) {
    List<Figure> figures = FigureScanner.scan(sentence).figures();
    assertThat(figures).as(sentence).hasSize(1);
    return figures.get(0).quantity();
  }

  @Nested
  class Figures {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "共收到行政复议申请35件|35件",
          "调解数量达700余件|700余件",
          "开设维护防火隔离带300多公里|300余公里",
          "项目总投资1481.6万元|1481.6万元",
          "接待群众来访1.19万人次|1.19万人次",
          "占年度任务114.63%|114.63%",
          "群众满意度９８．５％|98.5%",
          "追回欠薪300余万元|300余万元",
          "追回欠薪300万余元|300余万元",
          "受益群众15万余人次|15余万人次",
          "受益群众15余万人次|15余万人次",
          "受理法律援助案件１５６件|156件",
          "受众近5000人次|近5000人次",
          "发放宣传资料约3万份|约3万份",
          "开展普法活动超过200场|超过200场",
          "播放量逾10万次|超过10万次",
          "调解成功率95%以上|95%以上",
          "即办件占比达到60%左右|约60%",
          "征求意见期限不少于30日|30日以上",
          "办理时限压缩至5个工作日以内|5个工作日以内",
          "处5000元以下罚款|5000元以内",
          "审批时间不超过3天|3天以内",
          "抽查比例不高于5%|5%以内",
          "参训人员不到10人|10人以内",
          "覆盖率不足60%|60%以内",
          "配备救援装备482件套|482件套",
          "行政诉讼败诉率同比下降7.01个百分点|7.01个百分点",
          "全年办件1,309,526件|1309526件",
          "法治文化长廊总长85千米|85千米",
          "争取专项资金2.5亿元|2.5亿元",
          "分两期赴中国消防救援学院开展培训|2期",
          "全县二十二名乡镇司法所工作人员|22名",
          "向全县十个乡镇下放|10个",
          "下放行政执法事项共计八十五项|85项",
          "群众满意率达百分之九十五|95%",
          "连续四年开展活动|4年",
          "二十余名律师参加|20余名",
          "其中受理31,办结|31",
        })
    void reads(String sentence, String canonical) {
      assertThat(only(sentence)).hasToString(canonical);
    }

    @Test
    void keepsWhatWasWritten_markersAndFullWidthDigits() {
      assertThat(written("征求意见期限一般不少于30日\uFF0C群众满意度９８．５％。")).containsExactly("不少于30日", "９８．５％");
    }

    @Test
    void upperBounds_areAtMost_withTheMarkerAsWritten() {
      List<Figure> figures = FigureScanner.scan("办理时限压缩至5个工作日以内\uFF0C不超过3次。").figures();
      assertThat(figures)
          .extracting(Figure::approximation)
          .containsExactly(Approximation.AT_MOST, Approximation.AT_MOST);
      assertThat(figures).extracting(Figure::written).containsExactly("5个工作日以内", "不超过3次");
    }

    @Test
    void moreThanBeforeOrAfterTheScale_isTheSameFigure() {
      Quantity before = only("追回欠薪300余万元");
      assertThat(before).isEqualTo(only("追回欠薪300万余元"));
      assertThat(before).isEqualTo(Quantity.parse("300余万元"));
      assertThat(before.getScale()).isEqualTo(Scale.TEN_THOUSAND);
      assertThat(before.getUnit()).contains(Unit.YUAN);
    }

    @Test
    void severalInOneSentence_inOrder() {
      assertThat(written("共受理法律援助案件95件\uFF0C办结42件\uFF0C提供法律咨询524件。"))
          .containsExactly("95件", "42件", "524件");
    }
  }

  @Nested
  class NoFigures {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2024年\uFF0C在市委、市政府的坚强领导下",
          "研究制定改革纲要(2023—2027年)的实施方案",
          "2024年5月19日3时35分在阳高县",
          "2024年6月27日、28日\uFF0C县司法局组织开展了培训",
          "二〇二四年十二月三日",
          "大同市《关于印发〈整改方案〉的通知》(同法治办〔2024〕6号)",
          "出台了《阳高县2024年度行政执法监督工作方案》",
          "改造完成政务大厅“7×24小时不打烊”政务服务超市",
          "已经县人民政府第三十七次常务会议审议通过",
          "省委依法治省办第四督察组",
          "启动智慧政务大厅二期项目建设",
          "12348热线接听群众来电",
          "推进5G网络建设",
          "全面落实行政执法三项制度",
          "增强“四个意识”、做到“两个维护”",
          "将法律知识送进千家万户",
          "传承“调解工作十法”",
          "县乡村三级公共法律服务平台",
          "党的二十大和二十届三中全会精神",
          "填补了一项空白",
          "主要内容如下:1.加强领导",
          "其中(1)为新增事项",
          "3月份以来",
        })
    void isRead(String sentence) {
      assertThat(written(sentence)).isEmpty();
    }

    @Test
    void datesAndTimes_areReadApart() {
      List<FigureScanner.DateMention> dates =
          FigureScanner.scan("2024年6月27日、28日\uFF0C2024年5月19日3时35分发生地震").dates();
      assertThat(dates)
          .extracting(
              d -> d.year() + "-" + d.month() + "-" + d.day() + " " + d.hour() + ":" + d.minute())
          .containsExactly("2024-6-27 -1:-1", "2024-6-28 -1:-1", "2024-5-19 3:35");
    }

    @Test
    void ordinals_areReadApart() {
      assertThat(FigureScanner.scan("经县人民政府第三十七次常务会议审议通过").ordinals())
          .extracting(FigureScanner.Ordinal::value)
          .containsExactly(37L);
    }
  }

  @Nested
  class AsCounts {
    @Test
    void aWholeNumberWrittenWithDecimals_isThatWholeNumber() {
      // found by the robustness property: 1.0件 once failed the count's invariant
      Figure figure = FigureScanner.scan("受理1.0件。").figures().get(0);
      assertThat(figure.count()).isEqualTo(Count.of(1));
    }

    @Test
    void aScaledFigure_keepsItsScale() {
      Figure figure = FigureScanner.scan("办理3.6万件。").figures().get(0);
      assertThat(figure.count().getValue()).isEqualByComparingTo("3.6");
      assertThat(figure.count().getScale()).isEqualTo(Scale.TEN_THOUSAND);
      assertThat(figure.count().minimum()).hasValue(35_500L);
      assertThat(figure.count().maximum()).hasValue(36_499L);
    }

    @Test
    void aChineseScaledFigure_keepsItsScaleAndMarker() {
      Figure figure = FigureScanner.scan("受众两万余人次。").figures().get(0);
      assertThat(figure.value()).isEqualByComparingTo("2");
      assertThat(figure.scale()).isEqualTo(Scale.TEN_THOUSAND);
      assertThat(figure.approximation()).isEqualTo(Approximation.MORE_THAN);
    }
  }

  @Nested
  class AtTheEdges {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "约3万人参加培训|约3万人",
          "超过200场|超过200场",
          "近5年来|近5年",
          "同比增长3.5|3.5",
          "其中受理1,30|1;30",
          "分别为3, 45件|3;45件",
          "分别为3、5名|3;5名",
          "受理案件12345件|12345件",
          "全年办件1,309,526件|1309526件",
          "全年办件1,234,5678元|1;234;5678元",
          "全年办件1,309,526|1;309;526",
          "落实到位．3项任务全部完成|3项",
          "解决制约3个乡镇发展的问题|3个",
          "最近3年共办理案件35件|3年;35件",
          "附近3个村|3个",
          "全县共有5A级景区2个|2个",
          "开通Z2次列车1趟|",
          "开通K3次列车|",
          "登录3a平台5次|5次",
          "安装5z系统3套|3套",
          "全县共有3个|3个",
          "增长12%|12%",
          "增长12余%|12余%",
          "1.加强领导2次|2次",
          "其中(1)为新增事项5项|5项",
          "其中（2）为新增事项5项|5项",
          "主要做法如下:1.|",
          "主要做法如下:12、|",
          "印发〈5项措施〉的通知|",
          "开展「5个一」活动|",
          "推行‘3个100%’工作法|",
          "推行“3个100%”工作法|",
          "推行\"3个100%\"工作法|",
          "政务服务7×24小时不打烊|",
          "政务服务7*24小时|",
          "开设防火隔离带300多|",
          "储备救灾物资85千克|",
          "安装光伏板5千瓦|",
          "2024年1—6月\uFF0C受理案件35件|35件",
        })
    void reads(String sentence, String expected) {
      List<String> figures =
          FigureScanner.scan(sentence).figures().stream()
              .map(f -> f.quantity().toString())
              .collect(Collectors.toList());
      assertThat(figures)
          .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(";")));
    }

    @Test
    void aMarkerAtTheStartOfTheSentence_isRead() {
      List<Figure> figures = FigureScanner.scan("约3万人参加培训").figures();
      assertThat(figures).extracting(Figure::written).containsExactly("约3万人");
      assertThat(figures).extracting(Figure::start).containsExactly(0);
      assertThat(figures).extracting(Figure::approximation).containsExactly(Approximation.ABOUT);
    }

    @Test
    void nearAfterAWordEndingInNear_isNoMarker() {
      List<Figure> figures = FigureScanner.scan("最近3年共办理案件35件").figures();
      assertThat(figures).extracting(Figure::written).containsExactly("3年", "35件");
      assertThat(figures)
          .extracting(Figure::approximation)
          .containsExactly(Approximation.EXACT, Approximation.EXACT);
    }

    @Test
    void aboutAfterAWordEndingInAbout_isNoMarker() {
      assertThat(FigureScanner.scan("解决制约3个乡镇发展的问题").figures())
          .extracting(Figure::written, Figure::approximation)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("3个", Approximation.EXACT));
    }

    @Test
    void aChineseDate_isReadApart_evenAfterAYearWord() {
      FigureScanner.Scan scan = FigureScanner.scan("年内\uFF0C二〇二四年十二月三日前完成");
      assertThat(scan.figures()).isEmpty();
      assertThat(scan.dates())
          .containsExactly(new FigureScanner.DateMention(3, 13, 2024, 12, 3, -1, -1));
    }

    @Test
    void dates_comeInTheOrderWritten() {
      assertThat(FigureScanner.scan("1月10日启动\uFF0C2024年12月31日前完成").dates())
          .extracting(FigureScanner.DateMention::month)
          .containsExactly(1, 12);
    }

    @Test
    void anOrdinalAtTheStart_isRead() {
      assertThat(FigureScanner.scan("第三十七次常务会议审议通过").ordinals())
          .extracting(FigureScanner.Ordinal::value, FigureScanner.Ordinal::start)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(37L, 0));
    }

    @Test
    void moreThanBeforeAPercent_keepsBothAsWritten() {
      assertThat(written("同比增长12余%\uFF0C占比30多%")).containsExactly("12余%", "30多%");
    }

    @Test
    void aFullWidthPointAtTheStart_isNoDecimalPoint() {
      assertThat(written("．3项任务全部完成")).containsExactly("3项");
    }
  }

  @Test
  void aNumberOfMoreDigitsThanAFigureHas_isNoFigure() {
    String thirty = "1".repeat(FigureScanner.MAX_FIGURE_DIGITS);
    assertThat(FigureScanner.scan("受理" + thirty + "件。").figures()).hasSize(1);
    assertThat(FigureScanner.scan("受理" + thirty + "1件。").figures()).isEmpty();
    assertThat(FigureScanner.scan("受理1" + ",000".repeat(10) + "件。").figures()).isEmpty();
  }
}
