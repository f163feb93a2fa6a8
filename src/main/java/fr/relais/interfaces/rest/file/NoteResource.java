package fr.relais.interfaces.rest.file;

import fr.relais.application.Page;
import fr.relais.application.file.NoteService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notes of one person's file (F2): read by pages, written once. */
@Path("/persons/{personId}/notes")
@RequestScoped
@Tag(name = "Notes", description = "Notes du dossier d'une personne")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

  @Inject NoteService notes;

  @GET
  @Operation(
      operationId = "listNotes",
      summary = "Les notes, les plus récentes d'abord (notes scellées masquées)")
  public Page<NoteService.NoteView> list(
      @PathParam("personId") PersonId personId,
      @QueryParam("before") String before,
      @QueryParam("limit") Integer limit) {
    return notes.list(personId, before, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createNote",
      summary = "Écrire une note (sensible : scellée) ; jamais modifiée ensuite")
  @APIResponse(
      responseCode = "201",
      description = "La note écrite",
      content = @Content(schema = @Schema(implementation = NoteService.NoteView.class)))
  public Response add(@PathParam("personId") PersonId personId, NoteService.NewNote note) {
    return Response.status(201).entity(notes.add(personId, note)).build();
  }
}
