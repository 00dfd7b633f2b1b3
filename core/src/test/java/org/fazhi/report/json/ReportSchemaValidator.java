package org.fazhi.report.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks JSON documents against {@link ReportSchema} with an independent validator (networknt's,
 * draft 2020-12, formats asserted), as a user in another language would. Shared with the other
 * modules' tests through core's test-jar.
 */
public final class ReportSchemaValidator {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              registry ->
                  registry.schemaRegistryConfig(
                      SchemaRegistryConfig.builder()
                          .formatAssertionsEnabled(true)
                          .pathType(PathType.JSON_POINTER)
                          .locale(Locale.ROOT)
                          .build()))
          .getSchema(ReportSchema.text(), InputFormat.JSON);

  private ReportSchemaValidator() {}

  /**
   * The schema's errors for {@code json}, each as {@code "pointer keyword: message"}; empty when
   * the document conforms.
   */
  public static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(ReportSchemaValidator::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + " " + error.getKeyword() + ": " + error.getMessage();
  }
}
