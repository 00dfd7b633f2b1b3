package org.fazhi.county;

import jakarta.validation.Validator;
import org.fazhi.report.json.FazhiJackson2Module;
import org.fazhi.report.validation.FrameworkCheck;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What docs/integration.md tells a Spring Boot 3 application to declare. */
@Configuration
class FazhiConfiguration {
  // sample in docs/integration.md: begin
  @Bean // Boot 3 registers every Jackson 2 Module bean with its ObjectMapper
  FazhiJackson2Module fazhiModule() {
    return new FazhiJackson2Module();
  }

  @Bean // fail at startup, not silently, if @Valid cannot see the report's rules
  ApplicationRunner fazhiCheck(Validator validator) {
    return args -> FrameworkCheck.requireReportRules(validator);
  }
  // sample in docs/integration.md: end
}
