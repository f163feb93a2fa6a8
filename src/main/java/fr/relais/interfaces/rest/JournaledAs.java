package fr.relais.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The journal's name for what a route does, for a refusal answered before its service is reached: a
 * malformed id in its address ({@link IdParamConverters}) is journaled under this action, as the
 * service journals an unknown id. A route without it is journaled as {@code api.<operationId>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface JournaledAs {
  String value();
}
