/**
 * Identity verification (D1, S20-S22): the levels a person's identity reached — declared by a
 * worker, a document checked in person by a habilitated member, verified through an
 * eIDAS-substantial provider — each step kept as an immutable record with who, when, how and why. A
 * document's number is never stored, only its keyed hash and its last characters.
 */
package fr.relais.domain.model.identity;
