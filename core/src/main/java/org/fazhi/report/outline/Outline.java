package org.fazhi.report.outline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * The report as a document: the addressee line, the opening paragraphs, the section tree, and the
 * signature lines, each as written, so that the published text renders back exactly from it.
 *
 * <p>The title is {@link org.fazhi.report.ReportMetadata#getTitle() metadata}; facts such as
 * issuers and dates are typed in the metadata too, while the outline keeps how they were written.
 */
@Value.Immutable
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({"addresseeLine", "preamble", "sections", "signature"})
@JsonModel
public abstract class Outline implements WithOutline {

  /** The addressee line as written, if the report opens with one: {@code 市委、市政府:}. */
  public abstract Optional<String> getAddresseeLine();

  /** The paragraphs before the first section, each as written. */
  public abstract List<String> getPreamble();

  /** The top-level sections, in document order. */
  public abstract List<@Valid Section> getSections();

  /** The lines after the last section — issuers and date — each as written. */
  public abstract List<String> getSignature();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An outline with no text. */
  public static Outline empty() {
    return builder().build();
  }

  /** Every section with its id, depth first in document order. */
  @Value.Lazy
  public List<LocatedSection> walk() {
    List<LocatedSection> located = new ArrayList<>();
    List<Section> sections = getSections();
    for (int i = 0; i < sections.size(); i++) {
      collect(SectionId.of(i + 1), sections.get(i), located);
    }
    return List.copyOf(located);
  }

  /** The section with id {@code id}, if there is one. */
  public Optional<Section> find(SectionId id) {
    List<Section> level = getSections();
    Section found = null;
    List<Integer> path = id.getPath();
    for (int i = 0; i < path.size(); i++) { // no iterator: validation calls this per reference
      int position = path.get(i);
      if (position > level.size()) {
        return Optional.empty();
      }
      found = level.get(position - 1);
      level = found.getChildren();
    }
    return Optional.ofNullable(found);
  }

  private static void collect(SectionId id, Section section, List<LocatedSection> into) {
    into.add(LocatedSection.of(id, section));
    List<Section> children = section.getChildren();
    for (int i = 0; i < children.size(); i++) {
      collect(id.child(i + 1), children.get(i), into);
    }
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getAddresseeLine(), "addresseeLine");
    Invariants.noBlankElements(getPreamble(), "preamble");
    Invariants.noBlankElements(getSignature(), "signature");
  }

  /** Builds an {@link Outline}. */
  public static final class Builder extends ImmutableOutline.Builder {
    Builder() {}
  }
}
