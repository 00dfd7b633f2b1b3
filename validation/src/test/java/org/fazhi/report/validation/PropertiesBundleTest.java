package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesBundleTest {
  private static final String KEY = "org.fazhi.report.validation.rule.test";

  @TempDir Path first;
  @TempDir Path second;

  private static void write(Path dir, String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null);
  }

  @Test
  void get_walksTheCandidateLocales_mostSpecificFirst() throws IOException {
    write(first, "Test.properties", KEY + "=基础\nonly.base=基础\n");
    write(first, "Test_zh_CN.properties", KEY + "=简体\n");
    write(first, "Test_en.properties", KEY + "=English\n");
    try (URLClassLoader loader = loader()) {
      PropertiesBundle bundle = PropertiesBundle.first("Test");
      assertThat(bundle.get(KEY, Locale.SIMPLIFIED_CHINESE, loader)).isEqualTo("简体");
      assertThat(bundle.get(KEY, Locale.US, loader)).isEqualTo("English");
      assertThat(bundle.get("only.base", Locale.US, loader)).isEqualTo("基础");
      assertThat(bundle.get("absent", Locale.US, loader)).isNull();
    }
  }

  @Test
  void get_aLocaleWithoutFile_getsTheJvmDefaultsFile_elseTheBase() throws IOException {
    write(first, "Test.properties", KEY + "=基础\n");
    write(first, "Test_en.properties", KEY + "=English\n");
    Locale saved = Locale.getDefault();
    try (URLClassLoader loader = loader()) {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(PropertiesBundle.first("Test").get(KEY, Locale.FRENCH, loader))
          .isEqualTo("English");
      Locale.setDefault(Locale.GERMAN);
      assertThat(PropertiesBundle.first("Test").get(KEY, Locale.FRENCH, loader)).isEqualTo("基础");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void get_aCountryWithoutFile_getsItsLanguagesFile() throws IOException {
    write(first, "Test.properties", KEY + "=基础\n");
    write(first, "Test_zh.properties", KEY + "=中文\n");
    write(first, "Test_en.properties", KEY + "=English\n");
    Locale saved = Locale.getDefault();
    try (URLClassLoader loader = loader()) {
      Locale.setDefault(Locale.US);
      assertThat(PropertiesBundle.first("Test").get(KEY, Locale.TRADITIONAL_CHINESE, loader))
          .isEqualTo("中文");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void merged_readsEveryFileOfAName_theFirstHoldingAKeyWins() throws IOException {
    write(first, "Test.properties", KEY + "=ours\n");
    write(second, "Test.properties", KEY + "=theirs\nother.library=theirs\n");
    try (URLClassLoader loader = loader()) {
      PropertiesBundle merged = PropertiesBundle.merged("Test");
      assertThat(merged.get(KEY, Locale.ROOT, loader)).isEqualTo("ours");
      assertThat(merged.get("other.library", Locale.ROOT, loader)).isEqualTo("theirs");
      assertThat(PropertiesBundle.first("Test").get("other.library", Locale.ROOT, loader)).isNull();
    }
  }

  @Test
  void render_anApplicationsValidationMessages_overrideOurs() throws IOException {
    Rule rule = Rule.values()[0];
    write(first, "ValidationMessages.properties", rule.messageKey() + "=覆盖 {x}\n");
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader loader = loader()) {
      thread.setContextClassLoader(loader);
      assertThat(Messages.render(rule, Map.of("x", "1"), Locale.CHINA)).isEqualTo("覆盖 1");
    } finally {
      thread.setContextClassLoader(saved);
    }
    assertThat(Messages.render(rule, Map.of(), Locale.CHINA)).doesNotContain("覆盖");
  }
}
