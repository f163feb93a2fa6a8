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

/** Her own changes of address, for one of her records (E1). */
@Path("/my-file/records/{personId}/email-changes")
@RequestScoped
@Tag(name = "Mon dossier", description = "L'espace de la personne accompagnée")
@Produces(MediaType.APPLICATION_JSON)
public class MyEmailChangeResource {

  @Inject EmailChangeService changes;

  @GET
  @Operation(operationId = "listMyEmailChanges", summary = "Mes changements d'adresse")
  @APIResponse(responseCode = "200", description = "Mes changements d'adresse")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public List<EmailChangeService.ChangeView> mine(@PathParam("personId") PersonId personId) {
    return changes.mine(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startMyEmailChange",
      summary = "Changer mon adresse (connexion récente ; lien envoyé à la nouvelle adresse)")
  @APIResponse(
      responseCode = "201",
      description = "Le changement, en attente de confirmation",
      content = @Content(schema = @Schema(implementation = EmailChangeService.ChangeView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Adresse inutilisable, ou son accès est verrouillé en urgence")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  @APIResponse(responseCode = "429", description = "Trop de changements demandés d'affilée")
  public Response start(
      @PathParam("personId") PersonId personId, EmailChangeService.Request request) {
    return Response.status(201).entity(changes.startMine(personId, request)).build();
  }
}
