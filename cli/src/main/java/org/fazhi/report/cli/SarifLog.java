package org.fazhi.report.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fazhi validate --format sarif}: the findings as a SARIF 2.1.0 log, the format
 * code-scanning services and editors read. One run; the driver lists every rule of the catalog with
 * its default level; a finding is a result at its file and, for a JSON file, at the line and column
 * its pointer names; the pointer itself is the result's logical location. Suppressed findings are
 * results with an external suppression and its reason; a file that cannot be read is a tool
 * execution notification.
 */
final class SarifLog {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifLog() {}

  /** One input that could be read: its findings and, for JSON, where its values stand. */
  record Input(Path file, List<Finding> active, List<Finding> suppressed, PointerLocations at) {}

  /** One input that could not be read, and why. */
  record Unreadable(Path file, String message) {}

  static String write(
      List<Input> inputs, List<Unreadable> unreadable, String version, Locale locale) {
    List<Result> results = new ArrayList<>();
    for (Input input : inputs) {
      input.active().forEach(f -> results.add(result(input, f, List.of(), locale)));
      for (Finding f : input.suppressed()) {
        String reason = f.getSuppression().map(s -> s.reason()).orElse("");
        results.add(result(input, f, List.of(new Suppression("external", reason)), locale));
      }
    }
    List<Notification> notifications =
        unreadable.stream()
            .map(
                u ->
                    new Notification(
                        "error",
                        new Message(u.message()),
                        List.of(new Location(physical(u.file(), null), List.of()))))
            .toList();
    List<Descriptor> rules =
        Arrays.stream(Rule.values())
            .map(
                r ->
                    new Descriptor(
                        r.id(),
                        new Message(r.description()),
                        new Configuration(level(r.severity()))))
            .toList();
    Run run =
        new Run(
            new Tool(new Driver("fazhi", version, rules)),
            List.of(new Invocation(unreadable.isEmpty(), notifications)),
            results);
    return MAPPER.writeValueAsString(new Log(SCHEMA, "2.1.0", List.of(run)));
  }

  private static Result result(
      Input input, Finding finding, List<Suppression> suppressions, Locale locale) {
    Region region =
        input
            .at()
            .find(finding.getPointer())
            .map(l -> new Region(l.line(), l.column()))
            .orElse(null);
    return new Result(
        finding.getRuleId(),
        finding.getRule().ordinal(),
        level(finding.getSeverity()),
        new Message(finding.getMessage(locale)),
        List.of(
            new Location(
                physical(input.file(), region),
                List.of(new LogicalLocation(finding.getPointer(), "member")))),
        suppressions,
        finding.getSection().map(s -> Map.of("section", s.toString())).orElse(Map.of()));
  }

  private static Physical physical(Path file, Region region) {
    return new Physical(new Artifact(uri(file)), region);
  }

  /** A relative path stays relative (to the working directory); an absolute one is a file URI. */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toASCIIString();
    }
    StringBuilder uri = new StringBuilder();
    for (Path part : file) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      try {
        uri.append(new java.net.URI(null, null, part.toString(), null).toASCIIString());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("not a path: " + file, e);
      }
    }
    return uri.toString();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Run(Tool tool, List<Invocation> invocations, List<Result> results) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Driver(String name, String version, List<Descriptor> rules) {}

  record Descriptor(String id, Message shortDescription, Configuration defaultConfiguration) {}

  record Configuration(String level) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  record Notification(String level, Message message, List<Location> locations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      List<Suppression> suppressions,
      Map<String, String> properties) {}

  record Message(String text) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Location(Physical physicalLocation, List<LogicalLocation> logicalLocations) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Physical(Artifact artifactLocation, Region region) {}

  record Artifact(String uri) {}

  record Region(int startLine, int startColumn) {}

  record LogicalLocation(String fullyQualifiedName, String kind) {}

  record Suppression(String kind, String justification) {}
}
