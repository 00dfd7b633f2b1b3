package org.fazhi.report.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds the parts of Fazhi that run on Jackson 3 ({@code ReportJson}, {@code FactsCsv}) and turns
 * a class path that cannot run them into one clear {@link IllegalStateException} instead of a
 * {@link LinkageError}.
 *
 * <p>Jackson 3 is an optional dependency of fazhi-core: a Jackson-2-only application does not carry
 * it. Where it is present but older than its {@code jackson-annotations} needs (Spring Boot 3
 * manages jackson-annotations 2.19, Jackson 3.3 needs 2.22), the JVM would throw {@code
 * NoClassDefFoundError} from deep inside Jackson; the message here names the two versions and what
 * to do instead. Nothing is cached on failure, so a class path fixed later (a child class loader)
 * is tried again.
 */
public final class JacksonRuntime {
  static final String JACKSON3_MAPPER = "tools.jackson.databind.json.JsonMapper";
  static final String ANNOTATIONS = "com.fasterxml.jackson.annotation.JsonProperty";

  /**
   * The root cause of the first failure: the JVM reports later attempts only as "Could not
   * initialize class", which would hide the missing annotation class.
   */
  private static final Map<String, String> FIRST_CAUSE = new ConcurrentHashMap<>();

  private JacksonRuntime() {}

  /**
   * {@code construct.get()}, or an {@link IllegalStateException} that says why {@code feature}
   * cannot run on this class path.
   */
  public static <T> T jackson3(String feature, Supplier<T> construct) {
    try {
      return construct.get();
    } catch (LinkageError e) {
      throw new IllegalStateException(explain(feature, e), e);
    }
  }

  /**
   * A supplier that builds {@code construct} through {@link #jackson3} on first use and keeps it; a
   * failure is not kept, so each call until one succeeds tries again and explains again. Pass a
   * lambda ({@code () -> new X()}), not a constructor reference: {@code X::new} links {@code X},
   * and with it Jackson 3, where the reference stands, outside the guard.
   */
  public static <T> Supplier<T> lazily(String feature, Supplier<T> construct) {
    AtomicReference<T> built = new AtomicReference<>();
    return () -> {
      T value = built.get();
      if (value == null) {
        built.compareAndSet(null, jackson3(feature, construct));
        value = built.get();
      }
      return value;
    };
  }

  static String explain(String feature, LinkageError error) {
    Optional<String> databind = version(JACKSON3_MAPPER);
    String annotations = version(ANNOTATIONS).orElse("absent");
    String cause = FIRST_CAUSE.computeIfAbsent(feature, f -> rootCause(error));
    if (databind.isEmpty()) {
      return feature
          + " needs Jackson 3 (tools.jackson.core:jackson-databind 3.1 or later), which is neither"
          + " on the class path nor in the module graph. Add it (on the module path: requires"
          + " tools.jackson.databind), or, in a Jackson 2 application, read and write reports with"
          + " your own mapper and FazhiJackson2Module (see docs/integration.md).";
    }
    return feature
        + " cannot run on this class path: tools.jackson.core:jackson-databind "
        + databind.get()
        + " with com.fasterxml.jackson.core:jackson-annotations "
        + annotations
        + " fails: "
        + cause
        + ". Jackson 3 needs the jackson-annotations its BOM names (2.21 for 3.1, 2.22 or later"
        + " for 3.2 and 3.3); a Spring Boot 3 or Quarkus BOM pins an older one. Import"
        + " tools.jackson:jackson-bom before the framework's BOM (in Maven the first import"
        + " wins), or, in a Jackson 2 application, use your own mapper and FazhiJackson2Module"
        + " (see docs/integration.md).";
  }

  /**
   * The deepest cause in words: {@code class a.b.Missing is missing} for a class not found, else
   * the error's type and message.
   */
  static String rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = Optional.ofNullable(root.getMessage()).orElse("").replace('/', '.');
    if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
      return "class " + message + " is missing";
    }
    return root.getClass().getSimpleName() + " (" + message + ")";
  }

  /** The version of the jar that holds {@code className}, if the class is there. */
  static Optional<String> version(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, JacksonRuntime.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    String version = type.getPackage().getImplementationVersion();
    if (version == null) {
      version =
          type.getModule().getDescriptor() == null
              ? null
              : type.getModule().getDescriptor().rawVersion().orElse(null);
    }
    return Optional.of(version == null ? "(version unknown)" : version);
  }
}
