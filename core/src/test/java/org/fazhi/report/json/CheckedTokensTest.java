package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * {@link CheckedTokens} refuses exactly the documents Jackson's strict duplicate detection refuses,
 * with its message, however the parser is moved forward: token by token, name by name, by a
 * matcher, or by skipping a structure.
 */
class CheckedTokensTest {
  private static final JsonFactory PLAIN = JsonFactory.builder().build();
  private static final JsonFactory STRICT =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Documents of nested objects and arrays whose keys come from a few letters: some repeat. */
  @Provide
  Arbitrary<String> documents() {
    return value(4);
  }

  private Arbitrary<String> value(int depth) {
    Arbitrary<String> leaf = Arbitraries.of("1", "\"x\"", "null", "true", "{}", "[]");
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> member =
        net.jqwik.api.Combinators.combine(
                Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(2),
                Arbitraries.lazy(() -> value(depth - 1)))
            .as((key, value) -> "\"" + key + "\":" + value);
    Arbitrary<String> object =
        member.list().ofMaxSize(depth == 4 ? 30 : 6).map(m -> "{" + String.join(",", m) + "}");
    Arbitrary<String> array =
        Arbitraries.lazy(() -> value(depth - 1))
            .list()
            .ofMaxSize(3)
            .map(v -> "[" + String.join(",", v) + "]");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, object),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(1, leaf));
  }

  @Property(tries = 2000)
  void tokenByToken_refusesWhatStrictDetectionRefuses(@ForAll("documents") String json) {
    assertSameOutcome(json, CheckedTokensTest::readTokens);
  }

  @Property(tries = 1000)
  void skippingEveryObject_stillRefusesItsDuplicates(@ForAll("documents") String json) {
    assertSameOutcome(
        json,
        parser -> {
          List<String> seen = new ArrayList<>();
          JsonToken token = parser.nextToken();
          seen.add(String.valueOf(token));
          if (token != null && token.isStructStart()) {
            parser.nextToken();
            if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
              parser.nextToken();
              parser.skipChildren();
            }
            readRest(parser, seen);
          }
          return seen;
        });
  }

  @Property(tries = 1000)
  void nameByName_refusesWhatStrictDetectionRefuses(@ForAll("documents") String json) {
    assertSameOutcome(
        json,
        parser -> {
          List<String> seen = new ArrayList<>();
          parser.nextToken();
          while (parser.currentToken() != null) {
            if (parser.currentToken() == JsonToken.START_OBJECT
                || parser.currentToken() == JsonToken.PROPERTY_NAME
                    && parser.streamReadContext().inObject()) {
              String name = parser.nextName();
              seen.add(name == null ? String.valueOf(parser.currentToken()) : name);
              if (name != null) {
                parser.nextToken();
                continue;
              }
            }
            seen.add(String.valueOf(parser.nextToken()));
          }
          return seen;
        });
  }

  @Test
  void aMatcher_movesThroughNamesAndRefusesTheSecond() {
    PropertyNameMatcher matcher =
        PLAIN.constructNameMatcher(List.of(Named.fromString("a"), Named.fromString("b")), true);
    JsonParser parser =
        new CheckedTokens(
            PLAIN.createParser(ObjectReadContext.empty(), "{\"a\":1,\"b\":2,\"a\":3}"), true);
    parser.nextToken();
    assertThat(parser.nextNameMatch(matcher)).isZero();
    parser.nextToken();
    assertThat(parser.nextNameMatch(matcher)).isEqualTo(1);
    parser.nextToken();
    assertThat(catchThrowable(() -> parser.nextNameMatch(matcher)))
        .isInstanceOf(StreamReadException.class)
        .hasMessageStartingWith("Duplicate Object property \"a\"");
  }

  @Test
  void theSameKeyInSiblingAndNestedObjects_isNoDuplicate() {
    assertThat(readTokens(distinct("{\"a\":{\"a\":{\"a\":1}},\"b\":[{\"a\":1},{\"a\":2}]}")))
        .hasSize(21);
  }

  @Test
  void aLargeObject_refusesADuplicatePastTheScannedKeys() {
    String keys =
        IntStream.range(0, 5 * DistinctNames.SCANNED)
            .mapToObj(i -> "\"k" + i + "\":" + i)
            .collect(Collectors.joining(","));
    assertThat(readTokens(distinct("{" + keys + "}"))).hasSize(10 * DistinctNames.SCANNED + 2);
    for (int repeated : new int[] {0, DistinctNames.SCANNED - 1, DistinctNames.SCANNED, 79}) {
      assertThat(
              catchThrowable(() -> readTokens(distinct("{" + keys + ",\"k" + repeated + "\":0}"))))
          .hasMessageStartingWith("Duplicate Object property \"k" + repeated + "\"");
    }
  }

  private static JsonParser distinct(String json) {
    return new CheckedTokens(PLAIN.createParser(ObjectReadContext.empty(), json), true);
  }

  @Test
  void aLoneSurrogate_inAString_isRefusedWhereTextsAreChecked() {
    for (String json : List.of("[\"a\\ud800\"]", "{\"a\":\"\\udc00b\"}")) {
      assertThat(catchThrowable(() -> readTokens(distinct(json))))
          .isInstanceOf(RefusedTokenException.class)
          .hasMessageContaining("a lone surrogate");
    }
  }

  @Test
  void strings_areLeftUncheckedWhereTheCallerKnowsNoneCanHoldALoneSurrogate() {
    JsonParser parser =
        new CheckedTokens(
            PLAIN.createParser(ObjectReadContext.empty(), "{\"a\":\"\\ud800\"}"), false);
    assertThat(readTokens(parser))
        .containsExactly("START_OBJECT", "a", "VALUE_STRING", "END_OBJECT");
  }

  private interface Reading {
    List<String> read(JsonParser parser);
  }

  private static void assertSameOutcome(String json, Reading reading) {
    Throwable strict =
        catchThrowable(() -> readTokens(STRICT.createParser(ObjectReadContext.empty(), json)));
    List<String> tokens = new ArrayList<>();
    Throwable distinct = catchThrowable(() -> tokens.addAll(reading.read(distinct(json))));
    if (strict == null) {
      assertThat(distinct).as(json).isNull();
    } else {
      assertThat(distinct).as(json).isInstanceOf(StreamReadException.class);
      assertThat(((StreamReadException) distinct).getOriginalMessage())
          .isEqualTo(((StreamReadException) strict).getOriginalMessage());
    }
  }

  private static List<String> readTokens(JsonParser parser) {
    List<String> seen = new ArrayList<>();
    readRest(parser, seen);
    return seen;
  }

  private static void readRest(JsonParser parser, List<String> seen) {
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      seen.add(token == JsonToken.PROPERTY_NAME ? parser.currentName() : token.name());
    }
  }
}
