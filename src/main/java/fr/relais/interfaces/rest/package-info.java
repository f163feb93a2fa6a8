/**
 * The JSON REST API under {@code /api/v1} (H2), documented by MicroProfile OpenAPI at {@code
 * /openapi}. Resources are thin: validate, call one application service, map the result. Every
 * error leaves as {@code application/problem+json} through {@link
 * fr.relais.interfaces.rest.ProblemMapper} (S71).
 */
package fr.relais.interfaces.rest;
