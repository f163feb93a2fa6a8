/**
 * Documents: the printable consent form of a mandate (PDF) and the checks applied to uploaded
 * signed scans before they are stored (S60).
 */
package fr.relais.infrastructure.documents;
