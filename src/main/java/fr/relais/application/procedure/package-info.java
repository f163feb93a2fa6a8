/**
 * Use cases of the procedure context: procedures on a person's behalf, their history, technical
 * blockages and the one deadline engine. Service interfaces and what they take and give;
 * implementations in {@code internal}.
 */
package fr.relais.application.procedure;
