package org.fazhi.report.validation;

import java.util.Objects;

/**
 * An acknowledged finding: the findings of one rule at the pointers a pattern matches, with the
 * reason they are accepted — "the published report says so; confirmed with the issuer".
 *
 * <p>A suppressed finding stays in the {@link ValidationResult}, marked with its suppression, and
 * no longer counts towards {@link ValidationResult#isValid()} or the active findings.
 *
 * <p>The pointer pattern is a JSON Pointer in which a segment {@code *} matches any one segment and
 * a final {@code **} any number of segments (none included): {@code
 * /statistics/reconsideration/closed} matches that pointer only, {@code /emergencies/*}{@code
 * /magnitude} every emergency's magnitude, {@code /statistics/**} everything under statistics,
 * {@code /**} everything.
 *
 * @param rule the rule whose findings are acknowledged
 * @param pointerPattern the pattern of the pointers acknowledged
 * @param reason why, in the caller's words; not blank
 */
public record Suppression(Rule rule, String pointerPattern, String reason) {

  /** Fails for a null part, a pattern that is no JSON Pointer pattern, or a blank reason. */
  public Suppression {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pointerPattern, "pointerPattern");
    Objects.requireNonNull(reason, "reason");
    if (!pointerPattern.isEmpty() && !pointerPattern.startsWith("/")) {
      throw new IllegalArgumentException(
          "a pointer pattern is empty or starts with /: \"" + pointerPattern + "\"");
    }
    int doubleStar = pointerPattern.indexOf("**");
    if (doubleStar >= 0
        && (!pointerPattern.endsWith("/**") || doubleStar != pointerPattern.length() - 2)) {
      throw new IllegalArgumentException(
          "** may only stand as the last segment of a pointer pattern: \"" + pointerPattern + "\"");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a suppression needs a reason (" + rule.id() + ")");
    }
  }

  /** Acknowledges the findings of the rule with id {@code ruleId}; fails for an unknown id. */
  public static Suppression of(String ruleId, String pointerPattern, String reason) {
    Rule rule =
        Rule.byId(ruleId)
            .orElseThrow(
                () -> new IllegalArgumentException("no rule has the id \"" + ruleId + "\""));
    return new Suppression(rule, pointerPattern, reason);
  }

  /** Acknowledges the findings of {@code rule}. */
  public static Suppression of(Rule rule, String pointerPattern, String reason) {
    return new Suppression(rule, pointerPattern, reason);
  }

  /** Whether this suppression acknowledges a finding of {@code rule} at {@code pointer}. */
  public boolean matches(Rule rule, String pointer) {
    return this.rule == rule && matchesPointer(pointer);
  }

  private boolean matchesPointer(String pointer) {
    if (pointerPattern.endsWith("/**")) {
      String prefix = pointerPattern.substring(0, pointerPattern.length() - 3);
      return segmentsMatch(prefix, pointer, true);
    }
    return segmentsMatch(pointerPattern, pointer, false);
  }

  private static boolean segmentsMatch(String pattern, String pointer, boolean prefixOnly) {
    String[] want = pattern.isEmpty() ? new String[0] : pattern.substring(1).split("/", -1);
    String[] have = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    if (prefixOnly ? have.length < want.length : have.length != want.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      if (!want[i].equals("*") && !want[i].equals(have[i])) {
        return false;
      }
    }
    return true;
  }
}
