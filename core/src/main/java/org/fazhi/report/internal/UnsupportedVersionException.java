package org.fazhi.report.internal;

/**
 * Thrown when a document declares a schema major version this library does not read.
 *
 * <p>Internal: callers see an {@code IllegalArgumentException}.
 */
public final class UnsupportedVersionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnsupportedVersionException(String message) {
    super(message);
  }
}
