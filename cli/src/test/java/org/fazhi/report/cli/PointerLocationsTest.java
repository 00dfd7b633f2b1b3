package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a JSON Pointer's value starts in a document. */
class PointerLocationsTest {
  private static final String JSON =
      String.join(
          "\n",
          "{",
          "  \"metadata\": {\"title\": \"阳高县报告\", \"year\": 2024},",
          "  \"items\": [",
          "    {\"count\": 3},",
          "    [1, 2]",
          "  ]",
          "}");

  private final PointerLocations locations = PointerLocations.of(JSON);

  @Test
  void theRoot_isTheFirstBrace() {
    assertThat(locations.find("")).contains(new PointerLocations.Location(1, 1));
  }

  @Test
  void aScalar_isWhereItsValueStarts() {
    assertThat(locations.find("/metadata/title")).contains(new PointerLocations.Location(2, 25));
  }

  @Test
  void columns_countUtf16Units_afterChineseText() {
    // "阳高县报告" is five characters, however many bytes UTF-8 gives them.
    assertThat(locations.find("/metadata/year")).contains(new PointerLocations.Location(2, 42));
  }

  @Test
  void anObjectOrArray_isWhereItOpens() {
    assertThat(locations.find("/metadata")).contains(new PointerLocations.Location(2, 15));
    assertThat(locations.find("/items")).contains(new PointerLocations.Location(3, 12));
    assertThat(locations.find("/items/1")).contains(new PointerLocations.Location(5, 5));
  }

  @Test
  void anArrayElement_isFoundByIndex() {
    assertThat(locations.find("/items/0/count")).contains(new PointerLocations.Location(4, 15));
    assertThat(locations.find("/items/1/1")).contains(new PointerLocations.Location(5, 9));
  }

  @Test
  void aMissingValue_isPlacedAtItsNearestAncestor() {
    assertThat(locations.find("/items/0/pending")).contains(new PointerLocations.Location(4, 5));
    assertThat(locations.find("/statistics/litigation/lost"))
        .contains(new PointerLocations.Location(1, 1));
  }

  @Test
  void aDocumentThatIsNotJson_hasNoLocations() {
    assertThat(PointerLocations.of("阳高县2024年法治政府建设年度报告").find("/metadata")).isEmpty();
    assertThat(PointerLocations.of("{\"a\": ").find("/a")).isEmpty();
  }
}
