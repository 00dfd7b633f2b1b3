package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: the lines a government web page puts around a report — {@code 扫一扫在手机上查看当前页面},
 * {@code 【字体\uFF1A大 中 小】}, {@code 打印本页}, {@code 关闭窗口}, {@code 上一篇\uFF1A…}, and the page's
 * information lines ({@code 发布时间\uFF1A2025-03-28 来源\uFF1A县司法局}) — which are no part of the report.
 * Information lines still tell when and by whom the report was published.
 */
final class Furniture {
  private Furniture() {}

  /** Buttons and widgets: a furniture line is made of these and nothing else. */
  private static final List<String> TOKENS =
      List.of(
          "扫一扫在手机上查看当前页面",
          "扫一扫在手机打开当前页",
          "扫一扫在手机上打开当前页面",
          "用手机扫描二维码",
          "扫一扫",
          "打印本页",
          "打印此页",
          "打印文章",
          "打印",
          "关闭窗口",
          "关闭本页",
          "关闭",
          "返回顶部",
          "返回",
          "收藏本页",
          "加入收藏",
          "收藏",
          "保存",
          "字体大中小",
          "字号大中小",
          "大中小",
          "分享到",
          "分享");

  /** A line starting with one of these is navigation or a page counter. */
  private static final Pattern NAVIGATION =
      Pattern.compile(
          "^(?:上一篇|下一篇|上一条|下一条|当前位置|您当前的位置|您现在的位置|您的位置|首页\\s*[>》]"
              + "|浏览次数|阅读次数|访问次数|点击次数|点击数|访问量|分享到|责任编辑|【责任编辑|相关链接"
              + "|【字体|字体[:\uFF1A]|字号[:\uFF1A]|\\[字体|\\[\\s*字体|二维码)");

  /** An information line of the page: key, colon, value, perhaps several on one line. */
  private static final Pattern INFO_START =
      Pattern.compile(
          "^[【\\[]?(?:发布时间|发布日期|发文日期|信息来源|来源|发布机构|发布单位|作者|索引号|主题分类"
              + "|体裁分类|信息分类|公开方式|公开范围|公开日期|生成日期|有效性|时效)\\s*[:\uFF1A]");

  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?:发布时间|发布日期|公开日期)\\s*[:\uFF1A]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]"
              + "\\s*(\\d{1,2})");

  private static final Pattern PUBLISHER =
      Pattern.compile("(?:信息来源|来源|发布机构|发布单位)\\s*[:\uFF1A]\\s*([^\\s:\uFF1A|｜]{2,40})");

  /** Whether {@code line} is page furniture. */
  static boolean isFurniture(String line) {
    if (line.length() > 120 || line.contains("。")) {
      return false;
    }
    if (NAVIGATION.matcher(line).find() || INFO_START.matcher(line).find()) {
      return true;
    }
    String rest = line.replaceAll("[\\s【】\\[\\]［］|｜/:\uFF1A·•]", "");
    if (rest.isEmpty()) {
      return false;
    }
    boolean progress = true;
    while (!rest.isEmpty() && progress) {
      progress = false;
      for (String token : TOKENS) {
        if (rest.startsWith(token)) {
          rest = rest.substring(token.length());
          progress = true;
          break;
        }
      }
    }
    return rest.isEmpty();
  }

  /** The publication date an information line states, if it states one that exists. */
  static Optional<LocalDate> publicationDate(String line) {
    Matcher m = PUBLISHED.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The publisher an information line names, if it names one. */
  static Optional<String> publisher(String line) {
    Matcher m = PUBLISHER.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
