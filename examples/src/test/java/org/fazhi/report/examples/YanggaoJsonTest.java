package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;

class YanggaoJsonTest {
  private static final String REGENERATE =
      "regenerate it with: mvn -B -q -pl examples -am package -DskipTests exec:java"
          + " -Dexec.args=examples/src/main/resources/org/fazhi/report/examples/yanggao-2024.json";

  private static byte[] resourceBytes() throws IOException {
    try (InputStream in = Yanggao2024.class.getResourceAsStream(Yanggao2024.JSON_RESOURCE)) {
      assertThat(in).as("resource " + Yanggao2024.JSON_RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void resource_isByteForByteWhatReportJsonWrites() throws IOException {
    byte[] written =
        ReportJson.create().write(Yanggao2024.report()).getBytes(StandardCharsets.UTF_8);

    assertThat(resourceBytes()).as("the JSON resource is stale; " + REGENERATE).isEqualTo(written);
  }

  @Test
  void json_isTheResourceText() throws IOException {
    assertThat(Yanggao2024.json())
        .isEqualTo(new String(resourceBytes(), StandardCharsets.UTF_8))
        .startsWith("{\n  \"schemaVersion\": \"1.1\",\n")
        .endsWith("}\n");
  }

  @Test
  void json_readsBackToTheReport() {
    Report read = ReportJson.create().read(Yanggao2024.json());

    assertThat(read).isEqualTo(Yanggao2024.report());
    assertThat(ReportJson.create().write(read)).isEqualTo(Yanggao2024.json());
  }

  @Test
  void json_keepsDecimalsAndApproximationsAsWritten() {
    String json = Yanggao2024.json();

    assertThat(json)
        .contains("\"value\": 1481.6,")
        .contains("\"percent\": 114.63")
        .contains("\"magnitude\": 3.9,")
        .contains("\"occurredAt\": \"2024-05-19T03:35:00+08:00\"")
        .contains(
            "\"mediated\": {\n"
                + "        \"value\": 700,\n"
                + "        \"approximation\": \"MORE_THAN\"\n"
                + "      }")
        .doesNotContain("E+", "e+", "1481.60");
  }
}
