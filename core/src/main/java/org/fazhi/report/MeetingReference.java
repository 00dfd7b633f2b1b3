package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A meeting the report cites, such as the one that approved a decision: {@code 县人民政府第三十七次常务会议} is
 * body {@code 县人民政府常务会议}, session 37.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"body", "session", "date"})
@JsonModel
public abstract class MeetingReference implements WithMeetingReference {

  /** The meeting body, without the session: {@code 县人民政府常务会议}. */
  public abstract String getBody();

  /** The session number (第三十七次 is 37), if given. */
  public abstract OptionalInt getSession();

  /** The date, if given. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> getDate();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getBody(), "body");
    getSession()
        .ifPresent(s -> Invariants.check(s >= 1, "session", () -> "sessions count from 1: " + s));
  }

  /** Builds a {@link MeetingReference}. */
  public static final class Builder extends ImmutableMeetingReference.Builder {
    Builder() {}
  }
}
