package org.fazhi.report.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message bundle of {@code .properties} files in the unnamed package (like {@code
 * ValidationMessages}), looked up the same way on the class path and on the module path.
 *
 * <p>{@code ResourceBundle.getBundle} cannot do both: with a {@code ResourceBundle.Control} it
 * throws in a named module, and without one it falls back to the JVM's default locale, and, called
 * from a named module with that module's class loader, looks in that module alone. This reads the
 * files through the class loader, which finds them in every module and on the class path (a
 * resource in the unnamed package is never encapsulated), and walks the candidate locales as {@code
 * ResourceBundle.getBundle} does with its default control, which Hibernate Validator uses for a
 * framework's messages: the requested locale's candidates from the most specific one that has a
 * file ({@code zh_TW}, then {@code zh}); if none but the base has one, the JVM default locale's;
 * then the base file.
 *
 * <p>A merged bundle reads every file of a name, the first holding a key winning, as Hibernate
 * Validator merges {@code ContributorValidationMessages} from every jar; otherwise the first file
 * found is the bundle, as for {@code ResourceBundle}. Files are read once per class loader (held
 * weakly) and name. Thread-safe.
 */
final class PropertiesBundle {
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final boolean merged;
  private final Map<ClassLoader, Map<String, Map<String, String>>> files =
      Collections.synchronizedMap(new WeakHashMap<>());

  private PropertiesBundle(String baseName, boolean merged) {
    this.baseName = baseName;
    this.merged = merged;
  }

  /** The bundle made of every file of each name that {@code baseName} and a locale give. */
  static PropertiesBundle merged(String baseName) {
    return new PropertiesBundle(baseName, true);
  }

  /** The bundle made of the first file of each name, as {@code ResourceBundle} reads it. */
  static PropertiesBundle first(String baseName) {
    return new PropertiesBundle(baseName, false);
  }

  /**
   * The message of {@code key} in the bundle {@code ResourceBundle.getBundle} would choose for
   * {@code locale}, read through {@code loader}, or in that bundle's parents; null if none has it.
   */
  String get(String key, Locale locale, ClassLoader loader) {
    List<Locale> chain = chain(locale, loader);
    if (chain.isEmpty() && !locale.equals(Locale.getDefault())) {
      chain = chain(Locale.getDefault(), loader);
    }
    if (chain.isEmpty()) {
      chain = List.of(Locale.ROOT);
    }
    for (Locale candidate : chain) {
      String message = entries(loader, CONTROL.toBundleName(baseName, candidate)).get(key);
      if (message != null) {
        return message;
      }
    }
    return null;
  }

  /**
   * The candidate locales of {@code locale} from the most specific one with a file of its own, the
   * base file last; empty if only the base file (or none) exists.
   */
  private List<Locale> chain(Locale locale, ClassLoader loader) {
    List<Locale> candidates = CONTROL.getCandidateLocales(baseName, locale);
    if (candidates.size() == 1) {
      // Locale.ROOT asked for: the base file is its own bundle, not a fallback.
      return candidates;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Locale candidate = candidates.get(i);
      if (!candidate.equals(Locale.ROOT)
          && !entries(loader, CONTROL.toBundleName(baseName, candidate)).isEmpty()) {
        return candidates.subList(i, candidates.size());
      }
    }
    return List.of();
  }

  private Map<String, String> entries(ClassLoader loader, String bundleName) {
    Map<String, Map<String, String>> byName =
        files.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    return byName.computeIfAbsent(bundleName, name -> read(loader, name + ".properties"));
  }

  private Map<String, String> read(ClassLoader loader, String resource) {
    try {
      List<URL> urls = Collections.list(loader.getResources(resource));
      Map<String, String> entries = new HashMap<>();
      for (URL url : merged ? urls : urls.subList(0, Math.min(1, urls.size()))) {
        try (InputStream in = url.openStream()) {
          PropertyResourceBundle file = new PropertyResourceBundle(in);
          for (String key : file.keySet()) {
            entries.putIfAbsent(key, file.getString(key));
          }
        }
      }
      return Map.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resource, e);
    }
  }
}
