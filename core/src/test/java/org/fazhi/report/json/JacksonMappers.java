package org.fazhi.report.json;

import org.fazhi.report.Report;

/**
 * The mappers an application has: a Jackson 2 and a Jackson 3 {@code JsonMapper} with the
 * application's default settings and Fazhi's module, and pretty printers equivalent to {@link
 * ReportJson}'s (two-space indentation, {@code ": "} between name and value, {@code {}} and {@code
 * []} for empty containers). Shared by the compatibility tests.
 */
final class JacksonMappers {
  private static final com.fasterxml.jackson.databind.ObjectWriter JACKSON_2_PRETTY =
      jackson2().writer(jackson2PrettyPrinter());
  private static final tools.jackson.databind.ObjectWriter JACKSON_3_PRETTY =
      jackson3().writer().with(jackson3PrettyPrinter());

  private JacksonMappers() {}

  /** A new Jackson 2 application's mapper: defaults (dates as timestamps, …) plus the module. */
  static com.fasterxml.jackson.databind.json.JsonMapper jackson2() {
    return com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new FazhiJackson2Module())
        .build();
  }

  /** A new Jackson 3 application's mapper: defaults plus the module. */
  static tools.jackson.databind.json.JsonMapper jackson3() {
    return tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new FazhiJackson3Module())
        .build();
  }

  /** A Jackson 2 pretty printer writing what {@link ReportJson#write} writes. */
  static com.fasterxml.jackson.core.util.DefaultPrettyPrinter jackson2PrettyPrinter() {
    com.fasterxml.jackson.core.util.DefaultIndenter indenter =
        new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n");
    com.fasterxml.jackson.core.util.Separators separators =
        com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new com.fasterxml.jackson.core.util.DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** A Jackson 3 pretty printer writing what {@link ReportJson#write} writes. */
  static tools.jackson.core.util.DefaultPrettyPrinter jackson3PrettyPrinter() {
    tools.jackson.core.util.DefaultIndenter indenter =
        new tools.jackson.core.util.DefaultIndenter("  ", "\n");
    tools.jackson.core.util.Separators separators =
        tools.jackson.core.util.Separators.createDefaultInstance()
            .withObjectNameValueSpacing(tools.jackson.core.util.Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new tools.jackson.core.util.DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** {@code report} as a Jackson 2 application writes it, pretty, with a final line break. */
  static String jackson2Pretty(Report report) {
    try {
      return JACKSON_2_PRETTY.writeValueAsString(report) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code report} as a Jackson 3 application writes it, pretty, with a final line break. */
  static String jackson3Pretty(Report report) {
    return JACKSON_3_PRETTY.writeValueAsString(report) + "\n";
  }

  /** {@code json} without the white space between tokens: the compact form of the same JSON. */
  static String compact(String json) {
    StringBuilder compact = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        compact.append(c);
        if (c == '\\') {
          compact.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        compact.append(c);
      } else if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }
}
