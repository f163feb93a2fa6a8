package fr.relais.interfaces.rest.procedure;

import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The residence permit a person holds, whose expiry gives the renewal window (C5). */
@Path("/persons/{personId}/permits")
@RequestScoped
@Tag(name = "Démarches", description = "Les démarches faites pour une personne")
@Produces(MediaType.APPLICATION_JSON)
public class PersonPermitResource {

  @Inject ProcedureService procedures;

  @GET
  @Operation(
      operationId = "listPermits",
      summary = "Ses titres, l'actuel d'abord, et où en est la fenêtre de renouvellement")
  public List<ProcedureService.PermitView> list(@PathParam("personId") PersonId personId) {
    return procedures.permits(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordPermit",
      summary = "Enregistrer le titre qu'elle détient (en ligne ou non)")
  @APIResponse(
      responseCode = "201",
      description = "Le titre enregistré",
      content = @Content(schema = @Schema(implementation = ProcedureService.PermitView.class)))
  public Response record(
      @PathParam("personId") PersonId personId, ProcedureService.NewPermit input) {
    return Response.status(201).entity(procedures.recordPermit(personId, input)).build();
  }
}
