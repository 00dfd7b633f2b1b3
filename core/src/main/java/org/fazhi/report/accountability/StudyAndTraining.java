package org.fazhi.report.accountability;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * How leaders studied law and answered for it: study and training activities (学法, 培训), the leaders
 * who reported on their own rule-of-law work (述法), and the instructions leaders gave (指示批示).
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"activities", "lawReports", "leaderInstructions", "section"})
@JsonModel
public abstract class StudyAndTraining implements WithStudyAndTraining, Anchored {

  /** Study sessions and training (专题学法, 专题培训, 中心组学法). */
  public abstract List<@Valid TrainingActivity> getActivities();

  /** Leaders who reported on their rule-of-law duties (述法), e.g. in writing: 39. */
  public abstract Optional<@Valid Count> getLawReports();

  /** Instructions and comments leaders gave on rule-of-law work (指示批示): 120余次. */
  public abstract Optional<@Valid Count> getLeaderInstructions();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StudyAndTraining}. */
  public static final class Builder extends ImmutableStudyAndTraining.Builder {
    Builder() {}
  }
}
