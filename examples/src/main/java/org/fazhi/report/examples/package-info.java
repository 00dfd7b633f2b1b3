/**
 * A real report in the model: {@link org.fazhi.report.examples.Yanggao2024} holds the Yanggao
 * County 2024 rule-of-law government report — metadata, the outline with its prose as published,
 * and every figure typed — and {@link org.fazhi.report.examples.YanggaoReportProgram} prints its
 * outline and key statistics and writes its JSON.
 */
package org.fazhi.report.examples;
