package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of {@code README.md} and {@code docs/*.md} points to a file or folder of the
 * project, and every link to a heading ({@code file.md#heading}) to a heading the file has.
 */
class DocsLinksTest {
  /** {@code [text](target)}, the target without a title; images too. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```$");

  @Test
  void everyRelativeLink_resolves() throws IOException {
    int links = 0;
    for (String document : DocsJavaSamplesTest.documents()) {
      Path file = DocsJavaSamplesTest.ROOT.resolve(document);
      String text = FENCED.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1);
        if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue; // https:, mailto:
        }
        links++;
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path resolved =
            path.isEmpty()
                ? file
                : file.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8));
        assertThat(Files.exists(resolved)).as("%s links to %s", document, target).isTrue();
        if (hash >= 0 && resolved.toString().endsWith(".md")) {
          assertThat(anchors(resolved))
              .as("%s links to %s", document, target)
              .contains("#" + target.substring(hash + 1));
        }
      }
    }
    assertThat(links).isGreaterThanOrEqualTo(10);
  }

  /**
   * The anchors GitHub makes of a file's headings: lower case, punctuation dropped, - for space.
   */
  private static List<String> anchors(Path markdown) throws IOException {
    String text = FENCED.matcher(Files.readString(markdown, StandardCharsets.UTF_8)).replaceAll("");
    return text.lines()
        .filter(line -> line.matches("#{1,6} .*"))
        .map(line -> line.replaceFirst("#+ ", "").strip().toLowerCase(Locale.ROOT))
        .map(heading -> "#" + heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .collect(Collectors.toList());
  }
}
