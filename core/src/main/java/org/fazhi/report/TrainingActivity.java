package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A study or training activity (专题学法, 培训班, 大讲堂): what it was, who organized it, how many sessions
 * (次, 期, 场次), attendees (人, 人次) and hours (学时), and on which days.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"title", "organizer", "sessions", "attendees", "hours", "dates", "section"})
@JsonModel
public abstract class TrainingActivity implements WithTrainingActivity, Anchored {

  /** The activity's name, if given: {@code 行政执法大讲堂}. */
  public abstract Optional<String> getTitle();

  /** Who organized it, if given: {@code 县司法局}. */
  public abstract Optional<String> getOrganizer();

  /** Sessions held (次, 期, 场次). */
  public abstract Optional<@Valid Count> getSessions();

  /** People attending (人, 人次). */
  public abstract Optional<@Valid Count> getAttendees();

  /** Class hours (学时). */
  public abstract Optional<@Valid Count> getHours();

  /** The days it was held, where given. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract List<LocalDate> getDates();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.notBlank(getOrganizer(), "organizer");
  }

  /** Builds a {@link TrainingActivity}. */
  public static final class Builder extends ImmutableTrainingActivity.Builder {
    Builder() {}
  }
}
