package org.fazhi.report.json;

import org.fazhi.report.json.ReportJsonException.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * A token {@link ReportJson} refuses as it reads it, before anything converts it: a negative zero,
 * an exponent no decimal of the model can have, a number longer than {@link
 * ReportJson#MAX_NUMBER_LENGTH}; or a string or name that holds a lone surrogate ({@link
 * TextTokens}). {@link JsonErrors} reports it where it stands.
 */
final class RefusedTokenException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String detail;

  RefusedTokenException(JsonParser parser, Problem problem, String detail) {
    super(parser, detail, parser.currentTokenLocation());
    this.problem = problem;
    this.detail = detail;
  }

  /** What is wrong, for {@link ReportJsonException#getProblem()}. */
  Problem problem() {
    return problem;
  }

  /** The detail {@link ReportJsonException} gives. */
  String detail() {
    return detail;
  }
}
