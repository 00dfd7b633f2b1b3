package org.fazhi.report.validation;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a finding's message from the catalog's resource bundles, late and in any locale, exactly
 * as Hibernate Validator renders it from the same template and parameters: an application's {@code
 * ValidationMessages} first (it may override any key), then {@code ContributorValidationMessages}.
 *
 * <p>The locale falls back by Java's standard resource-bundle rule, the one Hibernate Validator
 * follows for a framework's messages, so that a finding and the framework's message for the same
 * violation always agree: the requested locale's language if the catalog has it (zh, en), else the
 * JVM default locale's, else Chinese (the base bundle). The bundles are read the same way on the
 * class path and on the module path (see {@link PropertiesBundle}).
 */
final class Messages {
  static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";
  static final String USER_BUNDLE = "ValidationMessages";

  private static final PropertiesBundle CONTRIBUTOR = PropertiesBundle.merged(CONTRIBUTOR_BUNDLE);
  private static final PropertiesBundle USER = PropertiesBundle.first(USER_BUNDLE);

  private Messages() {}

  static String render(Rule rule, Map<String, String> parameters, Locale locale) {
    return render(rule.messageKey(), parameters, locale);
  }

  static String render(String key, Map<String, String> parameters, Locale locale) {
    return substitute(template(key, locale), parameters);
  }

  private static String template(String key, Locale locale) {
    ClassLoader application = Thread.currentThread().getContextClassLoader();
    String user = application == null ? null : USER.get(key, locale, application);
    if (user != null) {
      return user;
    }
    String ours = CONTRIBUTOR.get(key, locale, Messages.class.getClassLoader());
    return ours != null ? ours : "{" + key + "}";
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
