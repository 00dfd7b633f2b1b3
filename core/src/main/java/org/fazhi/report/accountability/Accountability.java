package org.fazhi.report.accountability;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Accountability for building rule of law: duty lists, rectification lists, and leaders' study and
 * reporting on law.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"dutyLists", "rectificationLists", "study"})
@JsonModel
public abstract class Accountability implements WithAccountability {

  /** Duty lists (责任清单). */
  public abstract List<@Valid DutyList> getDutyLists();

  /** Rectification lists (整改清单). */
  public abstract List<@Valid RectificationList> getRectificationLists();

  /** Leaders' study of law and reporting on it. */
  public abstract Optional<@Valid StudyAndTraining> getStudy();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Nothing reported on accountability. */
  public static Accountability empty() {
    return builder().build();
  }

  /** Builds {@link Accountability}. */
  public static final class Builder extends ImmutableAccountability.Builder {
    Builder() {}
  }
}
