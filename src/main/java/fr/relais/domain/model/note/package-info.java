/**
 * Free-text notes on a person's file (F2): written once, never changed or deleted, marked sensitive
 * at writing or later (never unmarked); sensitive notes and every note of a protected person kept
 * only as the vault's ciphertext.
 */
package fr.relais.domain.model.note;
