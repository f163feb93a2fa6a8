package fr.relais.interfaces.rest.identity;

import fr.relais.application.Page;
import fr.relais.application.identity.TakeoverClaimService;
import fr.relais.domain.model.administration.TakeoverClaimId;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.interfaces.rest.file.DocumentResource;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The prefecture agents' queue of takeover claims and their decisions (E3, S33). */
@Path("/takeover-claims")
@RequestScoped
@Tag(name = "Reprise de compte", description = "Récupérer un compte de l'administration usurpé")
@Produces(MediaType.APPLICATION_JSON)
public class TakeoverClaimResource {

  @Inject TakeoverClaimService claims;

  @GET
  @Operation(
      operationId = "listTakeoverClaimQueue",
      summary = "Les demandes des structures de mes départements (les plus anciennes d'abord)")
  public Page<TakeoverClaimService.ClaimView> queue(
      @QueryParam("status") String status,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return claims.queue(status, after, limit);
  }

  @POST
  @Path("{claimId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideTakeoverClaim",
      summary = "Approuver ou rejeter une demande (jamais par la structure qui l'a déposée)")
  @APIResponse(responseCode = "200", description = "La demande décidée")
  @APIResponse(responseCode = "409", description = "Demande déjà décidée")
  public TakeoverClaimService.ClaimView decide(
      @PathParam("claimId") TakeoverClaimId claimId, TakeoverClaimService.Decision decision) {
    return claims.decide(claimId, decision);
  }

  @GET
  @Path("{claimId}/attachments/{versionId}")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "downloadTakeoverClaimAttachment",
      summary = "Une pièce jointe à la demande (l'agent qui décide ; journalisé)")
  public jakarta.ws.rs.core.Response attachment(
      @PathParam("claimId") TakeoverClaimId claimId,
      @PathParam("versionId") DocumentVersionId versionId) {
    return DocumentResource.file(claims.attachment(claimId, versionId));
  }
}
