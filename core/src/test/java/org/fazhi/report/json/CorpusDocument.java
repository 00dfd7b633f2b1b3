package org.fazhi.report.json;

import java.nio.charset.StandardCharsets;
import org.fazhi.report.json.HostileCorpusGenerator.Expect;

/**
 * One document of a hostile-corpus category that is not one value of the base report replaced: its
 * file (a {@code .bin} file is bytes, read as a stream; any other UTF-8 text), the line of its
 * hostile part (the line an {@code accepted as} outcome names), its content, and the kind of
 * outcome {@link ReportJson} must give.
 */
record CorpusDocument(String file, int line, byte[] content, Expect expect) {
  /** A text document. */
  static CorpusDocument text(String file, int line, String content, Expect expect) {
    return new CorpusDocument(
        file + ".json", line, content.getBytes(StandardCharsets.UTF_8), expect);
  }

  /** A document of exact bytes. */
  static CorpusDocument bytes(String file, int line, byte[] content, Expect expect) {
    return new CorpusDocument(file + ".bin", line, content, expect);
  }

  boolean isBytes() {
    return file.endsWith(".bin");
  }

  /** What {@link ReportJson} does with it. */
  String reportJson() {
    return isBytes()
        ? HostileOutcomes.reportJson(content, line)
        : HostileOutcomes.reportJson(new String(content, StandardCharsets.UTF_8), line);
  }

  String jackson2() {
    return isBytes()
        ? HostileOutcomes.jackson2(content, line)
        : HostileOutcomes.jackson2(new String(content, StandardCharsets.UTF_8), line);
  }

  String jackson3() {
    return isBytes()
        ? HostileOutcomes.jackson3(content, line)
        : HostileOutcomes.jackson3(new String(content, StandardCharsets.UTF_8), line);
  }

  /** Whether {@code outcome}, what {@link ReportJson} did, is of the kind this case expects. */
  boolean agrees(String outcome) {
    return switch (expect) {
      case ACCEPTED -> outcome.equals("accepted");
      case ACCEPTED_AS, SILENTLY_CHANGED -> outcome.startsWith("accepted as ");
      default -> outcome.startsWith("refused " + expect + " ");
    };
  }
}
