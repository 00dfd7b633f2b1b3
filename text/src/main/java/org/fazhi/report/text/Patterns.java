package org.fazhi.report.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.figure.ChineseNumerals;

/**
 * The sentence patterns of facts that are not single figures: duty and rectification lists, the
 * documents and inspections behind them, emergencies, meetings, activities, and the words that
 * frame labels and titles. Data for {@link FigureExtractor}.
 */
final class Patterns {
  private Patterns() {}

  // ------------------------------------------------------------------------------------------
  // Duty lists and rectification lists

  /** A list named by its title: 《…清单》. */
  static final Pattern TITLED_LIST = Pattern.compile("《([^《》]{2,60}?清单)》");

  /** A first-responsible-person list named by whose duties it sets: 制定县委、县政府主要负责人…第一责任人职责清单. */
  static final Pattern OWNED_LIST =
      Pattern.compile(
          "(?:制定|出台|印发|建立)(?:了|出台了?)?([^\uFF0C,。\uFF1B;《》]{2,24}?)(?:履行)?(?:推进)?(?:法治建设|法治政府建设)?"
              + "第一责任人(?:职责)?清单");

  /** A count of holders of a list: 22名党政主要负责人对标建立职责清单. */
  static final Pattern HELD_LIST =
      Pattern.compile(
          "([0-9０-９]+|[二三四五六七八九十百两]+)(名|个|家|位)([^\uFF0C,。\uFF1B;0-9]{2,20}?)(?:对标|对照|参照|均|全部|已)?"
              + "(?:建立|制定|编制|梳理)(?:了)?([^\uFF0C,。\uFF1B;]{0,8}?)(职责清单|责任清单|权力清单|清单)");

  /** Verbs that open a clause before the holders of a list: 督导各乡镇 → 各乡镇. */
  static final Pattern LEADING_VERB = Pattern.compile("^(?:督导|推动|组织|指导|要求|督促|推进|促进|带动|引导)");

  /** The inspection a rectification answers: 根据…督察组对…进行实地督察后的反馈意见. */
  static final Pattern INSPECTION =
      Pattern.compile(
          "根据([^\uFF0C,。\uFF1B;]{2,30}?(?:督察组|巡视组|巡察组|督导组|检查组))对[^。\uFF1B;]{0,80}?进行([^\uFF0C,。\uFF1B;]{0,6}?"
              + "(?:督察|巡视|巡察|督导|检查))后的(反馈意见|反馈问题)");

  static final Pattern INSPECTION_SHORT =
      Pattern.compile(
          "(?:根据|针对|对照)([^\uFF0C,。\uFF1B;《》]{2,40}?(?:督察|巡视|巡察|审计|督导)[^\uFF0C,。\uFF1B;《》]{0,10}?"
              + "(?:反馈意见|反馈问题|发现问题))");

  /** A cited document with its number: 大同市《关于…的通知》(同法治办〔2024〕6号). */
  static final Pattern NUMBERED_DOCUMENT =
      Pattern.compile(
          "([^\uFF0C,。\uFF1B;《》]{1,30}?)《([^《》]+?)》\\s*[(\uFF08]([^()\uFF08\uFF09]{1,30}?[〔\\[［(\uFF08]\\d{4}[〕\\]］)\uFF09]\\d+号)[)\uFF09]");

  static final Pattern CONJUNCTION = Pattern.compile("以及|及|和|与|根据|按照|依据|结合|并|、|对照");

  /** The kind of a duty list from its title or the words naming it. */
  static DutyListKind dutyListKind(String words, String sentence) {
    if (words.contains("第一责任人")) {
      return DutyListKind.FIRST_RESPONSIBLE_PERSON;
    }
    if (words.contains("学法")) {
      return DutyListKind.LEADERS_STUDY;
    }
    if (words.contains("权力")) {
      return DutyListKind.POWERS;
    }
    if (words.contains("职责清单") && sentence.contains("第一责任人")) {
      return DutyListKind.FIRST_RESPONSIBLE_PERSON;
    }
    if (words.contains("责任") || words.contains("职责")) {
      return DutyListKind.RESPONSIBILITIES;
    }
    return DutyListKind.OTHER;
  }

  // ------------------------------------------------------------------------------------------
  // Emergencies and meetings

  private record KindWord(String word, EmergencyKind kind) {}

  private static final List<KindWord> EMERGENCY_KINDS =
      List.of(
          new KindWord("地震", EmergencyKind.EARTHQUAKE),
          new KindWord("森林草原火灾", EmergencyKind.FOREST_FIRE),
          new KindWord("森林火灾", EmergencyKind.FOREST_FIRE),
          new KindWord("草原火灾", EmergencyKind.FOREST_FIRE),
          new KindWord("山火", EmergencyKind.FOREST_FIRE),
          new KindWord("洪涝", EmergencyKind.FLOOD),
          new KindWord("洪水", EmergencyKind.FLOOD),
          new KindWord("内涝", EmergencyKind.FLOOD),
          new KindWord("汛情", EmergencyKind.FLOOD),
          new KindWord("山体滑坡", EmergencyKind.GEOLOGICAL_HAZARD),
          new KindWord("滑坡", EmergencyKind.GEOLOGICAL_HAZARD),
          new KindWord("泥石流", EmergencyKind.GEOLOGICAL_HAZARD),
          new KindWord("地面塌陷", EmergencyKind.GEOLOGICAL_HAZARD),
          new KindWord("地质灾害", EmergencyKind.GEOLOGICAL_HAZARD),
          new KindWord("暴雨", EmergencyKind.OTHER_NATURAL_DISASTER),
          new KindWord("冰雹", EmergencyKind.OTHER_NATURAL_DISASTER),
          new KindWord("干旱", EmergencyKind.OTHER_NATURAL_DISASTER),
          new KindWord("暴雪", EmergencyKind.OTHER_NATURAL_DISASTER),
          new KindWord("事故", EmergencyKind.ACCIDENT),
          new KindWord("疫情", EmergencyKind.PUBLIC_HEALTH),
          new KindWord("食物中毒", EmergencyKind.PUBLIC_HEALTH),
          new KindWord("群体性事件", EmergencyKind.SOCIAL_SECURITY));

  static final Pattern MAGNITUDE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*级\\s*地震");
  static final Pattern DEPTH =
      Pattern.compile("震源深度\\s*(?:约)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:公里|千米|km)");
  static final Pattern LATITUDE = Pattern.compile("(北纬|南纬)\\s*(\\d+(?:\\.\\d+)?)\\s*度");
  static final Pattern LONGITUDE = Pattern.compile("(东经|西经)\\s*(\\d+(?:\\.\\d+)?)\\s*度");
  static final Pattern PLACE =
      Pattern.compile("在([^\uFF0C,。\uFF1B;0-9]{2,15}?)(?:境内)?(?:北纬|南纬|东经|西经|发生)");
  static final Pattern RESPONSE =
      Pattern.compile("(Ⅳ|Ⅲ|Ⅱ|Ⅰ|IV|III|II|I|四|三|二|一)\\s*级\\s*(?:应急)?响应");

  /** The emergency kind named right after {@code 发生} (within a few words), if one is. */
  static Optional<EmergencyKind> emergencyKind(String afterEvent) {
    String window = afterEvent.substring(0, Math.min(afterEvent.length(), 16));
    int best = Integer.MAX_VALUE;
    EmergencyKind found = null;
    for (KindWord kind : EMERGENCY_KINDS) {
      int at = window.indexOf(kind.word());
      if (at >= 0 && at < best) {
        best = at;
        found = kind.kind();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The kind word itself, for the description. */
  static String emergencyWord(String afterEvent) {
    String window = afterEvent.substring(0, Math.min(afterEvent.length(), 16));
    int best = Integer.MAX_VALUE;
    String found = null;
    for (KindWord kind : EMERGENCY_KINDS) {
      int at = window.indexOf(kind.word());
      if (at >= 0 && at < best) {
        best = at;
        found = kind.word();
      }
    }
    return found;
  }

  static Optional<ResponseLevel> responseLevel(String numeral) {
    switch (numeral) {
      case "Ⅰ":
      case "I":
      case "一":
        return Optional.of(ResponseLevel.LEVEL_I);
      case "Ⅱ":
      case "II":
      case "二":
        return Optional.of(ResponseLevel.LEVEL_II);
      case "Ⅲ":
      case "III":
      case "三":
        return Optional.of(ResponseLevel.LEVEL_III);
      case "Ⅳ":
      case "IV":
      case "四":
        return Optional.of(ResponseLevel.LEVEL_IV);
      default:
        return Optional.empty();
    }
  }

  /** A numbered meeting: 县人民政府第三十七次常务会议. */
  static final Pattern MEETING =
      Pattern.compile(
          "([^\uFF0C,。\uFF1B;]{0,14}?)第\\s*([0-9]+|[一二三四五六七八九十百零〇两]+)\\s*次"
              + "([^\uFF0C,。\uFF1B;第]{0,8}?会议)");

  static final Pattern MEETING_LEAD = Pattern.compile("^(?:目前|已经|已|经过|经|由|提交|提请|在|通过)+");

  static final Pattern APPROVAL = Pattern.compile("审议通过|研究通过|审定|通过|批准");

  static long sessionNumber(String numeral) {
    return Character.isDigit(numeral.charAt(0))
        ? Long.parseLong(FigureScanner.asciiDigits(numeral))
        : ChineseNumerals.parse(numeral).orElse(-1);
  }

  // ------------------------------------------------------------------------------------------
  // Activities, labels and titles

  /** An activity stated without figures: 县司法局组织开展了2024年度…培训. */
  static final Pattern ORGANIZED_ACTIVITY =
      Pattern.compile(
          "^([^\uFF0C,。\uFF1B;]{2,14}?)组织(?:开展|举办|召开|实施)?了?([^\uFF0C,。\uFF1B;]{2,40}?(?:培训班|培训|大讲堂|讲座|专题学法|学法活动|集中学法))$");

  /** Words that lead a clause and say nothing of what is counted. */
  static final Pattern LEADING_FILLER =
      Pattern.compile(
          "^(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年(?:度)?(?:以来)?|今年(?:以来)?|全年|本年度|年度|去年|"
              + "截至目前|截止目前|截至|目前|当前|年内|近年来|同时|其中|共计|共有|共|累计|合计|总计|另有|连续|"
              + "另|此外|期间|先后|并|还|均|分别|依法|全县|全市|全区|全镇|全乡)");

  /** Words that end the words before a figure and say nothing of what is counted. */
  static final Pattern TRAILING_FILLER =
      Pattern.compile(
          "(?:分别达到|分别达|分别为|分别是|均达到|均达|均为|均是|达到了|达到|数量达|数量为|总数达|总数为|"
              + "压缩至|缩短至|压减至|减少至|降低至|下降至|降至|提高至|提升至|控制在|"
              + "共计|累计|合计|共有|共|达|为|是|约|有|至|超过|近|逾)$");

  /**
   * {@code text} without a {@link #TRAILING_FILLER} at its end. The pattern is tried only on the
   * last characters (its longest word has four), not from every character as a plain replace would.
   */
  static String withoutTrailingFiller(String text) {
    Matcher m = TRAILING_FILLER.matcher(text).region(Math.max(0, text.length() - 5), text.length());
    return m.find() ? text.substring(0, m.start()) : text;
  }

  /** Words that open an activity's name and say nothing of it. */
  static final Pattern ACTIVITY_FILLER =
      Pattern.compile(
          "^(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年(?:度)?(?:以来)?|今年(?:以来)?|全年|本年度|共计|共|累计|"
              + "主持召开|召开|组织开展了|组织开展|组织举办|组织参加|组织|开展了|开展|举办了|举办|参加了|参加|先后|其中|"
              + "分别|先后|深入|集中)");

  /**
   * What follows an organ that is not the organizer of an activity but part of its name: 县委常委会会议.
   */
  static final Pattern NOT_AN_ORGANIZER_AFTER = Pattern.compile("常委|常务|会议|党组|主要负责|领导|班子|机关");

  /** Words that end like an organ but are none: 领导干部, 全部. */
  static final Pattern NOT_AN_ORGAN = Pattern.compile("(?:干部|全部|内部|外部|局部|部分)$");

  /** What a correction rate is computed over: \uFF08按审结案件计算\uFF09. */
  static final Pattern RATE_BASIS =
      Pattern.compile(
          "(?:按|以)[^\uFF0C,。]{0,8}?(办结|结案|审结|受理|收到|收案|申请)[^\uFF0C,。]{0,6}?(?:计算|计|为基数|为分母)");

  static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\uFF0C,、\uFF1A:\uFF1B;\\s]+");

  static final Pattern ORGAN =
      Pattern.compile("^[^、\uFF0C,“”\"]{1,14}?(?:委员会|办公室|人民政府|政府|党校|中心|部|厅|局|办|委|院)");
}
