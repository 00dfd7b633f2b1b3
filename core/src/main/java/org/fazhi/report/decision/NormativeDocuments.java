package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Administrative normative documents (行政规范性文件): issued, reviewed, filed (备案) and filed on time, the
 * cleanup (清理) that kept, amended or repealed them, and the comment period committed to.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "issued", "reviewed", "filed", "filedOnTime", "filingRate", "timelyFilingRate",
  "cleanedUp", "kept", "amended", "repealed", "commentPeriodDays", "section"
})
@JsonModel
public abstract class NormativeDocuments implements WithNormativeDocuments, Anchored {

  /** Documents issued (制发). */
  public abstract Optional<@Valid Count> getIssued();

  /** Documents given legality review (合法性审核). */
  public abstract Optional<@Valid Count> getReviewed();

  /** Documents filed with the level above (报送备案). */
  public abstract Optional<@Valid Count> getFiled();

  /** Documents filed on time (及时备案). */
  public abstract Optional<@Valid Count> getFiledOnTime();

  /** The published filing rate (备案率), a share. */
  public abstract Optional<@Valid Rate> getFilingRate();

  /** The published timely-filing rate (及时备案率), a share. */
  public abstract Optional<@Valid Rate> getTimelyFilingRate();

  /** Documents examined in the cleanup (清理). */
  public abstract Optional<@Valid Count> getCleanedUp();

  /** Documents the cleanup kept (保留). */
  public abstract Optional<@Valid Count> getKept();

  /** Documents the cleanup amended (修改). */
  public abstract Optional<@Valid Count> getAmended();

  /** Documents the cleanup repealed or declared void (废止, 宣布失效). */
  public abstract Optional<@Valid Count> getRepealed();

  /** The public comment period committed to, in days (不少于30日 is 30, at least). */
  public abstract Optional<@Valid Count> getCommentPeriodDays();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NormativeDocuments}. */
  public static final class Builder extends ImmutableNormativeDocuments.Builder {
    Builder() {}
  }
}
