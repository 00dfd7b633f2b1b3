package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Government legal advisers (法律顾问) and public-service lawyers (公职律师): how many, and what they
 * did — meetings attended, documents reviewed, opinions given — with their coverage of villages and
 * communities.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "advisers", "publicLawyers", "meetingsAttended", "documentsReviewed", "opinions", "coverageRate",
  "section"
})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableLegalAdvisers.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegalAdvisers.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLegalAdvisers.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegalAdvisers.class)
public abstract class LegalAdvisers implements WithLegalAdvisers, Anchored {

  /** Legal advisers engaged (聘请法律顾问). */
  public abstract Optional<@Valid Count> getAdvisers();

  /** Public-service lawyers (公职律师). */
  public abstract Optional<@Valid Count> getPublicLawyers();

  /** Meetings the advisers attended (列席会议). */
  public abstract Optional<@Valid Count> getMeetingsAttended();

  /** Documents and agreements the advisers reviewed (审查文件协议). */
  public abstract Optional<@Valid Count> getDocumentsReviewed();

  /** Legal opinions the advisers gave (法律意见). */
  public abstract Optional<@Valid Count> getOpinions();

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
