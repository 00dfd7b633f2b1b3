package org.fazhi.report.cli;

import org.fazhi.report.SchemaVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code fazhi --version}: the release and the JSON schema version it reads and writes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"fazhi " + release(), "report JSON schema " + SchemaVersion.CURRENT};
  }

  /** The release from the jar's manifest, or {@code (development build)}. */
  static String release() {
    String release = Fazhi.class.getPackage().getImplementationVersion();
    return release == null ? "(development build)" : release;
  }
}
