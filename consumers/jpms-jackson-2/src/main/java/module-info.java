/** An application module on Jackson 2 alone: no Jackson 3 on its module path. */
module org.fazhi.consumer.jacksontwo {
  requires org.fazhi.report;
  requires org.fazhi.report.validation;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports org.fazhi.consumer.jacksontwo;
}
