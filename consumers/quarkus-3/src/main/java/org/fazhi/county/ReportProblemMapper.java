package org.fazhi.county;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.fazhi.report.validation.ReportProblem;

/**
 * What docs/integration.md tells a Quarkus application to declare: a report that fails {@code
 * @Valid} on a resource method answered with Fazhi's problem document.
 */
// sample in docs/integration.md: begin
@Provider
public class ReportProblemMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.CHINA);
    ReportProblem problem = ReportProblem.of(e.getConstraintViolations(), locale);
    return Response.status(problem.status())
        .type("application/problem+json")
        .entity(problem)
        .build();
  }
}
// sample in docs/integration.md: end
