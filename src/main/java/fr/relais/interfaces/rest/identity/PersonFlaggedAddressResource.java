package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.EmailChangeService;
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

/** Addresses flagged as possibly controlled by someone else (S32). */
@Path("/persons/{personId}/flagged-addresses")
@RequestScoped
@Tag(name = "Adresse électronique", description = "Changement sécurisé de l'adresse de contact")
@Produces(MediaType.APPLICATION_JSON)
public class PersonFlaggedAddressResource {

  @Inject EmailChangeService changes;

  @GET
  @Operation(
      operationId = "listFlaggedAddresses",
      summary = "Les adresses signalées de son dossier (jamais l'adresse elle-même)")
  public List<EmailChangeService.FlagView> list(@PathParam("personId") PersonId personId) {
    return changes.flags(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "flagAddress",
      summary =
          "Signaler une adresse peut-être contrôlée par quelqu'un d'autre : retirée aussitôt, plus"
              + " jamais utilisée")
  @APIResponse(
      responseCode = "201",
      description = "Le signalement",
      content = @Content(schema = @Schema(implementation = EmailChangeService.FlagView.class)))
  @APIResponse(responseCode = "409", description = "Adresse déjà signalée")
  public Response flag(
      @PathParam("personId") PersonId personId, EmailChangeService.FlagRequest request) {
    return Response.status(201).entity(changes.flag(personId, request)).build();
  }
}
