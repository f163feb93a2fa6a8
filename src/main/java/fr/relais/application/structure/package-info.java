/**
 * Use cases of the structure context: structures and their accreditation, members, invitations,
 * prefecture agents. Service interfaces and what they take and give; implementations in {@code
 * internal}.
 */
package fr.relais.application.structure;
