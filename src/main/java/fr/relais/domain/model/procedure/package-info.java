/**
 * Procedures done on a person's behalf (C1-C7): the procedure with its status, its immutable
 * timeline of events, the administration's requests for documents, the attestations it issued, the
 * blockages of the online service, and the residence permit a person holds now, whose expiry gives
 * the renewal window. The deadlines these carry are read by the one deadline engine.
 */
package fr.relais.domain.model.procedure;
