package org.fazhi.report.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Yanggao 2024 report as published on the web, a test resource copied byte for byte. */
final class PublishedText {
  /** The line web copies add after the signature: page furniture, no part of the report. */
  static final String FURNITURE = "扫一扫在手机上查看当前页面";

  private PublishedText() {}

  /** The published text as it was fetched: no final line break, the furniture line last. */
  static String asPublished() {
    try (InputStream in = PublishedText.class.getResourceAsStream("yanggao-2024.txt")) {
      if (in == null) {
        throw new IllegalStateException("test resource yanggao-2024.txt missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report's text: the published text without its last line (the furniture), with {@code \n}
   * line endings and a final {@code \n}.
   */
  static String report() {
    String text = asPublished().replace("\r\n", "\n");
    String suffix = "\n" + FURNITURE;
    if (!text.endsWith(suffix)) {
      throw new IllegalStateException("the published text no longer ends with the furniture line");
    }
    return text.substring(0, text.length() - FURNITURE.length());
  }
}
