package org.fazhi.county;

import jakarta.validation.Valid;
import java.util.Map;
import org.fazhi.report.Report;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accepts a report whose figures pass the ERROR rules. */
@RestController
class ReportController {
  @PostMapping("/reports")
  Map<String, Object> receive(@Valid @RequestBody Report report) {
    return Map.of("title", report.getMetadata().getTitle(), "accepted", true);
  }
}
