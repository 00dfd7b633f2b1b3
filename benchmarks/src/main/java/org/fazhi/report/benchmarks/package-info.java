/**
 * JMH benchmarks of the library's hot paths, each measured against a baseline in the same run.
 *
 * <p>Build and run: {@code mvn -B -q -pl benchmarks -am package -DskipTests} then {@code java -jar
 * benchmarks/target/benchmarks.jar}.
 */
package org.fazhi.report.benchmarks;
