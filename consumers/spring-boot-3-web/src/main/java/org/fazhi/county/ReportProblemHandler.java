package org.fazhi.county;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import org.fazhi.report.validation.ReportProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a report that fails @Valid with Fazhi's problem document. */
@RestControllerAdvice
class ReportProblemHandler {
  // sample in docs/integration.md: begin
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ReportProblem> invalidReport(MethodArgumentNotValidException e, Locale locale) {
    List<ConstraintViolation<?>> violations =
        e.getAllErrors().stream()
            .<ConstraintViolation<?>>map(error -> error.unwrap(ConstraintViolation.class))
            .toList();
    ReportProblem problem = ReportProblem.of(violations, locale);
    return ResponseEntity.status(problem.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
  // sample in docs/integration.md: end
}
