package org.fazhi.report.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the hostile-input corpus, {@code core/src/test/resources/hostile/}, and the manifest line
 * that states what each reader does with each document: here the numbers, types and dates
 * categories — every numeric field kind of the model crossed with the number spellings a hostile or
 * careless writer uses, each other kind of value given every other JSON type, dates — one document
 * each; then the categories of {@link StructureCases}, {@link DuplicateCases}, {@link
 * EncodingCases} and {@link VersionCases}.
 *
 * <p>Each document is {@link #BASE}, a report as {@link ReportJson} writes it, with one value
 * replaced. The kind of outcome {@link ReportJson} must give is stated here, by rule, for every
 * case ({@link Expect}); the generator refuses to write a manifest where the reader disagrees, and
 * records the exact pointer, location and message, which {@link HostileCorpusTest} then holds the
 * readers to. It writes every category; run it from the repository root into an emptied folder:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -pl core \
 *     -Dmdep.outputFile=/tmp/core-cp.txt -Dmdep.includeScope=test
 * rm -rf core/src/test/resources/hostile
 * java -cp core/target/test-classes:core/target/classes:$(cat /tmp/core-cp.txt) \
 *     org.fazhi.report.json.HostileCorpusGenerator core/src/test/resources/hostile
 * </pre>
 */
final class HostileCorpusGenerator {
  /** The document every case varies: one value of every numeric kind, as the writer writes it. */
  static final String BASE =
      """
      {
        "schemaVersion": "1.1",
        "metadata": {
          "title": "t",
          "reportingYear": 2024,
          "period": {
            "start": "2024-01-01",
            "end": "2024-12-31"
          }
        },
        "outline": {},
        "statistics": {
          "reconsideration": {
            "received": 35,
            "accepted": {
              "value": 3.6,
              "scale": "TEN_THOUSAND"
            },
            "correctionRate": {
              "percent": 13.79
            }
          }
        },
        "decisions": {},
        "enforcement": {
          "penaltyAmount": {
            "amount": 86.5,
            "unit": "TEN_THOUSAND_YUAN"
          }
        },
        "accountability": {},
        "emergencies": [
          {
            "kind": "EARTHQUAKE",
            "occurredAt": "2024-05-19T03:35:00+08:00",
            "magnitude": 3.9,
            "depthKilometres": 13,
            "epicenter": {
              "latitude": 40.35,
              "longitude": 113.78
            }
          }
        ],
        "indicators": [
          {
            "label": "x",
            "quantity": {
              "value": 1481.6,
              "unit": "件"
            }
          }
        ]
      }
      """;

  /** The kind of outcome {@link ReportJson} must give. */
  enum Expect {
    ACCEPTED,
    ACCEPTED_AS,
    INVALID_VALUE,
    WRONG_TYPE,
    MALFORMED_JSON,
    LIMIT_EXCEEDED,
    NULL_VALUE,
    UNSUPPORTED_SCHEMA_VERSION,
    DUPLICATE_KEY,
    TRAILING_CONTENT,
    MISSING_PROPERTY,
    UNKNOWN_PROPERTY,
    /** A known defect: read as another value. */
    SILENTLY_CHANGED
  }

  /** A number spelling and what the reader must do with it in a field of some kind. */
  record Token(String text, Expect expect, String heldAs) {}

  /** A field of the base document: its name in file names, the line's key and its base value. */
  record Slot(String category, String name, String key, String baseValue, List<Token> tokens) {}

  private static final String DIGITS_30 = "123456789012345678901234567890";

  private HostileCorpusGenerator() {}

  static Token ok(String text) {
    return new Token(text, Expect.ACCEPTED, null);
  }

  static Token as(String text, String heldAs) {
    return new Token(text, Expect.ACCEPTED_AS, heldAs);
  }

  static Token no(String text, Expect expect) {
    return new Token(text, expect, null);
  }

  /** Spellings that no number field accepts, whatever its kind. */
  static List<Token> neverNumbers() {
    return List.of(
        no("NaN", Expect.MALFORMED_JSON),
        no("Infinity", Expect.MALFORMED_JSON),
        no("-Infinity", Expect.MALFORMED_JSON),
        no("+1", Expect.MALFORMED_JSON),
        no("01", Expect.MALFORMED_JSON),
        no("-01", Expect.MALFORMED_JSON),
        no("00", Expect.MALFORMED_JSON),
        no(".5", Expect.MALFORMED_JSON),
        no("1.", Expect.MALFORMED_JSON),
        no("1e", Expect.MALFORMED_JSON),
        no("0x10", Expect.MALFORMED_JSON),
        no("１２", Expect.MALFORMED_JSON),
        no("-", Expect.MALFORMED_JSON),
        no("--1", Expect.MALFORMED_JSON),
        no("\"12\"", Expect.WRONG_TYPE),
        no("\"1e99999999\"", Expect.WRONG_TYPE),
        no("\"NaN\"", Expect.WRONG_TYPE),
        no("true", Expect.WRONG_TYPE),
        no("[12]", Expect.WRONG_TYPE),
        no("null", Expect.NULL_VALUE),
        no("1".repeat(65), Expect.LIMIT_EXCEEDED),
        no("1e" + "9".repeat(63), Expect.LIMIT_EXCEEDED),
        no("-0", Expect.INVALID_VALUE),
        no("-0.0", Expect.INVALID_VALUE),
        no("-0e5", Expect.INVALID_VALUE));
  }

  /** Spellings for a decimal field; {@code signed} if it holds negative numbers. */
  static List<Token> decimals(boolean signed) {
    Expect negative = signed ? Expect.ACCEPTED : Expect.INVALID_VALUE;
    List<Token> tokens = new ArrayList<>(neverNumbers());
    tokens.addAll(
        List.of(
            ok("0"),
            ok("0.5"),
            ok("1481.60"),
            ok(DIGITS_30),
            ok("0." + DIGITS_30),
            ok(DIGITS_30 + "." + DIGITS_30),
            no("-" + DIGITS_30 + "." + DIGITS_30, negative),
            no("-1.5", negative),
            as("1e3", "1000"),
            as("1E+3", "1000"),
            as("2.50E1", "25.0"),
            as("12345e-2", "123.45"),
            as("1e29", "1" + "0".repeat(29)),
            as("1e-30", "0." + "0".repeat(29) + "1"),
            as("0e99999999", "0"),
            as("0E-30", "0." + "0".repeat(30)),
            no("1e30", Expect.INVALID_VALUE),
            no("1e65", Expect.INVALID_VALUE),
            no("1e400", Expect.INVALID_VALUE),
            no("1e9999999", Expect.INVALID_VALUE),
            no("1e99999999", Expect.INVALID_VALUE),
            no("-1e65", Expect.INVALID_VALUE),
            no("1e-31", Expect.INVALID_VALUE),
            no("1e-400", Expect.INVALID_VALUE),
            no("1e-99999", Expect.INVALID_VALUE),
            no("1e-99999999", Expect.INVALID_VALUE),
            no("1e2147483648", Expect.INVALID_VALUE),
            as("1e0000000000003", "1000"),
            no("0E-31", Expect.INVALID_VALUE),
            no("1" + DIGITS_30, Expect.INVALID_VALUE),
            no("0.0" + DIGITS_30, Expect.INVALID_VALUE)));
    return tokens;
  }

  /** Spellings for an integer field in {@code [min, max]} that holds {@code sample}. */
  static List<Token> integers(String sample, boolean negativeInvalid) {
    List<Token> tokens = new ArrayList<>(neverNumbers());
    tokens.addAll(
        List.of(
            ok(sample),
            no("-1", negativeInvalid ? Expect.INVALID_VALUE : Expect.ACCEPTED),
            no(sample + ".0", Expect.WRONG_TYPE),
            no(sample + ".5", Expect.WRONG_TYPE),
            no("1e3", Expect.WRONG_TYPE),
            no("1e99999999", Expect.WRONG_TYPE),
            no("1e-99999999", Expect.WRONG_TYPE)));
    return tokens;
  }

  static List<Slot> slots() {
    List<Token> count = new ArrayList<>(integers("35", true));
    count.addAll(
        List.of(
            ok("0"),
            ok(String.valueOf(Long.MAX_VALUE)),
            no("9223372036854775808", Expect.WRONG_TYPE),
            no("99999999999999999999", Expect.WRONG_TYPE)));
    List<Token> year = new ArrayList<>(integers("2024", true));
    year.addAll(
        List.of(
            no("999", Expect.INVALID_VALUE),
            no("10000", Expect.INVALID_VALUE),
            no("2147483648", Expect.INVALID_VALUE)));
    List<Token> scaledCount = new ArrayList<>(neverNumbers());
    scaledCount.addAll(
        List.of(
            ok("0.0001"),
            ok("3.6000"),
            ok("922337203685477.5807"),
            as("1e3", "1000"),
            as("3.6e0", "3.6"),
            no("3.60000", Expect.INVALID_VALUE),
            no("922337203685477.5808", Expect.INVALID_VALUE),
            no("-3.6", Expect.INVALID_VALUE),
            no("1e65", Expect.INVALID_VALUE),
            no("1e99999999", Expect.INVALID_VALUE),
            no("1e-99999", Expect.INVALID_VALUE)));
    return List.of(
        new Slot("numbers", "quantity", "value", "1481.6", decimals(true)),
        new Slot("numbers", "rate", "percent", "13.79", decimals(false)),
        new Slot("numbers", "money", "amount", "86.5", decimals(true)),
        new Slot("numbers", "latitude", "latitude", "40.35", decimals(true)),
        new Slot("numbers", "longitude", "longitude", "113.78", decimals(true)),
        new Slot("numbers", "magnitude", "magnitude", "3.9", decimals(true)),
        new Slot("numbers", "depth", "depthKilometres", "13", decimals(true)),
        new Slot("numbers", "count", "received", "35", count),
        new Slot("numbers", "scaledcount", "value", "3.6", scaledCount),
        new Slot("numbers", "year", "reportingYear", "2024", year));
  }

  /** Values of other JSON types than {@code kind} ("string", "enum", "object"), and nulls. */
  static List<Token> otherTypes(String kind) {
    List<Token> tokens = new ArrayList<>();
    if (!kind.equals("string") && !kind.equals("enum")) {
      tokens.add(no("\"x\"", Expect.WRONG_TYPE));
    }
    tokens.addAll(
        List.of(
            no("5", Expect.WRONG_TYPE),
            no("1.5", Expect.WRONG_TYPE),
            no("true", Expect.WRONG_TYPE),
            no("false", Expect.WRONG_TYPE),
            no("null", Expect.NULL_VALUE)));
    if (!kind.equals("object")) {
      tokens.add(no("{}", Expect.WRONG_TYPE));
      tokens.add(no("{\"value\": \"x\"}", Expect.WRONG_TYPE));
    }
    tokens.add(no("[]", Expect.WRONG_TYPE));
    tokens.add(no("[\"x\"]", Expect.WRONG_TYPE));
    return tokens;
  }

  /** {@code base} and {@code more}; a token of {@code more} replaces one of the same text. */
  static List<Token> withAll(List<Token> base, Token... more) {
    List<Token> tokens = new ArrayList<>(base);
    for (Token token : more) {
      tokens.removeIf(t -> t.text().equals(token.text()));
      tokens.add(token);
    }
    return tokens;
  }

  /**
   * A value {@link ReportJson} reads as another: a defect, stated as such in the manifest, until
   * the reader refuses it.
   */
  static Token silentlyChanged(String text, String heldAs) {
    return new Token(text, Expect.SILENTLY_CHANGED, heldAs);
  }

  /** Type confusion: each kind of non-numeric value given every other JSON type. */
  static List<Slot> typeSlots() {
    return List.of(
        new Slot(
            "types",
            "title",
            "title",
            "\"t\"",
            withAll(
                otherTypes("string"),
                no("\"\"", Expect.INVALID_VALUE),
                no("\" \"", Expect.INVALID_VALUE),
                as("\"\\u0074\"", "\"t\""))),
        new Slot(
            "types",
            "schema-version",
            "schemaVersion",
            "\"1.1\"",
            withAll(
                otherTypes("string"),
                no("1.1", Expect.WRONG_TYPE),
                no("\"2.0\"", Expect.UNSUPPORTED_SCHEMA_VERSION),
                no("\"1\"", Expect.INVALID_VALUE),
                no("\"1.1.0\"", Expect.INVALID_VALUE),
                no("\"01.1\"", Expect.INVALID_VALUE))),
        new Slot(
            "types",
            "enum",
            "kind",
            "\"EARTHQUAKE\"",
            withAll(
                otherTypes("enum"),
                no("0", Expect.WRONG_TYPE),
                no("\"earthquake\"", Expect.INVALID_VALUE),
                no("\"EARTHQUAKE \"", Expect.INVALID_VALUE),
                no("\"\"", Expect.INVALID_VALUE),
                no("\"地震\"", Expect.INVALID_VALUE))),
        new Slot(
            "types",
            "scale",
            "scale",
            "\"TEN_THOUSAND\"",
            withAll(
                otherTypes("enum"),
                // A null scale reads as left out: an exact count, which has its own form.
                no("null", Expect.INVALID_VALUE),
                no("10000", Expect.WRONG_TYPE),
                no("\"万\"", Expect.INVALID_VALUE),
                no("\"ONE\"", Expect.INVALID_VALUE))),
        new Slot(
            "types",
            "unit",
            "unit",
            "\"件\"",
            withAll(otherTypes("string"), no("\"\"", Expect.INVALID_VALUE))),
        new Slot(
            "types",
            "object",
            "outline",
            "{}",
            withAll(otherTypes("object"), no("\"\"", Expect.INVALID_VALUE))));
  }

  /** Dates and date-times: the shapes ISO-8601 allows and those it does not. */
  static List<Slot> dateSlots() {
    return List.of(
        new Slot(
            "dates",
            "start",
            "start",
            "\"2024-01-01\"",
            withAll(
                otherTypes("string"),
                // Not unwrapped: an array is never a date, empty or not.
                no("[]", Expect.WRONG_TYPE),
                ok("\"2023-12-31\""),
                ok("\"2024-02-29\""),
                no("20240101", Expect.WRONG_TYPE),
                no("\"2024-13-01\"", Expect.INVALID_VALUE),
                no("\"2024-00-01\"", Expect.INVALID_VALUE),
                no("\"2023-02-29\"", Expect.INVALID_VALUE),
                no("\"2024-04-31\"", Expect.INVALID_VALUE),
                no("\"2024-1-1\"", Expect.INVALID_VALUE),
                no("\"20240101\"", Expect.INVALID_VALUE),
                no("\"2024/01/01\"", Expect.INVALID_VALUE),
                no("\"2024年1月1日\"", Expect.INVALID_VALUE),
                no("\"2024-01-01T00:00\"", Expect.INVALID_VALUE),
                no("\"2024-01-01Z\"", Expect.INVALID_VALUE),
                no("\" 2024-01-01\"", Expect.INVALID_VALUE),
                no("\"2024-01-01 \"", Expect.INVALID_VALUE),
                no("\"+2024-01-01\"", Expect.INVALID_VALUE),
                no("\"+99999-01-01\"", Expect.INVALID_VALUE),
                ok("\"-0001-01-01\""),
                no("\"２０２４-01-01\"", Expect.INVALID_VALUE),
                no("\"\"", Expect.INVALID_VALUE),
                no("\"2025-01-01\"", Expect.INVALID_VALUE))),
        new Slot(
            "dates",
            "end",
            "end",
            "\"2024-12-31\"",
            withAll(
                otherTypes("string"),
                no("[]", Expect.WRONG_TYPE),
                ok("\"2024-06-30\""),
                no("\"2023-12-31\"", Expect.INVALID_VALUE),
                no("\"2024-12-32\"", Expect.INVALID_VALUE),
                no("\"9999999-12-31\"", Expect.INVALID_VALUE))),
        new Slot(
            "dates",
            "occurred-at",
            "occurredAt",
            "\"2024-05-19T03:35:00+08:00\"",
            withAll(
                otherTypes("string"),
                ok("\"2024-05-19T03:35:07+08:00\""),
                ok("\"2024-05-19T03:35:00Z\""),
                ok("\"2024-05-19T03:35:00.5+08:00\""),
                no("1716060900", Expect.WRONG_TYPE),
                no("1716060900.5", Expect.WRONG_TYPE),
                no("\"2024-05-19T03:35:00\"", Expect.INVALID_VALUE),
                no("\"2024-05-19\"", Expect.INVALID_VALUE),
                no("\"2024-05-19 03:35:00+08:00\"", Expect.INVALID_VALUE),
                no("\"2024-05-19T03:35:00+08:00[Asia/Shanghai]\"", Expect.INVALID_VALUE),
                no("\"2024-05-19T03:35:00+19:00\"", Expect.INVALID_VALUE),
                no("\"2024-05-19T24:00:00+08:00\"", Expect.INVALID_VALUE),
                no("\"2024-05-19T03:35:60+08:00\"", Expect.INVALID_VALUE),
                no("\"2024-05-19T03:35+08:00\"", Expect.ACCEPTED_AS),
                no("\"2024-05-19T03:35:00.000+08:00\"", Expect.ACCEPTED_AS),
                as("\"2024-05-19t03:35:00+08:00\"", "\"2024-05-19T03:35:00+08:00\""))));
  }

  /** The line (from 1) of {@code BASE} that holds {@code "key": value}. */
  static int line(String key, String value) {
    String[] lines = BASE.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.equals("\"" + key + "\": " + value)
          || line.equals("\"" + key + "\": " + value + ",")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line " + key + ": " + value);
  }

  /** {@code BASE} with the value on {@code line} replaced by {@code text}. */
  static String document(int line, String text) {
    String[] lines = BASE.split("\n", -1);
    String old = lines[line - 1];
    String key = HostileOutcomes.key(old);
    lines[line - 1] = key + text + (old.endsWith(",") ? "," : "");
    return String.join("\n", lines);
  }

  /** A file name for {@code token}: its characters, spelled where a file name cannot hold them. */
  static String name(String token) {
    StringBuilder name = new StringBuilder();
    for (char c : token.toCharArray()) {
      if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        name.append(c);
      } else {
        name.append(
            switch (c) {
              case '-' -> "minus";
              case '+' -> "plus";
              case '.' -> "dot";
              case '"' -> "quote";
              case '[' -> "open";
              case ']' -> "close";
              default -> "u" + Integer.toHexString(c);
            });
      }
    }
    return name.length() <= 48
        ? name.toString()
        : name.substring(0, 24)
            + "-"
            + token.length()
            + "chars-"
            + Integer.toHexString(token.hashCode());
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    List<String> manifest = new ArrayList<>();
    manifest.add(
        "# The hostile-input corpus: one document a line, with what each reader does with it.");
    manifest.add(
        "# Written by HostileCorpusGenerator, checked by HostileCorpusTest; see HostileOutcomes.");
    manifest.add(
        "# case\tline\tReportJson\tJackson 2 + FazhiJackson2Module\tJackson 3 + FazhiJackson3Module");
    List<String> disagreements = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    List<Slot> slots = new ArrayList<>(slots());
    slots.addAll(typeSlots());
    slots.addAll(dateSlots());
    for (Slot slot : slots) {
      int line = line(slot.key(), slot.baseValue());
      for (Token token : slot.tokens()) {
        String file = slot.category() + "/" + slot.name() + "-" + name(token.text()) + ".json";
        if (!names.add(file)) {
          throw new IllegalStateException("two cases named " + file);
        }
        String document = document(line, token.text());
        String reportJson = HostileOutcomes.reportJson(document, line);
        String expected =
            switch (token.expect()) {
              case ACCEPTED -> "accepted";
              case SILENTLY_CHANGED -> "accepted as " + token.heldAs();
              case ACCEPTED_AS -> "accepted as " + (token.heldAs() == null ? "" : token.heldAs());
              default -> "refused " + token.expect() + " ";
            };
        boolean agrees =
            token.expect() == Expect.ACCEPTED
                    || token.expect() == Expect.SILENTLY_CHANGED
                    || token.expect() == Expect.ACCEPTED_AS && token.heldAs() != null
                ? reportJson.equals(expected)
                : reportJson.startsWith(expected);
        if (!agrees) {
          disagreements.add(file + ": expected " + expected + ", got " + reportJson);
        }
        if (token.expect() == Expect.SILENTLY_CHANGED) {
          manifest.add("# KNOWN DEFECT, a silent change: " + file);
        }
        Files.createDirectories(root.resolve(slot.category()));
        Files.writeString(root.resolve(file), document, StandardCharsets.UTF_8);
        manifest.add(
            String.join(
                "\t",
                file,
                String.valueOf(line),
                reportJson,
                HostileOutcomes.jackson2(document, line),
                HostileOutcomes.jackson3(document, line)));
      }
    }
    List<CorpusDocument> documents = new ArrayList<>(StructureCases.documents());
    documents.addAll(DuplicateCases.documents());
    documents.addAll(EncodingCases.documents());
    documents.addAll(VersionCases.documents());
    for (CorpusDocument document : documents) {
      if (!names.add(document.file())) {
        throw new IllegalStateException("two cases named " + document.file());
      }
      String reportJson = document.reportJson();
      if (!document.agrees(reportJson)) {
        disagreements.add(
            document.file() + ": expected " + document.expect() + ", got " + reportJson);
      }
      Path file = root.resolve(document.file());
      Files.createDirectories(file.getParent());
      Files.write(file, document.content());
      manifest.add(
          String.join(
              "\t",
              document.file(),
              String.valueOf(document.line()),
              reportJson,
              document.jackson2(),
              document.jackson3()));
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          "the reader does not do what the rules say:\n" + String.join("\n", disagreements));
    }
    Files.writeString(
        root.resolve("manifest.tsv"), String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    System.out.println(names.size() + " cases written to " + root);
  }
}
