/**
 * Use cases of the catalogue context: the catalogue of procedure types. Service interfaces and what
 * they take and give; implementations in {@code internal}.
 */
package fr.relais.application.catalogue;
