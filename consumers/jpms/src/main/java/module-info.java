/**
 * An application module that uses Fazhi as a user's would: it reads only what Fazhi's modules
 * export, and brings the optional Jackson modules into the module graph by requiring them.
 */
module org.fazhi.consumer.jpms {
  requires org.fazhi.report;
  requires org.fazhi.report.validation;
  requires org.fazhi.report.text;

  // Only for plainValidator(): an application that bootstraps Bean Validation itself.
  requires org.hibernate.validator;

  // Optional dependencies of org.fazhi.report (requires static there): ReportJson runs on
  // Jackson 3, FazhiJackson2Module on Jackson 2 and its jdk8 and jsr310 modules. An application
  // that uses them requires them, or they are not in the module graph.
  requires tools.jackson.databind;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.fazhi.consumer.jpms;
}
