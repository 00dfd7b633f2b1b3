package org.fazhi.report.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of a report's JSON form, for checking documents with any JSON
 * Schema validator, in Java or another language; {@code docs/report.schema.json} is the same text.
 *
 * <p>Generated from the model when this library is built, with the descriptions of its Javadoc, so
 * it names every property {@link ReportJson} reads and writes, and no other. It is as strict as the
 * reader where a schema can say so: unknown properties, {@code null}, wrong types, unknown enum
 * names, missing required properties, blank strings, negative counts and malformed dates fail. What
 * relates one figure to another (accepted ≤ received, a section a figure points at) is validation's
 * work, not the schema's.
 *
 * <p>Needs no Jackson: the schema is a resource of this library, read once.
 */
public final class ReportSchema {
  /** The resource holding the schema, beside this class: {@value}. */
  public static final String RESOURCE = "report.schema.json";

  private ReportSchema() {}

  /** The schema as JSON text, UTF-8 decoded, ending with a line break. */
  public static String text() {
    return Holder.TEXT;
  }

  private static final class Holder {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "this build of fazhi-core has no "
                  + RESOURCE
                  + ": the schema is generated when the tests are compiled (a build with"
                  + " -Dmaven.test.skip=true leaves it out); build with -DskipTests instead");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
