package org.fazhi.report.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.StatutoryPart;

/**
 * Named reports for tests. Reports are immutable: derive a variant from one in one line with the
 * model's {@code with…} copies, for example a given reconsideration block:
 *
 * <pre>{@code
 * Report base = ReportFixtures.minimalValid();
 * Report variant = base.withStatistics(base.getStatistics().withReconsideration(reconsideration));
 * }</pre>
 *
 * <p>or, to change several parts at once, {@code Report.builder().from(base)…build()}.
 */
public final class ReportFixtures {
  /** The classpath resource of {@link #yanggao2024()}, in the JSON form of {@code ReportJson}. */
  public static final String YANGGAO_2024_RESOURCE = "/org/fazhi/report/testing/yanggao-2024.json";

  private ReportFixtures() {}

  /**
   * The real Yanggao County (阳高县) 2024 report, complete and as published: no ERROR, no WARNING, and
   * two INFOs that are true of it ({@code metadata.period-partial-year}: it is dated 2024-12-03 and
   * counts to that day; {@code public-legal-services.target-implied}). Read once from {@link
   * #YANGGAO_2024_RESOURCE} with {@link ReportJson}.
   */
  public static Report yanggao2024() {
    return Yanggao.REPORT;
  }

  /**
   * The least a report holds without any finding: the Yanggao 2024 metadata (title, issuer,
   * division, year, document and publication dates) and an outline of the five statutory parts,
   * each a heading and one paragraph. No statistics, no other block.
   */
  public static Report minimalValid() {
    return MINIMAL_VALID;
  }

  private static final Report MINIMAL_VALID =
      Report.builder()
          .metadata(
              ReportMetadata.builder()
                  .title("阳高县2024年法治政府建设年度报告")
                  .addIssuer(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                  .division(
                      AdministrativeDivision.builder()
                          .name("阳高县")
                          .level(DivisionLevel.COUNTY)
                          .code(DivisionCode.parse("140221"))
                          .build())
                  .reportingYear(2024)
                  .documentDate(LocalDate.of(2025, 1, 20))
                  .publicationDate(LocalDate.of(2025, 2, 10))
                  .build())
          .outline(statutoryOutline("阳高县人民政府", "2025年1月20日"))
          .build();

  /** 一、 to 五、, the five statutory parts in the order of 厅字〔2019〕28号, and a signature. */
  static Outline statutoryOutline(String issuer, String date) {
    Outline.Builder outline = Outline.builder();
    int ordinal = 0;
    for (StatutoryPart part : StatutoryPart.values()) {
      if (part.isRequired()) {
        outline.addSection(
            Section.builder()
                .numbering(Numbering.of(NumberingStyle.CHINESE, ++ordinal))
                .heading(Heading.ownLine(part.title()))
                .part(part)
                .addParagraph("本部分内容从略。")
                .build());
      }
    }
    return outline.addSignature(issuer, date).build();
  }

  /** The Yanggao report, read on first use. */
  private static final class Yanggao {
    static final Report REPORT = read();

    private static Report read() {
      try (InputStream in = ReportFixtures.class.getResourceAsStream(YANGGAO_2024_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + YANGGAO_2024_RESOURCE);
        }
        return ReportJson.create().read(in, YANGGAO_2024_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + YANGGAO_2024_RESOURCE, e);
      }
    }
  }
}
