package org.fazhi.report;

/** The level of an administrative division. */
public enum DivisionLevel {
  /** 省级: provinces, autonomous regions, municipalities directly under the central government. */
  PROVINCE,
  /** 地级: prefecture-level cities, prefectures, leagues. */
  PREFECTURE,
  /** 县级: counties, county-level cities, districts, banners. */
  COUNTY,
  /** 乡级: townships, towns, subdistricts. */
  TOWNSHIP
}
