/**
 * The Jakarta Bean Validation constraint that ties the model to the Fazhi rule catalog, and the
 * groups that carry the catalog's severities. The rules themselves are in {@code fazhi-validation}.
 */
package org.fazhi.report.constraints;
