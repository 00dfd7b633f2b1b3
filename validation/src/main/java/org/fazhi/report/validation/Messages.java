package org.fazhi.report.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a finding's message from the catalog's resource bundles, late and in any locale, exactly
 * as Hibernate Validator renders it from the same template and parameters: an application's {@code
 * ValidationMessages} first (it may override any key), then {@code ContributorValidationMessages}.
 *
 * <p>The locale falls back by Java's standard resource-bundle rule, the one Hibernate Validator
 * follows for a framework's messages, so that a finding and the framework's message for the same
 * violation always agree: the requested locale's language if the catalog has it (zh, en), else
 * the JVM default locale's, else Chinese (the base bundle).
 */
final class Messages {
  static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";
  static final String USER_BUNDLE = "ValidationMessages";

  private Messages() {}

  static String render(Rule rule, Map<String, String> parameters, Locale locale) {
    return render(rule.messageKey(), parameters, locale);
  }

  static String render(String key, Map<String, String> parameters, Locale locale) {
    return substitute(template(key, locale), parameters);
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
      ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, loader);
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
