/**
 * What the use cases ask of documents, as ports implemented in {@code infrastructure.documents}:
 * the inspection of uploaded evidence — magic bytes, size, metadata stripped (S60) — and the PDFs
 * Relais renders (a mandate's consent form, a person's file and history, a blockage attestation).
 */
package fr.relais.application.documents;
