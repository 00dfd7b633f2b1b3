package org.fazhi.report.cli;

import org.fazhi.report.SchemaVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code fazhi --version}: the release and the JSON schema version it reads and writes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String release = Fazhi.class.getPackage().getImplementationVersion();
    return new String[] {
      "fazhi " + (release == null ? "(development build)" : release),
      "report JSON schema " + SchemaVersion.CURRENT
    };
  }
}
