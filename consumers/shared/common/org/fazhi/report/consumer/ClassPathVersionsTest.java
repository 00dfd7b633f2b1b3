package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The build really ran on the versions the framework's BOM manages (set per consumer in its POM):
 * otherwise every other test here would prove nothing about that framework.
 */
class ClassPathVersionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jackson2, com.fasterxml.jackson.databind.ObjectMapper",
    "jackson3, tools.jackson.databind.json.JsonMapper",
    "annotations, com.fasterxml.jackson.annotation.JsonProperty",
    "hv, org.hibernate.validator.HibernateValidator"
  })
  void theClassPathHasTheManagedVersion(String library, String className) {
    assertThat(versionOf(className)).isEqualTo(System.getProperty("expected." + library));
  }

  static String versionOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClassPathVersionsTest.class.getClassLoader());
      String version = type.getPackage().getImplementationVersion();
      return version == null ? "unknown" : version;
    } catch (ClassNotFoundException e) {
      return "absent";
    }
  }
}
