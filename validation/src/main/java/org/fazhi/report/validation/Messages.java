package org.fazhi.report.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a finding's message from the catalog's resource bundles, late and in any locale, exactly
 * as Hibernate Validator renders it from the same template and parameters: an application's {@code
 * ValidationMessages} first (it may override any key), then {@code ContributorValidationMessages}.
 * Chinese is the base bundle, so a locale with no bundle of its own gets Chinese, whatever the
 * JVM's default locale.
 */
final class Messages {
  static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";
  static final String USER_BUNDLE = "ValidationMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  static String render(Rule rule, Map<String, String> parameters, Locale locale) {
    String template = template(rule.messageKey(), locale);
    return substitute(template, parameters);
  }

  private static String template(String key, Locale locale) {
    ClassLoader loader = Messages.class.getClassLoader();
    String user = lookup(USER_BUNDLE, key, locale, Thread.currentThread().getContextClassLoader());
    if (user != null) {
      return user;
    }
    String ours = lookup(CONTRIBUTOR_BUNDLE, key, locale, loader);
    return ours != null ? ours : "{" + key + "}";
  }

  private static String lookup(String bundle, String key, Locale locale, ClassLoader loader) {
    if (loader == null) {
      return null;
    }
    try {
      ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK);
      return messages.containsKey(key) ? messages.getString(key) : null;
    } catch (MissingResourceException noBundle) {
      return null;
    }
  }

  /** Replaces each {@code {name}} whose name is a parameter; leaves other braces as they are. */
  static String substitute(String template, Map<String, String> parameters) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > 0) {
        String name = template.substring(i + 1, close);
        String value = parameters.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
