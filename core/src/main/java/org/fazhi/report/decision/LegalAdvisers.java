package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Government legal advisers (法律顾问) and public-service lawyers (公职律师): how many (of which lawyers),
 * and what they did — meetings attended, documents and contracts reviewed, opinions and
 * consultations given, duty shifts served — with their coverage of villages and communities.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "advisers",
  "lawyers",
  "publicLawyers",
  "meetingsAttended",
  "documentsReviewed",
  "opinions",
  "consultations",
  "dutyShifts",
  "villagesCovered",
  "coverageRate",
  "section"
})
@JsonModel
public abstract class LegalAdvisers implements WithLegalAdvisers, Anchored {

  /** Legal advisers engaged (聘请法律顾问). */
  public abstract Optional<@Valid Count> getAdvisers();

  /** Of the advisers, those who are practising lawyers (其中律师). */
  public abstract Optional<@Valid Count> getLawyers();

  /** Public-service lawyers (公职律师). */
  public abstract Optional<@Valid Count> getPublicLawyers();

  /** Meetings the advisers attended (列席会议). */
  public abstract Optional<@Valid Count> getMeetingsAttended();

  /** Documents and agreements the advisers reviewed (审查文件协议). */
  public abstract Optional<@Valid Count> getDocumentsReviewed();

  /** Legal opinions the advisers gave (法律意见). */
  public abstract Optional<@Valid Count> getOpinions();

  /** Consultations the advisers answered (解答法律咨询). */
  public abstract Optional<@Valid Count> getConsultations();

  /** Duty shifts the advisers served (值班), in the report's unit (次, 天). */
  public abstract Optional<@Valid Count> getDutyShifts();

  /** Villages and communities with a legal adviser (村（社区）法律顾问, 203个村). */
  public abstract Optional<@Valid Count> getVillagesCovered();

  /** The published coverage of villages and communities (覆盖率), a share. */
  public abstract Optional<@Valid Rate> getCoverageRate();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LegalAdvisers}. */
  public static final class Builder extends ImmutableLegalAdvisers.Builder {
    Builder() {}
  }
}
