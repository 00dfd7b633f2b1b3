package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Public legal services (公共法律服务): the platform's centres, stations and rooms, the people received
 * and the self-service terminal uses, services given against the annual target, the completion rate
 * (which may exceed 100%), and satisfaction.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ReportRules(groups = Information.class)
@ModelStyle
@JsonPropertyOrder({
  "centres",
  "stations",
  "rooms",
  "visitors",
  "terminalUses",
  "services",
  "target",
  "completionRate",
  "satisfaction",
  "breakdowns",
  "statement",
  "section"
})
@JsonModel
public abstract class PublicLegalServices implements WithPublicLegalServices, Anchored {

  /** Public legal service centres (公共法律服务中心), such as the county's one. */
  public abstract Optional<@Valid Count> getCentres();

  /** Stations, usually of townships (乡镇公共法律服务工作站). */
  public abstract Optional<@Valid Count> getStations();

  /** Rooms, usually of villages and communities (村（社区）公共法律服务工作室). */
  public abstract Optional<@Valid Count> getRooms();

  /** People received (接待群众), usually in 人次. */
  public abstract Optional<@Valid Count> getVisitors();

  /** Uses of self-service terminals (自助终端, 一体机). */
  public abstract Optional<@Valid Count> getTerminalUses();

  /** Services given (受理免费法律咨询服务 2522件). */
  public abstract Optional<@Valid Count> getServices();

  /** The annual target (年度任务), where stated. */
  public abstract Optional<@Valid Count> getTarget();

  /** The published completion rate against the target (占年度任务114.63%); may exceed 100. */
  public abstract Optional<@Valid Rate> getCompletionRate();

  /** The published satisfaction rate (群众满意度), a share. */
  public abstract Optional<@Valid Rate> getSatisfaction();

  /** The services broken down by kind, field or region, as published. */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The sentence as written when it states the block without figures. */
  public abstract Optional<String> getStatement();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getStatement(), "statement");
  }

  /** Builds a {@link PublicLegalServices}. */
  public static final class Builder extends ImmutablePublicLegalServices.Builder {
    Builder() {}
  }
}
