package fr.relais.application.file;

import fr.relais.domain.model.person.PersonId;

/**
 * A person's file as one PDF (F4), for the member who sees it: identity, situation, protection,
 * contact and places, followers, mandates, documents and notes as that member may see them — sealed
 * data only when they meet the decryption conditions (each decryption journaled), « masqué »
 * otherwise. Every export journaled about her, so that her access journal shows it.
 */
public interface FileExportService {

  /** The PDF under a generated name (no name of hers in it). */
  record FileExport(String fileName, byte[] content) {}

  FileExport exportFile(PersonId personId);
}
