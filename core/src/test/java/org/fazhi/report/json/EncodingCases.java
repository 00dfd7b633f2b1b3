package org.fazhi.report.json;

import static org.fazhi.report.json.HostileCorpusGenerator.BASE;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.fazhi.report.json.HostileCorpusGenerator.Expect;

/**
 * The encodings category of the hostile-input corpus: the base report as bytes that are not UTF-8
 * (ill-formed sequences, overlong forms, surrogates encoded as CESU-8, code points past U+10FFFF)
 * inside a string, a key and between tokens; lone surrogates written as escapes; NUL and other
 * control characters, raw and escaped; byte order marks of each encoding, where they belong and
 * where they do not; and the whole report in UTF-16 and UTF-32. Byte-exact documents are {@code
 * .bin} files, read as streams.
 */
final class EncodingCases {
  private static final String CATEGORY = "encodings/";

  /** The line of the title in {@link HostileCorpusGenerator#BASE}. */
  private static final int TITLE_LINE = 4;

  /** The last line of {@link HostileCorpusGenerator#BASE}, empty after its final line break. */
  private static final int LAST_LINE = BASE.split("\n", -1).length;

  private EncodingCases() {}

  static List<CorpusDocument> documents() {
    List<CorpusDocument> documents = new ArrayList<>();
    malformedUtf8(documents);
    escapes(documents);
    controls(documents);
    byteOrderMarks(documents);
    return documents;
  }

  /** {@link HostileCorpusGenerator#BASE} in UTF-8 with {@code bytes} put after {@code marker}. */
  static byte[] baseWith(String marker, byte[] bytes) {
    int at = BASE.indexOf(marker) + marker.length();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BASE.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(BASE.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void malformedUtf8(List<CorpusDocument> documents) {
    String[][] sequences = {
      {"continuation-80", "80"},
      {"continuation-bf", "bf"},
      {"two-continuations", "8080"},
      {"lead-c3-alone", "c3"},
      {"lead-c3-then-ascii", "c341"},
      {"lead-e4-cut", "e4b8"},
      {"lead-e4-then-ascii", "e441"},
      {"lead-f0-cut", "f09f98"},
      {"overlong-nul-c080", "c080"},
      {"overlong-slash-c0af", "c0af"},
      {"overlong-c1bf", "c1bf"},
      {"overlong-e08080", "e08080"},
      {"overlong-e09fbf", "e09fbf"},
      {"overlong-f0808080", "f0808080"},
      {"overlong-f08fbfbf", "f08fbfbf"},
      {"five-bytes-f888808080", "f888808080"},
      {"six-bytes-fc8480808080", "fc8480808080"},
      {"byte-fe", "fe"},
      {"byte-ff", "ff"},
      {"beyond-10ffff-f4908080", "f4908080"},
      {"byte-f5", "f5808080"},
      {"cesu-high-eda080", "eda080"},
      {"cesu-low-edb080", "edb080"},
      {"cesu-pair-eda0bdedb880", "eda0bdedb880"},
      {"cesu-reversed-edb080eda080", "edb080eda080"},
      {"latin1-e9", "e9"},
      {"gbk-b7a8d6ce", "b7a8d6ce"}
    };
    for (String[] sequence : sequences) {
      byte[] bytes = HexFormat.of().parseHex(sequence[1]);
      documents.add(
          CorpusDocument.bytes(
              CATEGORY + "title-" + sequence[0],
              TITLE_LINE,
              baseWith("\"title\": \"", bytes),
              Expect.MALFORMED_JSON));
    }
    byte[] gbk = HexFormat.of().parseHex("b7a8d6ce");
    documents.add(
        CorpusDocument.bytes(
            CATEGORY + "key-gbk", 4, baseWith("\"title", gbk), Expect.MALFORMED_JSON));
    documents.add(
        CorpusDocument.bytes(
            CATEGORY + "between-tokens-ff",
            4,
            baseWith("\"title\":", new byte[] {(byte) 0xFF}),
            Expect.MALFORMED_JSON));
    byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] last = new byte[base.length + 1];
    System.arraycopy(base, 0, last, 0, base.length);
    last[base.length] = (byte) 0xC3;
    documents.add(
        CorpusDocument.bytes(CATEGORY + "last-byte-c3", LAST_LINE, last, Expect.MALFORMED_JSON));
    byte[] first = new byte[base.length + 1];
    first[0] = (byte) 0x80;
    System.arraycopy(base, 0, first, 1, base.length);
    documents.add(
        CorpusDocument.bytes(CATEGORY + "first-byte-80", 1, first, Expect.MALFORMED_JSON));
  }

  /** Escapes: lone surrogates, pairs, NUL; read from text and from bytes. */
  private static void escapes(List<CorpusDocument> documents) {
    String[][] titles = {
      {"lone-high-d800", "\\ud800", "INVALID_VALUE"},
      {"lone-high-dbff", "\\udbff", "INVALID_VALUE"},
      {"lone-low-dc00", "\\udc00", "INVALID_VALUE"},
      {"lone-low-dfff", "\\udfff", "INVALID_VALUE"},
      {"lone-high-then-text", "\\ud800x", "INVALID_VALUE"},
      {"lone-high-then-escape", "\\ud800\\u0041", "INVALID_VALUE"},
      {"two-highs", "\\ud800\\ud800", "INVALID_VALUE"},
      {"reversed-pair", "\\udc00\\ud800", "INVALID_VALUE"},
      {"text-then-lone-high", "t\\ud800", "INVALID_VALUE"},
      {"pair-then-lone-low", "\\ud840\\udc00\\udc00", "INVALID_VALUE"},
      {"high-escape-low-raw", "\\ud840\udc00", "INVALID_VALUE"},
      {"pair", "\\ud840\\udc00", "ACCEPTED_AS"},
      {"pair-uppercase", "\\uD840\\uDC00", "ACCEPTED_AS"},
      {"nul", "\\u0000", "ACCEPTED"},
      {"bom-escaped", "\\ufeff", "ACCEPTED_AS"},
      {"noncharacter-fffe", "\\ufffe", "ACCEPTED_AS"},
      {"bad-escape-x", "\\x41", "MALFORMED_JSON"},
      {"short-escape", "\\u12", "MALFORMED_JSON"},
      {"escape-non-hex", "\\u12g4", "MALFORMED_JSON"}
    };
    for (String[] title : titles) {
      String document = BASE.replace("\"title\": \"t\"", "\"title\": \"" + title[1] + "\"");
      if (title[0].equals("high-escape-low-raw")) {
        // A raw low surrogate cannot be UTF-8: the escape only, as text, is the case.
        continue;
      }
      Expect expect = Expect.valueOf(title[2]);
      documents.add(
          CorpusDocument.text(CATEGORY + "title-escape-" + title[0], TITLE_LINE, document, expect));
      if (expect == Expect.INVALID_VALUE && title[0].startsWith("lone-")) {
        documents.add(
            CorpusDocument.bytes(
                CATEGORY + "title-escape-" + title[0],
                TITLE_LINE,
                document.getBytes(StandardCharsets.UTF_8),
                expect));
      }
    }
    String[][] elsewhere = {
      {"unit", "\"unit\": \"件\"", "\"unit\": \"\\ud800\""},
      {"label", "\"label\": \"x\"", "\"label\": \"x\\udfff\""},
      {"key", "\"title\": \"t\"", "\"t\\ud800\": \"t\""},
      {"enum", "\"kind\": \"EARTHQUAKE\"", "\"kind\": \"\\ud800\""},
      {"date", "\"start\": \"2024-01-01\"", "\"start\": \"\\ud800\""},
      {"schema-version", "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"\\ud800\""}
    };
    for (String[] place : elsewhere) {
      String document = BASE.replace(place[1], place[2]);
      // Jackson refuses a broken pair in a property name itself, as malformed JSON.
      Expect expect = place[0].equals("key") ? Expect.MALFORMED_JSON : Expect.INVALID_VALUE;
      int line =
          HostileCorpusGenerator.line(
              place[1].substring(1, place[1].indexOf('"', 1)),
              place[1].substring(place[1].indexOf(": ") + 2));
      documents.add(
          CorpusDocument.text(CATEGORY + place[0] + "-lone-surrogate", line, document, expect));
    }
  }

  private static void controls(List<CorpusDocument> documents) {
    String[][] raw = {
      {"nul", "00"},
      {"tab", "09"},
      {"newline", "0a"},
      {"return", "0d"},
      {"escape", "1b"},
      {"unit-separator", "1f"}
    };
    for (String[] control : raw) {
      documents.add(
          CorpusDocument.bytes(
              CATEGORY + "title-raw-" + control[0],
              TITLE_LINE,
              baseWith("\"title\": \"t", HexFormat.of().parseHex(control[1])),
              Expect.MALFORMED_JSON));
    }
    documents.add(
        CorpusDocument.bytes(
            CATEGORY + "raw-nul-between-tokens",
            TITLE_LINE,
            baseWith("\"title\":", new byte[] {0}),
            Expect.MALFORMED_JSON));
    byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] trailingNul = new byte[base.length + 1];
    System.arraycopy(base, 0, trailingNul, 0, base.length);
    documents.add(
        CorpusDocument.bytes(
            CATEGORY + "raw-nul-after-the-report",
            LAST_LINE,
            trailingNul,
            Expect.TRAILING_CONTENT));
    documents.add(
        CorpusDocument.bytes(
            CATEGORY + "title-raw-delete",
            TITLE_LINE,
            baseWith("\"title\": \"t", new byte[] {0x7F}),
            Expect.ACCEPTED));
    String[][] escaped = {{"tab", "\\t"}, {"newline", "\\n"}, {"escape", "\\u001B"}};
    for (String[] control : escaped) {
      documents.add(
          CorpusDocument.text(
              CATEGORY + "title-escaped-" + control[0],
              TITLE_LINE,
              BASE.replace("\"title\": \"t\"", "\"title\": \"t" + control[1] + "\""),
              Expect.ACCEPTED));
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static void byteOrderMarks(List<CorpusDocument> documents) {
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    byte[] utf8 = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] utf16le = BASE.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16be = BASE.getBytes(StandardCharsets.UTF_16BE);
    Object[][] cases = {
      {"utf8-bom", concat(hex("efbbbf"), utf8), Expect.ACCEPTED},
      {"utf8-two-boms", concat(hex("efbbbfefbbbf"), utf8), Expect.MALFORMED_JSON},
      {"utf8-bom-after-whitespace", concat(hex("20efbbbf"), utf8), Expect.MALFORMED_JSON},
      {"utf8-bom-before-a-key", baseWith("{\n  ", hex("efbbbf")), Expect.MALFORMED_JSON},
      {"utf8-bom-in-a-string", baseWith("\"title\": \"", hex("efbbbf")), Expect.ACCEPTED},
      {"utf8-bom-only", hex("efbbbf"), Expect.MALFORMED_JSON},
      {"utf16le-bom", concat(hex("fffe"), utf16le), Expect.ACCEPTED},
      {"utf16be-bom", concat(hex("feff"), utf16be), Expect.ACCEPTED},
      {"utf16le", utf16le, Expect.ACCEPTED},
      {"utf16be", utf16be, Expect.ACCEPTED},
      {"utf32le-bom", concat(hex("fffe0000"), BASE.getBytes(utf32le)), Expect.ACCEPTED},
      {"utf32be-bom", concat(hex("0000feff"), BASE.getBytes(utf32be)), Expect.ACCEPTED},
      {"utf32le", BASE.getBytes(utf32le), Expect.ACCEPTED},
      {"utf32be", BASE.getBytes(utf32be), Expect.ACCEPTED},
      {"utf16le-bom-utf8-body", concat(hex("fffe"), utf8), Expect.MALFORMED_JSON},
      {"utf16be-bom-utf8-body", concat(hex("feff"), utf8), Expect.MALFORMED_JSON},
      {"utf8-bom-utf16le-body", concat(hex("efbbbf"), utf16le), Expect.MALFORMED_JSON},
      {"utf16le-odd-length", concat(utf16le, hex("7d")), Expect.MALFORMED_JSON},
      {"utf16be-cut-in-a-character", java.util.Arrays.copyOf(utf16be, 301), Expect.MALFORMED_JSON},
      {"utf16le-lone-surrogate", utf16WithTitle(hex("00d8")), Expect.MALFORMED_JSON},
      {"utf16le-pair", utf16WithTitle(hex("40d800dc")), Expect.ACCEPTED},
      {"utf16le-bom-only", hex("fffe"), Expect.MALFORMED_JSON}
    };
    for (Object[] c : cases) {
      documents.add(
          CorpusDocument.bytes(CATEGORY + (String) c[0], TITLE_LINE, (byte[]) c[1], (Expect) c[2]));
    }
  }

  /** The base report in UTF-16LE with {@code units} (little-endian code units) as its title. */
  private static byte[] utf16WithTitle(byte[] units) {
    String marker = "\"title\": \"";
    int at = BASE.indexOf(marker) + marker.length();
    return concat(
        BASE.substring(0, at).getBytes(StandardCharsets.UTF_16LE),
        units,
        BASE.substring(at + 1).getBytes(StandardCharsets.UTF_16LE));
  }
}
