/**
 * Documents, behind the application's ports ({@code application.documents}): the PDFs Relais
 * renders with OpenPDF (a mandate's consent form, a person's file and history, a blockage
 * attestation) and the checks applied to uploaded evidence before it is stored (S60).
 */
package fr.relais.infrastructure.documents;
