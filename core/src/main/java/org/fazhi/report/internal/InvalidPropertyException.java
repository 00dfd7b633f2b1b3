package org.fazhi.report.internal;

/**
 * An {@link IllegalArgumentException} that names the offending property, relative to the value
 * being built ({@code "end"}, {@code "items/2"}), so that the JSON reader can extend its pointer.
 *
 * <p>Internal: callers see an {@code IllegalArgumentException}.
 */
public final class InvalidPropertyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String property;

  public InvalidPropertyException(String property, String message) {
    super(message);
    this.property = property;
  }

  /** The property, as a relative JSON Pointer without the leading slash. */
  public String property() {
    return property;
  }
}
