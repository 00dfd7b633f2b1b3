package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * UTF-8 bytes are parsed as bytes, without decoding them to a string first; an error is located
 * exactly as in the same document read as text: the same pointer, line and column in characters,
 * and the same message, whatever stands before it on its line (Chinese, characters outside the
 * Basic Multilingual Plane) and whatever breaks the lines (LF, CR LF, CR).
 */
class ReportJsonBytesTest {
  private static final ReportJson JSON = ReportJson.create();

  static Stream<String> brokenDocuments() {
    String head = "{\n  \"schemaVersion\": \"1.0\",\n  \"metadata\": {\n";
    String metadata =
        "    \"division\": {\"code\": \"140221\", \"name\": \"阳高县\", \"level\": \"COUNTY\"},\n"
            + "    \"issuer\": {\"name\": \"阳高县人民政府\", \"kind\": \"GOVERNMENT\"},\n"
            + "    \"reportingYear\": 2024\n";
    return Stream.of(
        head + "    \"title\": \"阳高县😀阳高县\", \"foo\": 1,\n" + metadata + "  }\n}\n",
        head + "    \"title\": \"阳高县\", \"division\": 3,\n" + metadata + "  }\n}\n",
        (head + "    \"title\": \"阳高县\", \"reportingYear\": -1,\n" + metadata + "  }\n}\n")
            .replace("\n", "\r\n"),
        (head + "    \"title\": \"法治\" , \"title\": \"法治\",\n" + metadata + "  }\n}\n")
            .replace("\n", "\r"),
        "\uFEFF" + head + "    \"title\": \"阳高县\" x\n",
        head + "    \"title\": \"阳高县\",\n" + metadata + "  }\n} 法治",
        head + "    \"title\": null,\n" + metadata + "  }\n}\n",
        "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"阳高县\", \"reportingYear\": \"二〇二四\"}}",
        "  \"阳高县\"  ",
        "");
  }

  @ParameterizedTest
  @MethodSource("brokenDocuments")
  void anErrorInBytes_isLocatedAsInText(String json) {
    ReportJsonException fromText =
        catchThrowableOfType(
            ReportJsonException.class, () -> JSON.read(new StringReader(json), "report.json"));
    ReportJsonException fromBytes =
        catchThrowableOfType(
            ReportJsonException.class,
            () ->
                JSON.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "report.json"));
    assertThat(fromText).as("rejected as text").isNotNull();
    assertThat(fromBytes).as("rejected as bytes").isNotNull();
    assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
    assertThat(fromBytes.getProblem()).isEqualTo(fromText.getProblem());
    assertThat(fromBytes.getColumn()).isEqualTo(fromText.getColumn());
  }
}
