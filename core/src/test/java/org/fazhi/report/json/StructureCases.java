package org.fazhi.report.json;

import static org.fazhi.report.json.CorpusDocument.text;
import static org.fazhi.report.json.HostileCorpusGenerator.BASE;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.json.HostileCorpusGenerator.Expect;

/**
 * The structure category of the hostile-input corpus: empty input, documents that are no object,
 * the base report cut short at every line and inside tokens, trailing content, and bombs just past
 * the reader's limits (nesting, names, long arrays). Bombs that need megabytes (a string, a
 * document, a token count past its limit) are built at test time, by the {@code limit_…} tests of
 * {@link ReportJsonHostileInputTest} for the reader and by {@link SymmetricLimitsTest} for the
 * builders and the writer.
 */
final class StructureCases {
  private static final String CATEGORY = "structure/";

  private StructureCases() {}

  static List<CorpusDocument> documents() {
    List<CorpusDocument> documents = new ArrayList<>();
    emptyAndNoObject(documents);
    truncated(documents);
    trailing(documents);
    nesting(documents);
    names(documents);
    arrays(documents);
    return documents;
  }

  private static void emptyAndNoObject(List<CorpusDocument> documents) {
    documents.add(text(CATEGORY + "empty", 1, "", Expect.MALFORMED_JSON));
    documents.add(text(CATEGORY + "whitespace", 1, " \n\t\r\n ", Expect.MALFORMED_JSON));
    documents.add(text(CATEGORY + "newline", 1, "\n", Expect.MALFORMED_JSON));
    String[][] values = {
      {"array", "[]"},
      {"array-of-report", "[" + BASE + "]"},
      {"string", "\"report\""},
      {"integer", "42"},
      {"decimal", "1.5"},
      {"true", "true"},
      {"false", "false"},
      {"null", "null"},
      {"empty-object", "{}"},
      {"word", "report"},
      {"close-brace", "}"},
      {"close-bracket", "]"},
      {"colon", ":"},
      {"comma", ","},
      {"comment", "// a report\n" + BASE},
      {"single-quoted", "{'schemaVersion': '1.1'}"},
      {"unquoted-key", "{schemaVersion: \"1.1\"}"}
    };
    for (String[] value : values) {
      Expect expect =
          switch (value[0]) {
            case "empty-object" -> Expect.MISSING_PROPERTY;
            case "array",
                "array-of-report",
                "string",
                "integer",
                "decimal",
                "true",
                "false",
                "null" ->
                Expect.WRONG_TYPE;
            default -> Expect.MALFORMED_JSON;
          };
      documents.add(text(CATEGORY + "toplevel-" + value[0], 1, value[1], expect));
    }
  }

  /** The base report cut short after each of its lines, and inside each kind of token. */
  private static void truncated(List<CorpusDocument> documents) {
    String[] lines = BASE.split("\n", -1);
    int end = 0;
    for (int i = 0; i < lines.length - 2; i++) {
      end += lines[i].length() + 1;
      documents.add(
          text(
              CATEGORY + "cut-after-line-" + (i + 1),
              i + 1,
              BASE.substring(0, end),
              Expect.MALFORMED_JSON));
    }
    // Where the document stops: just before a marker of the base report, then a text.
    String[][] cuts = {
      {"in-a-key", "\"schemaVersion\"", "\"schemaV"},
      {"after-a-key", "\"title\"", "\"title\""},
      {"after-a-colon", "\"title\"", "\"title\":"},
      {"in-a-string", "\"title\"", "\"title\": \"t"},
      {"in-an-escape", "\"title\"", "\"title\": \"t\\u00"},
      {"after-a-backslash", "\"title\"", "\"title\": \"t\\"},
      {"in-a-number", "\"received\"", "\"received\": 3"},
      {"in-a-decimal", "\"received\"", "\"received\": 3."},
      {"in-an-exponent", "\"received\"", "\"received\": 3e"},
      {"in-an-exponent-sign", "\"received\"", "\"received\": 3e-"},
      {"after-a-minus", "\"received\"", "\"received\": -"},
      {"in-true", "\"received\"", "\"received\": tr"},
      {"in-null", "\"received\"", "\"received\": nu"},
      {"after-a-comma", "\"accepted\"", ""},
      {"in-an-array", "\"kind\"", ""},
      {"before-the-last-brace", "}\n\n", "}\n"}
    };
    for (String[] cut : cuts) {
      int at =
          cut[0].equals("before-the-last-brace") ? BASE.lastIndexOf('}') : BASE.indexOf(cut[1]);
      if (at < 0) {
        throw new IllegalStateException("no " + cut[1]);
      }
      String document =
          cut[0].equals("before-the-last-brace")
              ? BASE.substring(0, at)
              : BASE.substring(0, at) + cut[2];
      documents.add(
          text(
              CATEGORY + "cut-" + cut[0],
              document.split("\n", -1).length,
              document,
              Expect.MALFORMED_JSON));
    }
  }

  private static void trailing(List<CorpusDocument> documents) {
    int last = BASE.split("\n", -1).length;
    String[][] tails = {
      {"brace", "}"},
      {"bracket", "]"},
      {"object", "{}"},
      {"report", BASE},
      {"word", "x"},
      {"comma", ","},
      {"colon", ":"},
      {"null", "null"},
      {"number", "0"},
      {"string", "\"\""},
      {"quote", "\""},
      {"line-comment", "// end"},
      {"block-comment", "/* end */"},
      {"nul-escape", "\\u0000"},
      {"html", "<html></html>"}
    };
    for (String[] tail : tails) {
      documents.add(
          text(CATEGORY + "trailing-" + tail[0], last, BASE + tail[1], Expect.TRAILING_CONTENT));
    }
  }

  /**
   * Sections nested {@code levels} deep, without white space: each level is two levels of JSON (an
   * object and its children array), and a heading one more.
   */
  static String nested(int levels) {
    StringBuilder json =
        new StringBuilder(
            "{\"schemaVersion\":\"1.1\",\"metadata\":{\"title\":\"t\"},\"outline\":{\"sections\":[");
    for (int i = 0; i < levels; i++) {
      json.append("{\"heading\":{\"text\":\"h\",\"placement\":\"OWN_LINE\"}");
      if (i + 1 < levels) {
        json.append(",\"children\":[");
      }
    }
    for (int i = 0; i < levels; i++) {
      json.append(i + 1 < levels ? "}]" : "}");
    }
    return json.append("]}}").toString();
  }

  private static void nesting(List<CorpusDocument> documents) {
    // Thirty levels are the most an outline may have (Section.MAX_DEPTH) and read; the reader's
    // depth limit (64) stops anything deeper before the builder sees it.
    for (int levels : new int[] {30, 31, 32, 40, 100, 501, 1001}) {
      // The deepest outline that reads is in the writer's form, so that it reads as written.
      String document =
          levels <= 30
              ? ReportJson.create().write(ReportJson.create().read(nested(levels)))
              : nested(levels);
      Expect expect = levels <= 30 ? Expect.ACCEPTED : Expect.LIMIT_EXCEEDED;
      documents.add(text(CATEGORY + "sections-" + levels + "-deep", 1, document, expect));
    }
    StringBuilder arrays = new StringBuilder("{\"schemaVersion\":\"1.1\",\"x\":");
    arrays.append("[".repeat(65)).append("]".repeat(65)).append('}');
    documents.add(
        text(
            CATEGORY + "unknown-property-65-arrays",
            1,
            arrays.toString(),
            Expect.UNKNOWN_PROPERTY));
    String paragraphs =
        BASE.replace(
            "\"outline\": {}",
            "\"outline\": {\"preamble\": " + "[".repeat(70) + "]".repeat(70) + "}");
    documents.add(text(CATEGORY + "preamble-70-arrays", 11, paragraphs, Expect.WRONG_TYPE));
  }

  private static void names(List<CorpusDocument> documents) {
    for (int length : new int[] {256, 257, 10_000}) {
      String document = BASE.replace("\"title\": \"t\"", "\"" + "k".repeat(length) + "\": \"t\"");
      Expect expect =
          length <= ReportJson.MAX_NAME_LENGTH ? Expect.UNKNOWN_PROPERTY : Expect.LIMIT_EXCEEDED;
      documents.add(text(CATEGORY + "name-" + length + "-chars", 4, document, expect));
    }
  }

  /** Long arrays whose first element is already wrong: refused there, not after the last. */
  private static void arrays(List<CorpusDocument> documents) {
    String[][] elements = {
      {"nulls", "null"}, {"objects", "{}"}, {"arrays", "[]"}, {"blanks", "\" \""}
    };
    for (String[] element : elements) {
      String list = String.join(",", java.util.Collections.nCopies(1_000, element[1]));
      String document =
          BASE.replace("\"outline\": {}", "\"outline\": {\"preamble\": [" + list + "]}");
      Expect expect =
          switch (element[0]) {
            case "nulls" -> Expect.NULL_VALUE;
            case "blanks" -> Expect.INVALID_VALUE;
            default -> Expect.WRONG_TYPE;
          };
      documents.add(text(CATEGORY + "preamble-1000-" + element[0], 11, document, expect));
    }
  }
}
