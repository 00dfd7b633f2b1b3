package org.fazhi.report.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the hostile-text corpus, {@code text/src/test/resources/hostile-text/}, and its manifest:
 * what {@link ReportText} does with binary bytes, PDF, Word and image files, an HTML page, a short
 * report with every line ending and with tabs and full-width spaces, pathological repetitions
 * (short: the long ones are {@link ImportGrowthTest}'s), and empty or blank input. Each outcome is
 * a refusal with its reasons or the import's summary ({@link HostileTextOutcomes}). Run from the
 * repository root into an emptied folder:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -pl text -am \
 *     -Dmdep.outputFile=/tmp/text-cp.txt -Dmdep.includeScope=test
 * rm -rf text/src/test/resources/hostile-text
 * java -cp text/target/test-classes:text/target/classes:$(cat /tmp/text-cp.txt) \
 *     org.fazhi.report.text.HostileTextCorpusGenerator text/src/test/resources/hostile-text
 * </pre>
 */
final class HostileTextCorpusGenerator {
  /** A short report: title, preamble, sections, run-in children with figures, signature. */
  static final String BASE =
      String.join(
          "\n",
          "阳高县2024年法治政府建设年度报告",
          "2024年,阳高县着力提高法治建设水平。现将2024年法治政府建设工作情况报告如下:",
          "一、法治政府建设取得的成效",
          "(一)强化政治统领,统筹推进法治政府建设",
          "一是全面抓好理论武装。今年组织开展专题学法、专题培训5次。二是注重抓好统筹推进。召开会议4次,细化分解28项重点任务。",
          "(二)深化行政复议",
          "全年共收到行政复议申请35件,受理31件,办结29件。",
          "二、存在的不足和原因",
          "法治宣传的针对性有待加强。",
          "阳高县人民政府",
          "2024年12月3日",
          "");

  private HostileTextCorpusGenerator() {}

  /** The documents, by file name: {@code .txt} is UTF-8 text, {@code .bin} exact bytes. */
  static Map<String, byte[]> documents() {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    text(documents, "base-lf", BASE);
    lineEndings(documents);
    spaces(documents);
    binaries(documents);
    html(documents);
    repetitions(documents);
    blanks(documents);
    return documents;
  }

  private static void text(Map<String, byte[]> documents, String name, String text) {
    documents.put(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(Map<String, byte[]> documents, String name, byte[] bytes) {
    documents.put(name + ".bin", bytes);
  }

  private static void lineEndings(Map<String, byte[]> documents) {
    String[][] endings = {
      {"crlf", "\r\n"},
      {"cr", "\r"},
      {"nel", "\u0085"},
      {"ls", "\u2028"},
      {"ps", "\u2029"},
      {"vt", "\u000B"},
      {"ff", "\f"},
      {"lfcr", "\n\r"},
      {"double-lf", "\n\n"}
    };
    for (String[] ending : endings) {
      text(documents, "ending-" + ending[0], BASE.replace("\n", ending[1]));
    }
    text(documents, "ending-mixed", BASE.replaceFirst("\n", "\r\n").replaceFirst("\n", "\r"));
    text(documents, "ending-none", BASE.substring(0, BASE.length() - 1));
    bytes(documents, "ending-crlf-bom", concat(bom(), BASE.replace("\n", "\r\n")));
  }

  private static void spaces(Map<String, byte[]> documents) {
    String[][] spaces = {
      {"tab", "\t"},
      {"full-width", "\u3000\u3000"},
      {"nbsp", "\u00A0"},
      {"spaces", "    "},
      {"zero-width", "\u200B"},
      {"bom", "\uFEFF"}
    };
    for (String[] space : spaces) {
      text(documents, "indent-" + space[0], BASE.replaceAll("(?m)^(?=.)", space[1]));
      text(documents, "trailing-" + space[0], BASE.replaceAll("(?m)(?<=.)$", space[1]));
    }
    text(documents, "inner-tabs", BASE.replace(",", ",\t").replace("。", "。\t"));
    text(documents, "inner-full-width-spaces", BASE.replace("件", "\u3000件"));
    text(documents, "full-width-digits", BASE.replace("35", "３５").replace("31", "３１"));
  }

  private static byte[] bom() {
    return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  }

  private static byte[] concat(byte[] first, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void binaries(Map<String, byte[]> documents) {
    Random random = new Random(12);
    byte[] noise = new byte[1024];
    random.nextBytes(noise);
    bytes(documents, "binary-random", noise);
    bytes(documents, "binary-zeros", new byte[256]);
    bytes(documents, "binary-nul-in-report", concat(new byte[0], BASE.replace("一、", "一\u0000、")));
    String pdf =
        "%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
            + "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (2024 Report) Tj ET\n"
            + "endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    bytes(documents, "pdf", pdf.getBytes(StandardCharsets.ISO_8859_1));
    bytes(
        documents,
        "pdf-ascii-only",
        pdf.replace("%\u00E2\u00E3\u00CF\u00D3\n", "").getBytes(StandardCharsets.ISO_8859_1));
    byte[] deflated = new byte[64];
    random.nextBytes(deflated);
    ByteArrayOutputStream pdfStream = new ByteArrayOutputStream();
    pdfStream.writeBytes("%PDF-1.7\n4 0 obj\n<< /Filter /FlateDecode >>\nstream\n".getBytes());
    pdfStream.writeBytes(deflated);
    pdfStream.writeBytes("\nendstream\n%%EOF\n".getBytes());
    bytes(documents, "pdf-deflated-stream", pdfStream.toByteArray());
    byte[] zip = {
      0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00
    };
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    docx.writeBytes(zip);
    docx.writeBytes("[Content_Types].xml".getBytes());
    docx.writeBytes(deflated);
    bytes(documents, "docx-header", docx.toByteArray());
    byte[] doc = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    bytes(documents, "doc-ole-header", doc);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    bytes(documents, "png-header", png);
    bytes(documents, "gbk-report", BASE.getBytes(java.nio.charset.Charset.forName("GBK")));
    bytes(documents, "utf16le-report", BASE.getBytes(StandardCharsets.UTF_16LE));
    bytes(documents, "utf16-bom-report", BASE.getBytes(StandardCharsets.UTF_16));
    byte[] cut = BASE.getBytes(StandardCharsets.UTF_8);
    bytes(documents, "utf8-cut-in-a-character", java.util.Arrays.copyOf(cut, cut.length - 3));
  }

  private static void html(Map<String, byte[]> documents) {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>阳高县2024年法治政府建设年度报告</title>\n"
                + "<style>p { text-indent: 2em; }</style>\n"
                + "<script>var _hmt = _hmt || [];</script>\n</head>\n<body>\n");
    for (String line : BASE.split("\n")) {
      page.append("<p>").append(line).append("</p>\n");
    }
    page.append("</body>\n</html>\n");
    text(documents, "html-page", page.toString());
    text(documents, "html-one-line", page.toString().replace("\n", ""));
    text(
        documents,
        "html-entities",
        BASE.replace(",", "&#65292;").replace("。", "&#x3002;").replace("一、", "一&nbsp;、"));
    text(documents, "html-br", BASE.replace("\n", "<br/>"));
  }

  private static void repetitions(Map<String, byte[]> documents) {
    String title = "阳高县2024年法治政府建设年度报告\n";
    Map<String, String> repeated = new LinkedHashMap<>();
    repeated.put("labels", "一、\n".repeat(500));
    repeated.put("numbered-sections", numbered(500));
    repeated.put("nested-labels", "(一)一是1.(1)①".repeat(200) + "\n");
    repeated.put("digits", "1".repeat(5_000) + "件\n");
    repeated.put("digit-products", "7×24".repeat(1_000) + "小时\n");
    repeated.put("thousands-chain", "1,000".repeat(1_000) + "件\n");
    repeated.put("figures", "受理31件,".repeat(500) + "\n");
    repeated.put("dates", "2024年1月1日".repeat(500) + "\n");
    repeated.put("book-titles", "《条例》".repeat(1_000) + "\n");
    repeated.put("full-stops", "。".repeat(2_000) + "\n");
    repeated.put("clauses", "一是加强。".repeat(500) + "\n");
    repeated.put("respectively", "分别为" + "1件、".repeat(500) + "\n");
    repeated.put("percentages", "100%".repeat(1_000) + "\n");
    repeated.put("titles", title.repeat(200));
    repeated.put("signatures", "阳高县人民政府\n2024年12月3日\n".repeat(200));
    repeated.put("furniture", "扫一扫在手机上查看当前页面\n打印本页\n".repeat(200));
    repeated.put("long-line", "法治".repeat(2_000) + "\n");
    for (Map.Entry<String, String> repetition : repeated.entrySet()) {
      text(documents, "repeat-" + repetition.getKey(), title + repetition.getValue());
    }
  }

  private static String numbered(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(i).append(". 第").append(i).append("项\n");
    }
    return text.toString();
  }

  private static void blanks(Map<String, byte[]> documents) {
    String[][] blanks = {
      {"empty", ""},
      {"space", " "},
      {"newlines", "\n\n\n"},
      {"crlfs", "\r\n\r\n"},
      {"tabs", "\t\t"},
      {"full-width-spaces", "\u3000\u3000\u3000"},
      {"bom-only", "\uFEFF"},
      {"zero-width", "\u200B"},
      {"nbsp", "\u00A0"},
      {"furniture-only", "打印本页\n扫一扫在手机上查看当前页面\n"},
      {"title-only", "阳高县2024年法治政府建设年度报告\n"},
      {"one-word", "报告"},
      {"no-report", "今天天气很好。\n明天也很好。\n"}
    };
    for (String[] blank : blanks) {
      text(documents, "blank-" + blank[0], blank[1]);
    }
    bytes(documents, "blank-empty-file", new byte[0]);
    bytes(documents, "blank-bom-only-file", bom());
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    Files.createDirectories(root);
    List<String> manifest = new ArrayList<>();
    manifest.add(
        "# The hostile-text corpus: one document a line, with what ReportText does with it.");
    manifest.add(
        "# Written by HostileTextCorpusGenerator, checked by HostileTextCorpusTest; see"
            + " HostileTextOutcomes.");
    manifest.add("# case\toutcome");
    for (Map.Entry<String, byte[]> document : documents().entrySet()) {
      Path file = root.resolve(document.getKey());
      Files.write(file, document.getValue());
      manifest.add(document.getKey() + "\t" + HostileTextOutcomes.outcome(file, document.getKey()));
    }
    Files.writeString(
        root.resolve("manifest.tsv"), String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    System.out.println(documents().size() + " cases written to " + root);
  }
}
