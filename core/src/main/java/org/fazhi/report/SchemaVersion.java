package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.internal.UnsupportedVersionException;
import org.immutables.value.Value;

/**
 * The version of the report's JSON form, {@code major.minor}, written in every document as {@code
 * "schemaVersion"}. A new minor version only adds optional properties; a new major version may
 * change meaning, so this library reads documents of its own major version only.
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class SchemaVersion {
  /**
   * The version this library writes: {@code 1.1}. 1.1 added, as optional properties only, the
   * shapes of real reports beyond the first one (caseload, outcome groups and shares, breakdowns,
   * scaled counts, changes, series, scopes, periods without a year); every 1.0 document reads
   * unchanged.
   */
  public static final SchemaVersion CURRENT = of(1, 1);

  /** The major version. */
  @Value.Parameter
  public abstract int getMajor();

  /** The minor version. */
  @Value.Parameter
  public abstract int getMinor();

  /** Version {@code major.minor}; fails for a negative part. */
  public static SchemaVersion of(int major, int minor) {
    return ImmutableSchemaVersion.of(major, minor);
  }

  private static final Pattern CANONICAL =
      Pattern.compile("(0|[1-9][0-9]{0,9})\\.(0|[1-9][0-9]{0,9})");

  /** The version written as {@code text}: {@code "1.0"}. */
  public static SchemaVersion parse(CharSequence text) {
    String value = text.toString();
    if (!CANONICAL.matcher(value).matches()) {
      throw notASchemaVersion(value);
    }
    int dot = value.indexOf('.');
    long major = Long.parseLong(value.substring(0, dot));
    long minor = Long.parseLong(value.substring(dot + 1));
    if (major > Integer.MAX_VALUE || minor > Integer.MAX_VALUE) {
      throw notASchemaVersion(value);
    }
    return of((int) major, (int) minor);
  }

  private static IllegalArgumentException notASchemaVersion(String value) {
    return new IllegalArgumentException(
        "not a schema version: \"" + value + "\" (expected major.minor, such as \"1.0\")");
  }

  /** Whether this library can read documents of this version: the same major version. */
  public boolean isSupported() {
    return getMajor() == CURRENT.getMajor();
  }

  /** The canonical text: {@code "1.0"}. */
  @JsonValue
  @Override
  public String toString() {
    return getMajor() + "." + getMinor();
  }

  /** JSON: reads the version and rejects a major version this library does not read. */
  @JsonCreator
  static SchemaVersion fromJson(String text) {
    SchemaVersion version = parse(text);
    if (!version.isSupported()) {
      throw new UnsupportedVersionException(
          "unsupported schemaVersion "
              + version
              + ": this library reads schema "
              + CURRENT.getMajor()
              + ".x documents");
    }
    return version;
  }

  @Value.Check
  void check() {
    Invariants.check(
        getMajor() >= 0 && getMinor() >= 0,
        "",
        () -> "schema version parts are >= 0: " + getMajor() + "." + getMinor());
  }
}
