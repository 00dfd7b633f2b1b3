/**
 * The rule catalog of annual rule-of-law government reports, on Jakarta Bean Validation with
 * Hibernate Validator.
 *
 * <p>Exports {@code org.fazhi.report.validation} (the {@code ReportValidator} facade and its
 * findings); the constraint validators in {@code org.fazhi.report.validation.internal} are not
 * exported. They are provided as {@code jakarta.validation.ConstraintValidator} services, which is
 * how Hibernate Validator finds the validators of {@code @ReportRules} on the module path (on the
 * class path it reads the same list from {@code META-INF/services}), and the package is opened to
 * Hibernate Validator alone, which instantiates them by reflection. The messages, {@code
 * ContributorValidationMessages}, are in the unnamed package, which no module encapsulates. See
 * {@code docs/modules.md}.
 */
module org.fazhi.report.validation {
  requires transitive org.fazhi.report;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  // Compile time only: Immutables' annotations.
  requires static org.immutables.value.annotations;

  exports org.fazhi.report.validation;

  opens org.fazhi.report.validation.internal to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      org.fazhi.report.validation.internal.AdministrativeDivisionValidator,
      org.fazhi.report.validation.internal.AdministrativeEnforcementValidator,
      org.fazhi.report.validation.internal.DecisionCatalogValidator,
      org.fazhi.report.validation.internal.DecisionItemValidator,
      org.fazhi.report.validation.internal.DelegatedPowersValidator,
      org.fazhi.report.validation.internal.DutyListValidator,
      org.fazhi.report.validation.internal.EmergencyValidator,
      org.fazhi.report.validation.internal.GeoPointValidator,
      org.fazhi.report.validation.internal.JudgmentPerformanceValidator,
      org.fazhi.report.validation.internal.LegalAdvisersValidator,
      org.fazhi.report.validation.internal.LegalAidValidator,
      org.fazhi.report.validation.internal.LegalityReviewValidator,
      org.fazhi.report.validation.internal.LitigationValidator,
      org.fazhi.report.validation.internal.MediationValidator,
      org.fazhi.report.validation.internal.NormativeDocumentsValidator,
      org.fazhi.report.validation.internal.OutlineValidator,
      org.fazhi.report.validation.internal.PublicLegalServicesValidator,
      org.fazhi.report.validation.internal.RateValidator,
      org.fazhi.report.validation.internal.ReconsiderationValidator,
      org.fazhi.report.validation.internal.RectificationListValidator,
      org.fazhi.report.validation.internal.ReportMetadataValidator,
      org.fazhi.report.validation.internal.ReportRulesValidator;
}
