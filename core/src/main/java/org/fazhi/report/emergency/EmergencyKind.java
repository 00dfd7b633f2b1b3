package org.fazhi.report.emergency;

/** The kind of an emergency (突发事件) a report describes. */
public enum EmergencyKind {
  /** 地震. */
  EARTHQUAKE,
  /** 洪涝, 汛情. */
  FLOOD,
  /** 森林草原火灾. */
  FOREST_FIRE,
  /** 地质灾害: landslides, mudflows, subsidence. */
  GEOLOGICAL_HAZARD,
  /** Other natural disasters: drought, storm, snow. */
  OTHER_NATURAL_DISASTER,
  /** 安全生产事故, 事故灾难. */
  ACCIDENT,
  /** 公共卫生事件. */
  PUBLIC_HEALTH,
  /** 社会安全事件. */
  SOCIAL_SECURITY,
  /** Anything else. */
  OTHER
}
