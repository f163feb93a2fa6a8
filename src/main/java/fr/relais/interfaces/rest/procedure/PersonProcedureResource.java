package fr.relais.interfaces.rest.procedure;

import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.rest.file.DocumentResource;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's procedures (C1): several at once, each of a catalogue type. */
@Path("/persons/{personId}/procedures")
@RequestScoped
@Tag(name = "Démarches", description = "Les démarches faites pour une personne")
@Produces(MediaType.APPLICATION_JSON)
public class PersonProcedureResource {

  @Inject ProcedureService procedures;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;
  @Inject fr.relais.application.procedure.ProcedureHistoryService history;

  @GET
  @Path("history.zip")
  @Produces("application/zip")
  @Operation(
      operationId = "downloadProcedureHistory",
      summary = "Tout l'historique en un fichier : résumé PDF et pièces envoyées (journalisé)")
  public Response history(@PathParam("personId") PersonId personId) {
    return DocumentResource.file(history.history(personId));
  }

  @GET
  @Operation(
      operationId = "listProcedures",
      summary = "Ses démarches, les plus récentes d'abord, avec leur historique")
  public List<ProcedureService.ProcedureView> list(@PathParam("personId") PersonId personId) {
    return procedures.list(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createProcedure",
      summary = "Commencer une démarche (un mandat actif couvrant ce type est exigé)")
  @APIResponse(
      responseCode = "201",
      description = "La démarche commencée",
      content = @Content(schema = @Schema(implementation = ProcedureService.ProcedureView.class)),
      headers =
          @Header(
              name = "Location",
              description = "La démarche",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  public Response create(
      @PathParam("personId") PersonId personId, ProcedureService.NewProcedure input) {
    ProcedureService.ProcedureView created = procedures.create(personId, input);
    return Response.created(uri.getBaseUriBuilder().path("procedures").path(created.id()).build())
        .entity(created)
        .build();
  }
}
