package org.fazhi.report.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 rows of strings, on Jackson 3's CSV format: the one place of {@link FactsCsv} that
 * touches Jackson 3 types, so that {@code FactsCsv} loads, and says clearly what is missing, on a
 * class path without a usable Jackson 3.
 */
final class CsvRows {
  /** What {@link #read} hands each row to, with the row's line number (from 1). */
  interface RowHandler {
    void row(String[] cells, long line);
  }

  private final CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** Writes {@code rows}, one line each, {@code \n} after each; the caller closes {@code out}. */
  void write(Writer out, Iterable<String[]> rows) {
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    try (SequenceWriter writer =
        mapper.writerFor(String[].class).with(schema).writeValues(new NonClosing(out))) {
      for (String[] row : rows) {
        writer.write(row);
      }
    }
  }

  /**
   * Hands every row of {@code in} to {@code handler}; text that is not CSV fails with an {@link
   * IllegalArgumentException}, and so does whatever the handler throws.
   */
  void read(Reader in, RowHandler handler) {
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
    try (MappingIterator<String[]> rows =
        mapper.readerFor(String[].class).with(schema).readValues(new BufferedReader(in))) {
      while (rows.hasNext()) {
        TokenStreamLocation location = rows.currentLocation();
        String[] row = rows.next();
        handler.row(row, location == null ? -1 : location.getLineNr());
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a facts table: " + e.getOriginalMessage(), e);
    }
  }

  /** Lets the CSV writer finish without closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
