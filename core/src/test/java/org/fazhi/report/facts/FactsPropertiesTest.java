package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.json.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over every report the model can hold ({@link ReportArbitraries#reports()}): the facts are the
 * figures of the report's JSON form, each exactly once and in its order, and each stated change
 * exactly once; and {@link FactsCsv} reads back what it writes.
 */
class FactsPropertiesTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  /**
   * The figure nodes of {@code tree}: the values at every concept's pointer pattern that exist,
   * with {@code *} expanded over array indices and object keys.
   */
  static Set<String> figurePointers(JsonNode tree) {
    Set<String> pointers = new HashSet<>();
    for (Concept concept : Concept.catalog()) {
      expand(tree, "", concept.pointer().substring(1).split("/"), 0, pointers);
    }
    return pointers;
  }

  private static void expand(
      JsonNode node, String pointer, String[] segments, int next, Set<String> into) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (next == segments.length) {
      into.add(pointer);
      return;
    }
    String segment = segments[next];
    if (!segment.equals("*")) {
      JsonNode child = node.isArray() ? null : node.get(segment);
      expand(child, pointer + "/" + segment, segments, next + 1, into);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        expand(node.get(i), pointer + "/" + i, segments, next + 1, into);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        expand(property.getValue(), pointer + "/" + property.getKey(), segments, next + 1, into);
      }
    }
  }

  private static void walk(JsonNode node, String pointer, Map<String, Integer> order) {
    order.put(pointer, order.size());
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        walk(property.getValue(), pointer + "/" + property.getKey(), order);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, order);
      }
    }
  }

  @Property(tries = 200)
  void everyFigureOfTheJsonForm_isExactlyOneFact_inDocumentOrder(@ForAll("reports") Report report) {
    JsonNode tree = TREE.readTree(ReportJson.create().write(report));
    List<Fact> facts = Facts.of(report);
    List<String> pointers = facts.stream().map(Fact::getPointer).collect(Collectors.toList());

    assertThat(pointers).as("no two facts share a pointer").doesNotHaveDuplicates();
    Set<String> figures = figurePointers(tree);
    Set<String> ofFigures = new LinkedHashSet<>(pointers);
    ofFigures.removeIf(p -> p.startsWith("/changes/"));
    assertThat(ofFigures).as("facts of figures").isEqualTo(figures);

    Map<String, Integer> order = new HashMap<>();
    walk(tree, "", order);
    List<Integer> positions =
        pointers.stream().map(p -> order.getOrDefault(p, -1)).collect(Collectors.toList());
    assertThat(positions).as("in document order").doesNotContain(-1).isSorted();
  }

  @Property(tries = 200)
  void everyStatedChange_isRepresentedExactlyOnce(@ForAll("reports") Report report) {
    List<Fact> facts = Facts.of(report);
    List<StatedChange> stated = report.getChanges();

    List<Integer> ownFacts = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact.getPointer().startsWith("/changes/")) {
        assertThat(fact.getPointer()).matches("/changes/\\d+/change");
        assertThat(fact.getValue()).isEmpty();
        int i = Integer.parseInt(fact.getPointer().split("/")[2]);
        assertThat(fact.getConcept()).isEqualTo(stated.get(i).getConcept());
        assertThat(fact.getChange()).contains(stated.get(i).getChange());
        ownFacts.add(i);
      }
    }
    List<StatedChange> attachedChanges = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact.getChange().isPresent()
          && fact.getValue().isPresent()
          && !fact.getPointer().startsWith("/indicators/")) {
        attachedChanges.add(StatedChange.of(fact.getConcept(), fact.getChange().get()));
      }
    }
    List<StatedChange> expectedAttached = new ArrayList<>();
    for (int i = 0; i < stated.size(); i++) {
      if (!ownFacts.contains(i)) {
        StatedChange change = stated.get(i);
        expectedAttached.add(StatedChange.of(change.getConcept(), change.getChange()));
      }
    }
    assertThat(attachedChanges).containsExactlyInAnyOrderElementsOf(expectedAttached);
    assertThat(attachedChanges.size() + ownFacts.size()).isEqualTo(stated.size());
  }

  @Provide
  Arbitrary<List<ReportFacts>> tables() {
    return reports()
        .filter(r -> !Facts.of(r).isEmpty())
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .flatMap(
            list ->
                ReportArbitraries.names()
                    .list()
                    .uniqueElements()
                    .ofSize(list.size())
                    .map(
                        names -> {
                          List<ReportFacts> table = new ArrayList<>();
                          for (int i = 0; i < list.size(); i++) {
                            table.add(ReportFacts.of(names.get(i), list.get(i)));
                          }
                          return table;
                        }));
  }

  @Property(tries = 100)
  void csv_readsBackWhatItWrites(@ForAll("tables") List<ReportFacts> table) {
    assertThat(FactsCsv.read(new StringReader(FactsCsv.toCsv(table)))).isEqualTo(table);
  }

  @Provide
  Arbitrary<String> anyNames() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
  }

  @Property(tries = 100)
  void csv_readsBackAnyReportName(@ForAll("anyNames") String name) {
    List<ReportFacts> table = List.of(ReportFacts.of(name, ReportFixtures.EVERY_PROPERTY));
    assertThat(FactsCsv.read(new StringReader(FactsCsv.toCsv(table)))).isEqualTo(table);
  }
}
