package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class Utf8PropertiesTest {
  @Property
  void length_isTheNumberOfBytesTheEncoderWrites(
      @ForAll @CharRange(from = '\uD800', to = '\uDFFF') @Chars({'a', 'é', '法', '\u0800', '\u07FF'})
          String text) {
    assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }
}
