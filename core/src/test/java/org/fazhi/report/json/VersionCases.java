package org.fazhi.report.json;

import static org.fazhi.report.json.HostileCorpusGenerator.BASE;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.json.HostileCorpusGenerator.Expect;

/**
 * The versions category of the hostile-input corpus: {@code schemaVersion} missing, of a major
 * version this library does not read (older or newer), of a newer or older minor version (read, and
 * written back as read), and malformed in every way a hand-edited file has it. The JSON types a
 * version is not ({@code 1.1}, {@code true}, {@code []} …) are in the types category.
 */
final class VersionCases {
  private static final String CATEGORY = "versions/";
  private static final String LINE = "\"schemaVersion\": \"1.1\",";

  private VersionCases() {}

  static List<CorpusDocument> documents() {
    List<CorpusDocument> documents = new ArrayList<>();
    documents.add(
        CorpusDocument.text(
            CATEGORY + "missing",
            1,
            BASE.replace("  " + LINE + "\n", ""),
            Expect.MISSING_PROPERTY));
    String[][] versions = {
      {"1.0", "ACCEPTED"},
      {"1.2", "ACCEPTED"},
      {"1.9", "ACCEPTED"},
      {"1.10", "ACCEPTED"},
      {"1.2147483647", "ACCEPTED"},
      {"1.2147483648", "INVALID_VALUE"},
      {"0.9", "UNSUPPORTED_SCHEMA_VERSION"},
      {"0.0", "UNSUPPORTED_SCHEMA_VERSION"},
      {"3.1", "UNSUPPORTED_SCHEMA_VERSION"},
      {"10.0", "UNSUPPORTED_SCHEMA_VERSION"},
      {"2147483647.0", "UNSUPPORTED_SCHEMA_VERSION"},
      {"2147483648.0", "INVALID_VALUE"},
      {"99999999999999999999.1", "INVALID_VALUE"},
      {"v1.1", "INVALID_VALUE"},
      {"1.1.1", "INVALID_VALUE"},
      {"1.x", "INVALID_VALUE"},
      {"1.", "INVALID_VALUE"},
      {".1", "INVALID_VALUE"},
      {"1.01", "INVALID_VALUE"},
      {"1,1", "INVALID_VALUE"},
      {"1 .1", "INVALID_VALUE"},
      {" 1.1", "INVALID_VALUE"},
      {"1.1 ", "INVALID_VALUE"},
      {"-1.1", "INVALID_VALUE"},
      {"1.-1", "INVALID_VALUE"},
      {"+1.1", "INVALID_VALUE"},
      {"１.１", "INVALID_VALUE"},
      {"1．1", "INVALID_VALUE"},
      {"1.1-SNAPSHOT", "INVALID_VALUE"},
      {"1e0.1", "INVALID_VALUE"},
      {"0x1.1", "INVALID_VALUE"}
    };
    for (String[] version : versions) {
      documents.add(
          CorpusDocument.text(
              CATEGORY + "version-" + HostileCorpusGenerator.name(version[0]),
              2,
              BASE.replace(LINE, "\"schemaVersion\": \"" + version[0] + "\","),
              Expect.valueOf(version[1])));
    }
    return documents;
  }
}
