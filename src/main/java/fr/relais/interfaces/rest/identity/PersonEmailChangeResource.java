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

/** Changes of a person's contact email, started by a member (E1, S30). */
@Path("/persons/{personId}/email-changes")
@RequestScoped
@Tag(name = "Adresse électronique", description = "Changement sécurisé de l'adresse de contact")
@Produces(MediaType.APPLICATION_JSON)
public class PersonEmailChangeResource {

  @Inject EmailChangeService changes;

  @GET
  @Operation(
      operationId = "listEmailChanges",
      summary = "Les changements d'adresse de son dossier, du plus récent au plus ancien")
  public List<EmailChangeService.ChangeView> history(@PathParam("personId") PersonId personId) {
    return changes.history(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startEmailChange",
      summary =
          "Proposer une nouvelle adresse : un lien de confirmation lui est envoyé (identité"
              + " vérifiée récemment, authentification récente du membre)")
  @APIResponse(
      responseCode = "201",
      description = "Le changement, en attente de confirmation",
      content = @Content(schema = @Schema(implementation = EmailChangeService.ChangeView.class)))
  @APIResponse(
      responseCode = "409",
      description = "C'est déjà son adresse, ou son accès est verrouillé en urgence")
  @APIResponse(responseCode = "429", description = "Trop de changements demandés d'affilée")
  public Response start(
      @PathParam("personId") PersonId personId, EmailChangeService.Request request) {
    return Response.status(201).entity(changes.start(personId, request)).build();
  }
}
