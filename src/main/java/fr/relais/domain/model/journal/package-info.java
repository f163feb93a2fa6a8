/**
 * The audit journal (G1, S50, S51): append-only entries chained by a keyed hash, so that any
 * modified, deleted, inserted or reordered row is detected by {@link
 * fr.relais.domain.model.journal.JournalChain#verify}. Entries name who did what to which target,
 * never the values of personal data.
 */
package fr.relais.domain.model.journal;
