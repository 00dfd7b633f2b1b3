package org.fazhi.county;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application, as Boot 3.5 starts it, answering HTTP requests. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportEndpointTest {
  @Autowired MockMvc http;
  @Autowired ObjectMapper bootsMapper;

  private static Report report(int received, int accepted) {
    return Report.builder()
        .metadata(
            ReportMetadata.builder()
                .title("阳高县2024年法治政府建设年度报告")
                .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                .reportingYear(2024)
                .documentDate(LocalDate.of(2024, 12, 3))
                .build())
        .statistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .received(Count.of(received))
                        .accepted(Count.of(accepted))
                        .build())
                .build())
        .build();
  }

  @Test
  void aValidReport_isAccepted() throws Exception {
    http.perform(
            post("/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bootsMapper.writeValueAsString(report(35, 31))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accepted").value(true));
  }

  @Test
  void anInvalidReport_getsTheProblemDocument_withRulePointerAndMessage() throws Exception {
    http.perform(
            post("/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "zh-CN")
                .content(bootsMapper.writeValueAsString(report(31, 32))))
        .andExpect(status().is(422))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:fazhi:problem:invalid-report"))
        .andExpect(jsonPath("$.title").value("报告未通过校验"))
        .andExpect(jsonPath("$.findings[0].ruleId").value("reconsideration.accepted-exceeds-received"))
        .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
        .andExpect(jsonPath("$.findings[0].pointer").value("/statistics/reconsideration/accepted"))
        .andExpect(jsonPath("$.findings[0].message").value("行政复议受理数(32)不得大于收到申请数(31)"));
  }

  @Test
  void theProblemDocument_speaksTheRequestsLanguage() throws Exception {
    http.perform(
            post("/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(bootsMapper.writeValueAsString(report(31, 32))))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.title").value("The report fails validation"))
        .andExpect(
            jsonPath("$.findings[0].message")
                .value("Reconsideration: accepted (32) cannot exceed received (31)."));
  }

  @Test
  void anUnknownProperty_isRefused_thoughBootIgnoresUnknownProperties() throws Exception {
    String withUnknown =
        bootsMapper
            .writeValueAsString(report(35, 31))
            .replace("\"reportingYear\":2024", "\"reportingYear\":2024,\"leader\":\"x\"");

    http.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(withUnknown))
        .andExpect(status().isBadRequest());
  }
}
