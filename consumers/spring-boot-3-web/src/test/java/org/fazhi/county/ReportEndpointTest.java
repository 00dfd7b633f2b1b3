package org.fazhi.county;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fazhi.report.consumer.ConsumerReports;
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

  @Test
  void aValidReport_isAccepted() throws Exception {
    http.perform(
            post("/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bootsMapper.writeValueAsString(ConsumerReports.valid())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accepted").value(true));
  }

  @Test
  void anInvalidReport_getsTheProblemDocument_withRulePointerAndMessage() throws Exception {
    http.perform(
            post("/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "zh-CN")
                .content(bootsMapper.writeValueAsString(ConsumerReports.acceptedExceedsReceived())))
        .andExpect(status().is(422))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:fazhi:problem:invalid-report"))
        .andExpect(jsonPath("$.title").value("报告未通过校验"))
        .andExpect(jsonPath("$.findings[0].ruleId").value(ConsumerReports.ACCEPTED_EXCEEDS_RECEIVED))
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
                .content(bootsMapper.writeValueAsString(ConsumerReports.acceptedExceedsReceived())))
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
            .writeValueAsString(ConsumerReports.valid())
            .replace("\"reportingYear\":2024", "\"reportingYear\":2024,\"leader\":\"x\"");

    http.perform(post("/reports").contentType(MediaType.APPLICATION_JSON).content(withUnknown))
        .andExpect(status().isBadRequest());
  }
}
