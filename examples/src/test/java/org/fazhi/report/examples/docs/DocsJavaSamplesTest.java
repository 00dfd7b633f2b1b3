package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of {@code README.md} and {@code docs/*.md} is code a test compiles and runs. A
 * test holds each sample between two markers naming the document that shows it:
 *
 * <pre>
 *     // sample in docs/validation.md: begin
 *     ReportValidator validator = ReportValidator.create();
 *     // sample in docs/validation.md: end
 * </pre>
 *
 * The document shows the marked lines exactly, without the markers' indentation; every Java block
 * of a document is such a sample, and every sample is shown where its markers say.
 */
class DocsJavaSamplesTest {
  static final Path ROOT = Path.of("..");
  private static final Pattern MARKED =
      Pattern.compile(
          "\n( *)// sample in (\\S+): begin\n(.*?)\n *// sample in \\2: end\n", Pattern.DOTALL);
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("(?m)^```java\n(.*?)\n```$", Pattern.DOTALL);

  record Sample(String document, String code, Path source) {}

  /**
   * The marked samples of every test source of every module, and of the consumer applications under
   * {@code consumers/} (main and test sources, and their shared tests).
   */
  static List<Sample> samples() throws IOException {
    List<Sample> samples = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT, 1)) {
      sources =
          files
              .map(module -> module.resolve("src/test/java"))
              .filter(Files::isDirectory)
              .flatMap(DocsJavaSamplesTest::javaFiles)
              .collect(Collectors.toList());
    }
    Path consumers = ROOT.resolve("consumers");
    if (Files.isDirectory(consumers)) {
      javaFiles(consumers)
          .filter(f -> !f.toString().contains(File.separator + "target" + File.separator))
          .forEach(sources::add);
    }
    for (Path source : sources) {
      Matcher marked = MARKED.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (marked.find()) {
        String indent = marked.group(1);
        String code =
            marked
                .group(3)
                .lines()
                .map(
                    line ->
                        line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
                .collect(Collectors.joining("\n"));
        samples.add(new Sample(marked.group(2), code, source));
      }
    }
    return samples;
  }

  private static Stream<Path> javaFiles(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** README.md and every Markdown file under docs/, as paths relative to the project root. */
  static List<String> documents() throws IOException {
    List<String> documents = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
      files
          .filter(f -> f.toString().endsWith(".md"))
          .map(f -> ROOT.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .forEach(documents::add);
    }
    return documents;
  }

  static List<String> javaBlocks(String document) throws IOException {
    String text = Files.readString(ROOT.resolve(document), StandardCharsets.UTF_8);
    return JAVA_BLOCK.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toList());
  }

  @Test
  void everyJavaBlock_isASampleATestRuns() throws IOException {
    List<Sample> samples = samples();
    for (String document : documents()) {
      List<String> ran =
          samples.stream()
              .filter(s -> s.document().equals(document))
              .map(Sample::code)
              .collect(Collectors.toList());
      for (String block : javaBlocks(document)) {
        assertThat(ran)
            .as("%s shows a Java block no test marks as a sample:%n%s", document, block)
            .contains(block);
      }
    }
  }

  @Test
  void everySample_isShownWhereItsMarkersSay() throws IOException {
    List<Sample> samples = samples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
    for (Sample sample : samples) {
      assertThat(Files.exists(ROOT.resolve(sample.document())))
          .as("%s names %s", sample.source(), sample.document())
          .isTrue();
      assertThat(javaBlocks(sample.document()))
          .as("%s shows the sample of %s", sample.document(), sample.source())
          .contains(sample.code());
    }
  }
}
