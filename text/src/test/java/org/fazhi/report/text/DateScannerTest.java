package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.text.FigureScanner.DateMention;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The date scanner on its own: which spans of a sentence it masks (so the figure scanner reads no
 * figure there) and which dates it keeps, with their exact positions.
 */
class DateScannerTest {

  /** What one pass of the scanner leaves: the masked spans, as written, and the dates. */
  private record Read(List<String> masked, List<DateMention> dates) {}

  private static Read read(String text) {
    String digits = FigureScanner.asciiDigits(text);
    boolean[] masked = new boolean[text.length()];
    List<DateMention> dates = new ArrayList<>();
    DateScanner.arabicDates(text, digits, masked, dates);
    DateScanner.chineseDates(text, masked, dates);
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (masked[i]) {
        int start = i;
        while (i < text.length() && masked[i]) {
          i++;
        }
        runs.add(text.substring(start, i));
      }
    }
    return new Read(runs, dates);
  }

  private static List<String> masked(String text) {
    return read(text).masked();
  }

  private static List<DateMention> dates(String text) {
    return read(text).dates();
  }

  /** The date written as {@code span} (its first occurrence in {@code text}), without a time. */
  private static DateMention date(String text, String span, int year, int month, int day) {
    return time(text, span, year, month, day, -1, -1);
  }

  private static DateMention time(
      String text, String span, int year, int month, int day, int hour, int minute) {
    int start = text.indexOf(span);
    assertThat(start).as("%s in %s", span, text).isNotNegative();
    return new DateMention(start, start + span.length(), year, month, day, hour, minute);
  }

  @Nested
  class ArabicDates {
    @Test
    void aFullDate_isKeptWithItsPosition() {
      String text = "2024年3月5日\uFF0C县司法局召开全县司法行政工作会议";
      assertThat(dates(text)).containsExactly(date(text, "2024年3月5日", 2024, 3, 5));
      assertThat(masked(text)).containsExactly("2024年3月5日");
    }

    @Test
    void aDateWithATime_keepsHourAndMinute() {
      String text = "2024年5月19日3时35分在阳高县发生3.1级地震";
      assertThat(dates(text)).containsExactly(time(text, "2024年5月19日3时35分", 2024, 5, 19, 3, 35));
      assertThat(masked(text)).containsExactly("2024年5月19日3时35分");
    }

    @Test
    void aDateWithAnHourOnly_hasNoMinute() {
      String text = "于2024年8月1日9时起施行";
      assertThat(dates(text)).containsExactly(time(text, "2024年8月1日9时", 2024, 8, 1, 9, -1));
    }

    @Test
    void aDateRange_givesTheFollowingDayItsYearAndMonth() {
      String text = "2024年3月5日至7日\uFF0C举办全市行政执法人员培训班";
      assertThat(dates(text))
          .containsExactly(date(text, "2024年3月5日", 2024, 3, 5), date(text, "至7日", 2024, 3, 7));
      assertThat(masked(text)).containsExactly("2024年3月5日至7日");
    }

    @Test
    void followingDays_inAList() {
      String text = "2024年6月27日、28日\uFF0C县司法局组织开展了培训";
      assertThat(dates(text))
          .containsExactly(date(text, "2024年6月27日", 2024, 6, 27), date(text, "、28日", 2024, 6, 28));
    }

    @Test
    void aMonthAndDay_withoutYear_haveYearZero() {
      String text = "3月5日至7日\uFF0C开展“宪法宣传周”活动";
      assertThat(dates(text))
          .containsExactly(date(text, "3月5日", 0, 3, 5), date(text, "至7日", 0, 3, 7));
      assertThat(masked(text)).containsExactly("3月5日至7日");
    }

    @Test
    void aMonthAndDay_writtenWithHao() {
      String text = "12月4日、5号\uFF0C在全县开展宪法宣传活动";
      assertThat(dates(text))
          .containsExactly(date(text, "12月4日", 0, 12, 4), date(text, "、5号", 0, 12, 5));
    }

    @Test
    void fullWidthDigits_areReadAsDigits() {
      String text = "２０２４年３月５日召开常务会议";
      assertThat(dates(text)).containsExactly(date(text, "２０２４年３月５日", 2024, 3, 5));
      assertThat(masked(text)).containsExactly("２０２４年３月５日");
    }

    @Test
    void aMonthWordAtTheStart_doesNotHideTheDatesAfterIt() {
      // 月 as the sentence's first character: the search for 月 must start there
      String text = "月度例会于2024年3月5日召开\uFF0C专题会于4月8日召开";
      assertThat(dates(text))
          .containsExactly(date(text, "2024年3月5日", 2024, 3, 5), date(text, "4月8日", 0, 4, 8));
    }

    @Test
    void severalDates_eachKept() {
      String text = "1月10日启动\uFF0C3月20日验收\uFF0C2024年12月31日前完成";
      assertThat(dates(text))
          .containsExactlyInAnyOrder(
              date(text, "1月10日", 0, 1, 10),
              date(text, "3月20日", 0, 3, 20),
              date(text, "2024年12月31日", 2024, 12, 31));
    }

    @Test
    void aFigureAfterADate_isNotADay() {
      String text = "2024年3月5日受理3件";
      assertThat(dates(text)).containsExactly(date(text, "2024年3月5日", 2024, 3, 5));
      assertThat(masked(text)).containsExactly("2024年3月5日");
    }
  }

  @Nested
  class YearsAndMonths {
    @ParameterizedTest(name = "{0} masks {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "截至2024年11月底\uFF0C共受理案件35件|2024年11月",
          "2024年12月上旬\uFF0C开展专项督查|2024年12月",
          "2024年 3月起施行|2024年 3月",
          "2024年上半年\uFF0C办理案件120件|2024年",
          "2024年度法治政府建设工作报告|2024年度",
          "2023届毕业生法律援助志愿者|2023届",
          "3月份以来\uFF0C共开展活动12场|3月",
          "1月起\uFF0C全面推行|1月",
          "12月底前完成|12月",
          "年初以来\uFF0C2024年度目标全部完成|2024年度",
        })
    void masksTheYearOrMonth(String text, String span) {
      assertThat(masked(text)).containsExactly(span);
      assertThat(dates(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "全年共办理案件35件",
          "连续6个月保持零发生",
          "历时13个月完成",
          "办理时限压缩至5个工作日",
          "年度考核结果为优秀",
          "上半年\uFF0C全县受理案件",
        })
    void aNearMiss_masksNothing(String text) {
      assertThat(masked(text)).isEmpty();
      assertThat(dates(text)).isEmpty();
    }

    @Test
    void aMonthOutsideTheCalendar_isNotMasked() {
      assertThat(masked("第13月")).isEmpty();
      assertThat(masked("0月")).isEmpty();
    }
  }

  @Nested
  class MonthRanges {
    // regression: the first month of 2024年1—6月 was read as the figure 1
    @ParameterizedTest(name = "{0} masks {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2024年1—6月\uFF0C全县受理案件35件|2024年1—6月",
          "1至11月\uFF0C共办理法律援助案件|1至11月",
          "2024年1-11月\uFF0C共调解纠纷|2024年1-11月",
          "今年3～5月开展专项行动|3～5月",
          "10—12月开展专项行动|10—12月",
        })
    void bothMonthsAreMasked(String text, String span) {
      assertThat(masked(text)).containsExactly(span);
      assertThat(dates(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"调解3—5个月的纠纷", "办结率为1—13月", "受理35—50件"})
    void aNearMiss_isNoRangeOfMonths(String text) {
      assertThat(masked(text)).doesNotContain("3—5个月", "1—13月", "35—50件");
    }
  }

  @Nested
  class YearRanges {
    @ParameterizedTest(name = "{0} masks {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2024—2026年法治宣传教育规划|2024—2026年",
          "2024年—2026年法治宣传教育规划|2024年—2026年",
          "2024 —2026年法治宣传教育规划|2024 —2026年",
          "2024— 2026年度法治宣传教育规划|2024— 2026年度",
          "研究制定改革纲要(2023至2027年)的实施方案|2023至2027年",
          "实施“八五”普法规划(2021-2025年)|2021-2025年",
        })
    void theWholeRangeIsMasked(String text, String span) {
      assertThat(masked(text)).containsExactly(span);
      assertThat(dates(text)).isEmpty();
    }

    @Test
    void aShortDashedNumber_isNoRange() {
      assertThat(masked("编号12—15的档案")).isEmpty();
    }
  }

  @Nested
  class Times {
    @ParameterizedTest(name = "{0} masks {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "当日9时30分\uFF0C召开紧急会议|9时30分",
          "当日9 时30分\uFF0C召开紧急会议|9 时30分",
          "当日9时 30分\uFF0C召开紧急会议|9时 30分",
          "于上午9点30分集合|9点30分",
          "会议于14:30开始|14:30",
          "会议于14\uFF1A30开始|14\uFF1A30",
        })
    void aTimeIsMasked(String text, String span) {
      assertThat(masked(text)).containsExactly(span);
      assertThat(dates(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"聚焦重点领域", "提出3点建议", "时至今日"})
    void aNearMiss_masksNothing(String text) {
      assertThat(masked(text)).isEmpty();
    }
  }

  @Nested
  class OtherNumbers {
    @ParameterizedTest(name = "{0} masks {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "号召全县贯彻〔2024〕6号文件|〔2024〕6号",
          "印发(同法治办〔2024〕第12号)|〔2024〕第12号",
          "2024-03-05完成验收|2024-03-05",
          "-2024-3-5完成验收|2024-3-5",
          "政务服务7×24小时不打烊|7×24",
        })
    void isMasked(String text, String span) {
      assertThat(masked(text)).containsExactly(span);
      assertThat(dates(text)).isEmpty();
    }

    @Test
    void callingNumbersWithoutADocumentNumber_maskNothing() {
      assertThat(masked("号召全县干部群众\uFF0C共有3号楼")).isEmpty();
    }
  }

  @Nested
  class ChineseDates {
    @Test
    void aChineseDate_isKeptWithItsPosition() {
      String text = "二〇二四年十二月三日\uFF0C召开县委全面依法治县委员会会议";
      assertThat(dates(text)).containsExactly(date(text, "二〇二四年十二月三日", 2024, 12, 3));
      assertThat(masked(text)).containsExactly("二〇二四年十二月三日");
    }

    @Test
    void aChineseDate_afterOtherWords() {
      String text = "本办法自二〇二五年三月十五日起施行";
      assertThat(dates(text)).containsExactly(date(text, "二〇二五年三月十五日", 2025, 3, 15));
    }

    @Test
    void aChineseYearEndingInZero() {
      String text = "二〇二〇年五月一日";
      assertThat(dates(text)).containsExactly(date(text, "二〇二〇年五月一日", 2020, 5, 1));
    }

    @Test
    void aChineseYearAlone_isMaskedButNoDate() {
      assertThat(masked("二〇二四年是全面依法治县的关键之年")).containsExactly("二〇二四年");
      assertThat(dates("二〇二四年是全面依法治县的关键之年")).isEmpty();
    }

    @Test
    void aYearWordAtTheStart_doesNotHideTheChineseYearAfterIt() {
      String text = "年内\uFF0C二〇二五年三月十五日前完成";
      assertThat(dates(text)).containsExactly(date(text, "二〇二五年三月十五日", 2025, 3, 15));
      assertThat(masked("年内完成二〇二四年度目标")).containsExactly("二〇二四年");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"全年", "连续三年", "二十年来", "近十一年", "年度任务", "五年规划"})
    void yearsThatAreNoChineseYear_maskNothing(String text) {
      assertThat(masked(text)).isEmpty();
      assertThat(dates(text)).isEmpty();
    }
  }
}
