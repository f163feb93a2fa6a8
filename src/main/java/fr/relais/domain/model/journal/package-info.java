/**
 * The audit journal (G1, S50, S51). Entries are appended in the transaction of the action they
 * record, each with its own MAC; one sealer links them into a chain of seals; signed checkpoints of
 * the chain are kept outside the database. {@link fr.relais.domain.model.journal.JournalVerifier}
 * finds any modified, deleted, inserted or reordered entry, a shortened or rewritten tail, and
 * entries left unsealed. Entries name who did what to which target, never the values of personal
 * data.
 */
package fr.relais.domain.model.journal;
