package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A document the report cites: its title without the book-title marks 《》, and where given its
 * number and issuer.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"title", "number", "issuer"})
@JsonModel
public abstract class DocumentReference implements WithDocumentReference {

  /** The title: {@code 关于印发〈…〉的通知}. */
  public abstract String getTitle();

  /** The document number, if given. */
  public abstract Optional<DocumentNumber> getNumber();

  /** The issuing body, if given. */
  public abstract Optional<String> getIssuer();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.notBlank(getIssuer(), "issuer");
  }

  /** Builds a {@link DocumentReference}. */
  public static final class Builder extends ImmutableDocumentReference.Builder {
    Builder() {}
  }
}
