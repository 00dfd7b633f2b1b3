package org.fazhi.report.validation;

import java.util.Locale;
import java.util.Map;

/**
 * Renders a finding's message from the catalog's resource bundles, late and in any locale, exactly
 * as Hibernate Validator renders it from the same template and parameters: an application's {@code
 * ValidationMessages} first (it may override any key), then {@code ContributorValidationMessages}.
 * Chinese is the base bundle, so a locale with no bundle of its own gets Chinese, whatever the
 * JVM's default locale. The bundles are read the same way on the class path and on the module path
 * (see {@link PropertiesBundle}).
 */
final class Messages {
  static final String CONTRIBUTOR_BUNDLE = "ContributorValidationMessages";
  static final String USER_BUNDLE = "ValidationMessages";

  private static final PropertiesBundle CONTRIBUTOR = PropertiesBundle.merged(CONTRIBUTOR_BUNDLE);
  private static final PropertiesBundle USER = PropertiesBundle.first(USER_BUNDLE);

  private Messages() {}

  static String render(Rule rule, Map<String, String> parameters, Locale locale) {
    String template = template(rule.messageKey(), locale);
    return substitute(template, parameters);
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
