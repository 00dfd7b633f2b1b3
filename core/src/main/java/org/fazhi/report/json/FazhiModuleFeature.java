package org.fazhi.report.json;

/** Options of {@link FazhiJackson3Module} and {@link FazhiJackson2Module}. */
public enum FazhiModuleFeature {
  /**
   * Reject properties the model does not have in Fazhi types, even where the application's mapper
   * ignores unknown properties (Jackson 3's default). Enabled by default; disable it to read
   * documents of a newer minor schema version, dropping what this version does not know.
   */
  FAIL_ON_UNKNOWN_PROPERTIES(true);

  private final boolean enabledByDefault;

  FazhiModuleFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** Whether the feature is on unless turned off. */
  public boolean isEnabledByDefault() {
    return enabledByDefault;
  }
}
