package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.AccreditationService;
import fr.relais.domain.model.structure.StructureId;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Structures and their accreditation (A1). */
@Path("/structures")
@RequestScoped
@Tag(name = "Structures", description = "Structures d'accompagnement et leur agrément")
@Produces(MediaType.APPLICATION_JSON)
public class StructureResource {

  @Inject AccreditationService accreditation;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "registerStructure",
      summary = "Enregistrer la demande d'agrément d'une structure (exploitant)")
  @APIResponse(
      responseCode = "201",
      description = "La structure enregistrée",
      content =
          @Content(schema = @Schema(implementation = AccreditationService.StructureView.class)),
      headers =
          @Header(
              name = "Location",
              description = "La structure",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  public Response register(AccreditationService.Registration registration) {
    AccreditationService.StructureView view = accreditation.register(registration);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  @Operation(
      operationId = "listStructures",
      summary = "Structures par statut d'agrément (préfecture, exploitant)")
  public List<AccreditationService.StructureView> list(@QueryParam("status") List<String> status) {
    return accreditation.list(status);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getStructure",
      summary = "Une structure, son agrément et l'historique des décisions")
  public AccreditationService.StructureView get(@PathParam("id") StructureId id) {
    return accreditation.get(id);
  }

  @POST
  @Path("/{id}/accreditation-decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideAccreditation",
      summary = "Décider de l'agrément (préfecture)",
      description = "ACCREDIT, REFUSE, SUSPEND, REINSTATE, REVOKE ou RENEW.")
  public AccreditationService.StructureView decide(
      @PathParam("id") StructureId id, AccreditationService.Decision decision) {
    return accreditation.decide(id, decision);
  }
}
