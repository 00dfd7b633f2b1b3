package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.fazhi.report.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * The test kit ships its own copy of the Yanggao JSON (the kit does not depend on this module): the
 * copy is this module's resource, byte for byte, and reads to {@link Yanggao2024#report()}.
 */
class KitYanggaoFixtureTest {
  private static final String COPY =
      "cp examples/src/main/resources/org/fazhi/report/examples/yanggao-2024.json"
          + " testing/src/main/resources/org/fazhi/report/testing/yanggao-2024.json";

  private static byte[] bytes(Class<?> owner, String resource) throws IOException {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theKitsCopy_isTheExamplesResource() throws IOException {
    assertThat(bytes(ReportFixtures.class, ReportFixtures.YANGGAO_2024_RESOURCE))
        .as("the kit's copy is stale; " + COPY)
        .isEqualTo(bytes(Yanggao2024.class, Yanggao2024.JSON_RESOURCE));
  }

  @Test
  void theKitsFixture_isTheHandBuiltReport() {
    assertThat(ReportFixtures.yanggao2024()).isEqualTo(Yanggao2024.report());
  }
}
