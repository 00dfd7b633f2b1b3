package org.fazhi.report.constraints;

/**
 * The validation group of INFO rules: facts worth knowing about a report that are no fault, such as
 * a reporting period shorter than the year. Not part of the {@link
 * jakarta.validation.groups.Default Default} group.
 */
public interface Information {}
