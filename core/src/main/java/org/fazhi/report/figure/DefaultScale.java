package org.fazhi.report.figure;

/** Jackson value filter: leaves {@link Scale#ONE} out of JSON, where it is the default. */
final class DefaultScale {
  @Override
  public boolean equals(Object value) {
    return value == Scale.ONE;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
