package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.report.text.ReportText;
import org.junit.jupiter.api.Test;

class Yanggao2024Test {

  @Test
  void render_givesThePublishedTextWithoutTheFurnitureLine() {
    assertThat(ReportText.render(Yanggao2024.report())).isEqualTo(PublishedText.report());
  }
}
