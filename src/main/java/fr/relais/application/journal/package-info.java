/**
 * Use cases of the journal context: the one journal API, its sealer, checkpoints and verification.
 * Service interfaces and what they take and give; implementations in {@code internal}.
 */
package fr.relais.application.journal;
