package org.fazhi.report.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables and Jackson style of every model type: JavaBeans accessors ({@code getX()},
 * {@code isX()}) so that a plain Jakarta validator sees constraints and cascades, JDK collections
 * only, public generated classes, and absent optionals and empty collections left out of JSON.
 *
 * <p>Internal: not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "child:children",
      "emergency:emergencies",
      "activity:activities",
      "series:series"
    },
    defaults = @Value.Immutable(copy = true))
@JacksonAnnotationsInside
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public @interface ModelStyle {}
