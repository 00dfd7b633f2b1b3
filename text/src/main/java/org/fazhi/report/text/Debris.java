package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text extraction leaves in numbers: digits broken by a space ({@code 1 5起}, from a PDF),
 * which cannot be told apart from two numbers, and document numbers in full-width digits ({@code
 * 〔２０２４〕３号}). Found on the sentence with its digits made ASCII, so positions match.
 */
final class Debris {
  /**
   * A digit run, a space, and a digit run, not a year and its month: {@code 1 5起}, {@code 9 8.6%}.
   */
  private static final Pattern BROKEN =
      Pattern.compile(
          "(?<![\\d.])\\d{1,4}[ \u00A0\u3000]+\\d+(?:\\.\\d+)?(?=\\s*(?:[%件起宗个人名次项条份余多])|\\s*$)");

  private static final Pattern FULL_WIDTH_NUMBER =
      Pattern.compile("[〔\\[［（(][０-９]{4}[〕\\]］）)]\\s*[０-９]+\\s*号");

  private Debris() {}

  /** The spans {@code [start, end)} of broken numbers in {@code digits}. */
  static List<int[]> brokenNumbers(String digits) {
    List<int[]> spans = new ArrayList<>();
    if (digits.indexOf(' ') < 0 && digits.indexOf('\u00A0') < 0 && digits.indexOf('\u3000') < 0) {
      return spans;
    }
    Matcher m = BROKEN.matcher(digits);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  /** The starts of document numbers written in full-width digits in {@code text}. */
  static List<Integer> fullWidthDocumentNumbers(String text) {
    List<Integer> starts = new ArrayList<>();
    if (text.indexOf('号') < 0) {
      return starts;
    }
    Matcher m = FULL_WIDTH_NUMBER.matcher(text);
    while (m.find()) {
      starts.add(m.start());
    }
    return starts;
  }
}
