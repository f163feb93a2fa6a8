package fr.relais.interfaces.rest.file;

import fr.relais.application.file.NoteService;
import fr.relais.domain.model.note.NoteId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Marking one note sensitive (F2): it is sealed, and never unmarked. */
@Path("/notes/{noteId}/sensitivity")
@RequestScoped
@Tag(name = "Notes", description = "Notes du dossier d'une personne")
@Produces(MediaType.APPLICATION_JSON)
public class NoteSensitivityResource {

  @Inject NoteService notes;

  @POST
  @Operation(
      operationId = "markNoteSensitive",
      summary = "Marquer la note comme sensible (scellée ; jamais démarquée)")
  @APIResponse(responseCode = "200", description = "La note, scellée")
  @APIResponse(responseCode = "409", description = "Déjà marquée sensible")
  public NoteService.NoteView mark(@PathParam("noteId") NoteId noteId) {
    return notes.markSensitive(noteId);
  }
}
