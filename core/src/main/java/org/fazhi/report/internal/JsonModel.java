package org.fazhi.report.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model type whose JSON form Immutables generates, for Jackson 2 and Jackson 3 alike.
 *
 * <p>Immutables generates the JSON creator of a type annotated, directly or through an annotation
 * like this one, with Jackson's {@code @JsonSerialize} or {@code @JsonDeserialize}. Written on each
 * model type, those annotations named the generated class ({@code as = ImmutableReport.class}), and
 * an application compiling against the model without one of the two Jackson lines got a warning per
 * type ("Cannot find annotation method 'as()'"), which fails a {@code -Werror} build. Here they
 * carry no value, so a missing one is silently ignored, by javac as by the JVM; the modules ({@code
 * FazhiJackson2Module}, {@code FazhiJackson3Module}) map each marked type to its generated class
 * instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@com.fasterxml.jackson.databind.annotation.JsonSerialize
@com.fasterxml.jackson.databind.annotation.JsonDeserialize
@tools.jackson.databind.annotation.JsonSerialize
@tools.jackson.databind.annotation.JsonDeserialize
public @interface JsonModel {}
