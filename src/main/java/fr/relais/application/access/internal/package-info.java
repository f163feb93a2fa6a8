/**
 * Default implementations of the access context's services: transaction boundaries, the access
 * policy asked, the journal written; and the access policy's evaluators themselves ({@code
 * Default*Evaluator}, on {@code EvaluatorSupport}): the only code that decides who may do what,
 * journals an authorization refusal and throws {@link fr.relais.application.AccessDeniedException}.
 */
package fr.relais.application.access.internal;
