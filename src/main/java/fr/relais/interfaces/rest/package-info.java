/**
 * The JSON REST API under {@code /api/v1} (H2), documented by MicroProfile OpenAPI at {@code
 * /openapi}. Resources are thin: validate, call one application service, map the result. An id in
 * an address reaches them typed, read once by {@link fr.relais.interfaces.rest.IdParamConverters}.
 * Every error leaves as {@code application/problem+json} through {@link
 * fr.relais.interfaces.rest.ProblemMapper} (S71). Each operation's annotations say its {@code
 * operationId}, summary, success status and the errors its own rules cause; {@link
 * fr.relais.interfaces.rest.ApiContract} adds to the document what every operation shares.
 */
package fr.relais.interfaces.rest;
