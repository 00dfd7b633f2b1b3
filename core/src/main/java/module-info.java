/**
 * The immutable model of an annual rule-of-law government report, its JSON form and its facts.
 *
 * <p>Exports the model and its JSON and facts APIs; {@code org.fazhi.report.internal} stays
 * internal. The model packages are opened, for deep reflection only, to the two Jackson databind
 * modules: Immutables' generated {@code Json} builders and {@code fromJson} creators are
 * package-private. Jackson 3 (which {@code ReportJson} and {@code FactsCsv} run on) and Jackson 2
 * (which only {@code FazhiJackson2Module} needs) are optional: an application that uses them
 * requires them itself. See {@code docs/modules.md}.
 */
module org.fazhi.report {
  // Annotations on public model types: every user of the model sees them.
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;

  // Optional: present when the application requires them.
  requires static tools.jackson.core;
  requires static tools.jackson.databind;
  requires static tools.jackson.dataformat.csv;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.jsr310;

  // Compile time only: Immutables' annotations (CLASS retention at most at run time).
  requires static org.immutables.value.annotations;

  exports org.fazhi.report;
  exports org.fazhi.report.accountability;
  exports org.fazhi.report.constraints;
  exports org.fazhi.report.decision;
  exports org.fazhi.report.emergency;
  exports org.fazhi.report.enforcement;
  exports org.fazhi.report.facts;
  exports org.fazhi.report.figure;
  exports org.fazhi.report.json;
  exports org.fazhi.report.outline;
  exports org.fazhi.report.statistics;

  opens org.fazhi.report to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.accountability to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.decision to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.emergency to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.enforcement to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.facts to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.figure to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.outline to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens org.fazhi.report.statistics to
      tools.jackson.databind,
      com.fasterxml.jackson.databind;

// No "provides tools.jackson.databind.JacksonModule": a provides clause makes the service's
// module required at resolution, and Jackson 3 is optional. On the class path
// META-INF/services lists FazhiJackson3Module for findAndAddModules(); on the module path an
// application registers it itself.
}
