package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/** A body that issues the report, as named in its signature: {@code 阳高县人民政府}. */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"name", "kind"})
@JsonModel
public abstract class Issuer implements WithIssuer {

  /** The name as written. */
  public abstract String getName();

  /** What kind of body it is. */
  public abstract IssuerKind getKind();

  /** The issuer {@code name} of kind {@code kind}. */
  public static Issuer of(String name, IssuerKind kind) {
    return ImmutableIssuer.builder().name(name).kind(kind).build();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getName(), "name");
  }
}
