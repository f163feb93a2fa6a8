package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.TakeoverClaimService;
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

/** The takeover claims of a person's file (E3). */
@Path("/persons/{personId}/takeover-claims")
@RequestScoped
@Tag(name = "Reprise de compte", description = "Récupérer un compte de l'administration usurpé")
@Produces(MediaType.APPLICATION_JSON)
public class PersonTakeoverClaimResource {

  @Inject TakeoverClaimService claims;

  @GET
  @Operation(
      operationId = "listTakeoverClaims",
      summary = "Les demandes de reprise de son dossier, avec leur horloge")
  public List<TakeoverClaimService.ClaimView> list(@PathParam("personId") PersonId personId) {
    return claims.forPerson(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "fileTakeoverClaim",
      summary =
          "Déposer une demande de reprise : compte, adresses de l'intrus, description (identité"
              + " vérifiée récemment, authentification récente)")
  @APIResponse(
      responseCode = "201",
      description = "La demande déposée",
      content = @Content(schema = @Schema(implementation = TakeoverClaimService.ClaimView.class)))
  @APIResponse(responseCode = "409", description = "Une demande est déjà en cours pour ce compte")
  public Response file(
      @PathParam("personId") PersonId personId, TakeoverClaimService.NewClaim claim) {
    return Response.status(201).entity(claims.file(personId, claim)).build();
  }
}
