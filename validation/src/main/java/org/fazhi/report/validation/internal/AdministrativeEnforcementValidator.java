package org.fazhi.report.validation.internal;

import org.fazhi.report.enforcement.AdministrativeEnforcement;

/** The rules of the enforcement block: the certificate-holding rate is a share. */
public final class AdministrativeEnforcementValidator
    extends RulesValidator<AdministrativeEnforcement> {

  @Override
  void check(AdministrativeEnforcement e, Checks checks) {
    Rates.share(
        checks,
        e.getCertificateHoldingRate(),
        Figure.CERTIFICATE_HOLDING_RATE,
        e.getSection(),
        "certificateHoldingRate");
  }
}
