package fr.relais.application.procedure;

import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.person.PersonId;

/**
 * The complete history of a person's procedures as one file (C3): a ZIP holding a PDF summary —
 * every procedure, its statuses, events, requests and attestations — and the document versions that
 * were sent, for the person or her lawyer. Her file's audience only; a version this member may not
 * open is named in the summary and left out; the download is journaled.
 */
public interface ProcedureHistoryService {

  /** The ZIP's bytes, under a name that names no one (S42). */
  DocumentService.Download history(PersonId personId);
}
