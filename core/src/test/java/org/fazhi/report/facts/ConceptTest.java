package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConceptTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

  /** The golden file: the JSON of {@link ReportFixtures#EVERY_PROPERTY}. */
  private static JsonNode golden() {
    try (InputStream in =
        ReportJson.class.getResourceAsStream("/org/fazhi/report/json/every-property.json")) {
      return JsonMapper.builder()
          .build()
          .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pointer pattern of {@code concept} as a regular expression: {@code *} is one token. */
  static Pattern pattern(Concept concept) {
    StringBuilder regex = new StringBuilder();
    for (String part : concept.pointer().split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  // ---- catalog()

  @Test
  void catalog_idsAreUnique() {
    List<String> ids = Concept.catalog().stream().map(Concept::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(100);
  }

  @Test
  void catalog_idsAreKebabCaseWordsJoinedByDots() {
    assertThat(Concept.catalog()).allSatisfy(concept -> assertThat(concept.id()).matches(ID));
  }

  @Test
  void catalog_pointersAreJsonPointers() {
    assertThat(Concept.catalog())
        .allSatisfy(
            concept ->
                assertThat(concept.pointer())
                    .as(concept.id())
                    .startsWith("/")
                    .doesNotEndWith("/")
                    .doesNotContain("//"));
  }

  @Test
  void catalog_pointersAreUnique() {
    List<String> pointers =
        Concept.catalog().stream().map(Concept::pointer).collect(Collectors.toList());
    assertThat(pointers).doesNotHaveDuplicates();
  }

  @Test
  void catalog_everyConceptHasNames() {
    assertThat(Concept.catalog())
        .allSatisfy(
            concept -> {
              assertThat(concept.chineseName()).as(concept.id()).isNotBlank();
              assertThat(concept.englishName()).as(concept.id()).isNotBlank();
            });
  }

  @Test
  void catalog_isSingleExactlyWhenThePointerHasNoWildcard_andThenHasNoDimension() {
    assertThat(Concept.catalog())
        .allSatisfy(
            concept -> {
              assertThat(concept.isSingle())
                  .as(concept.id())
                  .isEqualTo(!concept.pointer().contains("*"));
              assertThat(concept.dimension().isEmpty())
                  .as(concept.id())
                  .isEqualTo(concept.isSingle());
            });
  }

  @Test
  void catalog_cannotBeChanged() {
    assertThatThrownBy(() -> Concept.catalog().add(Concept.of("reconsideration.accepted")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- of(String), find(String)

  @Test
  void of_findsTheConceptOfTheId() {
    Concept accepted = Concept.of("reconsideration.accepted");
    assertThat(accepted.id()).isEqualTo("reconsideration.accepted");
    assertThat(accepted.type()).isEqualTo(FigureType.COUNT);
    assertThat(accepted.pointer()).isEqualTo("/statistics/reconsideration/accepted");
    assertThat(accepted.chineseName()).isEqualTo("行政复议受理数");
    assertThat(accepted.englishName()).isEqualTo("reconsideration: cases accepted");
    assertThat(accepted.dimension()).isEmpty();
    assertThat(accepted.isSingle()).isTrue();
    assertThat(accepted).hasToString("reconsideration.accepted");
  }

  @Test
  void of_aConceptOfManyFigures_namesWhatTellsThemApart() {
    Concept item = Concept.of("reconsideration.breakdown.item");
    assertThat(item.pointer()).isEqualTo("/statistics/reconsideration/breakdowns/*/items/*/count");
    assertThat(item.dimension()).contains("item");
    assertThat(item.isSingle()).isFalse();
  }

  @Test
  void of_rejectsAnIdThatIsNotInTheCatalog() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Concept.of("reconsideration.acepted"))
        .withMessage(
            "not a concept of the catalog: \"reconsideration.acepted\" (such as"
                + " \"reconsideration.accepted\")");
  }

  @Test
  void find_isEmptyForAnIdThatIsNotInTheCatalog() {
    assertThat(Concept.find("Reconsideration.Accepted")).isEmpty();
    assertThat(Concept.find("reconsideration.accepted"))
        .contains(Concept.of("reconsideration.accepted"));
  }

  @Test
  void equals_byId() {
    assertThat(Concept.of("legal-aid.accepted"))
        .isEqualTo(Concept.find("legal-aid.accepted").orElseThrow())
        .hasSameHashCodeAs(Concept.of("legal-aid.accepted"))
        .isNotEqualTo(Concept.of("reconsideration.accepted"));
  }

  // ---- the catalog against the model

  @Test
  void everySingleConcept_pointsAtAFigureOfTheGoldenFile() {
    JsonNode golden = golden();
    List<String> missing = new ArrayList<>();
    for (Concept concept : Concept.catalog()) {
      if (concept.isSingle() && golden.at(concept.pointer()).isMissingNode()) {
        missing.add(concept.id() + " " + concept.pointer());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everySingleConcept_pointsAtAValueOfItsType() {
    JsonNode golden = golden();
    for (Concept concept : Concept.catalog()) {
      if (!concept.isSingle()) {
        continue;
      }
      JsonNode value = golden.at(concept.pointer());
      switch (concept.type()) {
        case COUNT:
          assertThat(value.isIntegralNumber() || value.has("value")).as(concept.id()).isTrue();
          break;
        case RATE:
          assertThat(value.has("percent")).as(concept.id()).isTrue();
          break;
        case MONEY:
          assertThat(value.has("amount")).as(concept.id()).isTrue();
          break;
        default:
          assertThat(value.isNumber() || value.has("value")).as(concept.id()).isTrue();
      }
    }
  }

  @Test
  void everyConcept_matchesAFactOfTheEveryPropertyFixture() {
    List<Fact> facts = Facts.of(ReportFixtures.EVERY_PROPERTY);
    List<String> unmatched = new ArrayList<>();
    for (Concept concept : Concept.catalog()) {
      Pattern pattern = pattern(concept);
      if (facts.stream().noneMatch(f -> pattern.matcher(f.getPointer()).matches())) {
        unmatched.add(concept.id() + " " + concept.pointer());
      }
    }
    assertThat(unmatched).isEmpty();
  }

  @Test
  void everyFactOfTheEveryPropertyFixture_standsWhereItsConceptSays() {
    Set<String> misplaced = new HashSet<>();
    for (Fact fact : Facts.of(ReportFixtures.EVERY_PROPERTY)) {
      Concept concept = fact.getConcept();
      boolean restated =
          fact.getPointer().startsWith("/indicators/") || fact.getPointer().startsWith("/series/");
      if (!restated && !pattern(concept).matcher(fact.getPointer()).matches()) {
        misplaced.add(concept.id() + " " + fact.getPointer());
      }
    }
    assertThat(misplaced).isEmpty();
  }

  @Test
  void json_aConceptIsWrittenAsItsId() {
    assertThat(golden().at("/indicators/6/concept").stringValue())
        .isEqualTo("reconsideration.received");
    assertThat(golden().at("/changes/0/concept").stringValue())
        .isEqualTo("reconsideration.received");
  }
}
