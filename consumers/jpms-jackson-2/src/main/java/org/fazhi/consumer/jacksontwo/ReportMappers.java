package org.fazhi.consumer.jacksontwo;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.fazhi.report.json.FazhiJackson2Module;

/** The application's Jackson 2 mapper for reports. */
public final class ReportMappers {
  private ReportMappers() {}

  /** A mapper with Fazhi's Jackson 2 module. */
  public static JsonMapper jackson2() {
    return JsonMapper.builder().addModule(new FazhiJackson2Module()).build();
  }
}
