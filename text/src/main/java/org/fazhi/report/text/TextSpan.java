package org.fazhi.report.text;

import org.immutables.value.Value;

/**
 * A line of the input that is not part of the report's outline — page furniture such as {@code
 * 扫一扫在手机上查看当前页面}, or text the importer could not attach — with where it stood.
 *
 * <p>Lines and columns count from 1 in the input as given (a byte-order mark is not counted; every
 * line break of Unicode — {@code \n}, {@code \r\n}, {@code \r}, a vertical tab, a form feed, NEL,
 * U+2028, U+2029 — ends a line); the column is that of the first character that is not white space.
 */
@Value.Immutable
@ResultStyle
public abstract class TextSpan {

  /** The text, without surrounding white space. */
  @Value.Parameter
  public abstract String getText();

  /** The line, from 1. */
  @Value.Parameter
  public abstract int getLine();

  /** The column of the first character, from 1. */
  @Value.Parameter
  public abstract int getColumn();

  static TextSpan of(String text, int line, int column) {
    return ImmutableTextSpan.of(text, line, column);
  }

  /** {@code line:column text}. */
  @Override
  public String toString() {
    return getLine() + ":" + getColumn() + " " + getText();
  }
}
