package fr.relais.interfaces.rest.mandate;

import fr.relais.application.mandate.MandateService;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's mandates and the on-behalf check (B1, B2). */
@Path("/persons/{personId}/mandates")
@RequestScoped
@Tag(name = "Mandats", description = "Mandats, consentements, révocations")
@Produces(MediaType.APPLICATION_JSON)
public class PersonMandateResource {

  @Inject MandateService mandates;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  /** What the member is about to do for the person. */
  public record OnBehalfRequest(String procedureCode) {}

  @GET
  @Operation(operationId = "listMandates", summary = "Les mandats d'une personne")
  public List<MandateService.MandateView> list(@PathParam("personId") PersonId personId) {
    return mandates.forPerson(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createMandate",
      summary = "Créer un mandat (12 mois au plus)",
      description = "Génère le document de consentement ; actif une fois le document signé joint.")
  @APIResponse(
      responseCode = "201",
      description = "Le mandat, en attente du consentement signé",
      content = @Content(schema = @Schema(implementation = MandateService.MandateView.class)),
      headers =
          @Header(
              name = "Location",
              description = "Le mandat",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  public Response create(
      @PathParam("personId") PersonId personId, MandateService.NewMandate mandate) {
    MandateService.MandateView created = mandates.create(personId, mandate);
    return Response.created(uri.getBaseUriBuilder().path("mandates").path(created.id()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/on-behalf-checks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "checkOnBehalf",
      summary = "Puis-je agir pour cette personne sur cette démarche ?",
      description = "200 avec le mandat qui le permet, 403 sinon (refus journalisé).")
  public MandateService.OnBehalf check(
      @PathParam("personId") PersonId personId, OnBehalfRequest request) {
    return mandates.requireOnBehalf(personId, request == null ? null : request.procedureCode());
  }
}
