package org.fazhi.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A class path that cannot run Jackson 3 gives one clear exception, never a linkage error. (The
 * consumer builds under consumers/ prove it on real class paths: without Jackson 3, and with a
 * jackson-annotations too old for it.)
 */
class JacksonRuntimeTest {
  @Test
  void aWorkingClassPath_buildsTheValue() {
    assertThat(JacksonRuntime.jackson3("ReportJson", () -> "built")).isEqualTo("built");
  }

  @Test
  void aLinkageError_becomesAnIllegalStateException_thatNamesBothVersionsAndTheMissingClass() {
    NoClassDefFoundError missing =
        new NoClassDefFoundError("com/fasterxml/jackson/annotation/JsonSerializeAs");

    assertThatThrownBy(
            () ->
                JacksonRuntime.jackson3(
                    "ReportJson",
                    () -> {
                      throw missing;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(missing)
        .hasMessageStartingWith(
            "ReportJson cannot run on this class path: tools.jackson.core:jackson-databind 3.3.0"
                + " with com.fasterxml.jackson.core:jackson-annotations 2.23 fails: class"
                + " com.fasterxml.jackson.annotation.JsonSerializeAs is missing.")
        .hasMessageContaining("Import tools.jackson:jackson-bom before the framework's BOM");
  }

  @Test
  void theRootCause_isTheDeepestOne() {
    Throwable initFailed =
        new ExceptionInInitializerError(
            new NoClassDefFoundError("com/fasterxml/jackson/annotation/JsonApplyView"));

    assertThat(JacksonRuntime.rootCause(initFailed))
        .isEqualTo("class com.fasterxml.jackson.annotation.JsonApplyView is missing");
    assertThat(JacksonRuntime.rootCause(new ExceptionInInitializerError("boom")))
        .isEqualTo("ExceptionInInitializerError (boom)");
  }

  @Test
  void lazily_buildsOnce_andTriesAgainAfterAFailure() {
    AtomicInteger attempts = new AtomicInteger();
    java.util.function.Supplier<String> value =
        JacksonRuntime.lazily(
            "FactsCsv",
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new NoClassDefFoundError("tools/jackson/dataformat/csv/CsvMapper");
              }
              return "built " + attempts.get();
            });

    assertThatThrownBy(value::get).isInstanceOf(IllegalStateException.class);
    assertThat(value.get()).isEqualTo("built 2");
    assertThat(value.get()).isEqualTo("built 2");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void nothingIsRememberedOfAFailure() {
    AtomicInteger attempts = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(
              () ->
                  JacksonRuntime.jackson3(
                      "FactsCsv",
                      () -> {
                        attempts.incrementAndGet();
                        throw new NoClassDefFoundError("tools/jackson/dataformat/csv/CsvMapper");
                      }))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(attempts).hasValue(2);
  }

  @Test
  void theVersionOfAJar_isReadFromItsManifest_andAMissingClassHasNone() {
    assertThat(JacksonRuntime.version(JacksonRuntime.JACKSON3_MAPPER)).contains("3.3.0");
    assertThat(JacksonRuntime.version("tools.jackson.NoSuchClass")).isEmpty();
  }
}
