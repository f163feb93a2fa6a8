package fr.relais.interfaces.rest.procedure;

import fr.relais.application.Page;
import fr.relais.application.procedure.BlockageService;
import fr.relais.domain.model.procedure.BlockageId;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Technical blockages of the online service (C7): recorded, attested, answered. */
@Path("/blockages")
@RequestScoped
@Tag(
    name = "Blocages",
    description = "Blocages du téléservice, attestation et réponse de la préfecture")
@Produces(MediaType.APPLICATION_JSON)
public class BlockageResource {

  @Inject BlockageService blockages;

  @GET
  @Path("{blockageId}/attestation.pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "downloadBlockageAttestation",
      summary = "L'attestation datée et la lettre à la préfecture (journalisé)")
  public Response attestation(@PathParam("blockageId") BlockageId blockageId) {
    return DocumentResource.file(blockages.attestation(blockageId));
  }

  @GET
  @Operation(
      operationId = "listBlockageQueue",
      summary = "Les blocages des structures de mes départements (agents de préfecture)")
  public Page<BlockageService.BlockageView> queue(
      @QueryParam("status") String status,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return blockages.queue(status, after, limit);
  }

  @POST
  @Path("{blockageId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerBlockage",
      summary = "Répondre : autre voie de dépôt accordée, rendez-vous, résolu")
  @APIResponse(responseCode = "200", description = "Le blocage, avec la réponse")
  @APIResponse(responseCode = "409", description = "Blocage déjà traité")
  public BlockageService.BlockageView answer(
      @PathParam("blockageId") BlockageId blockageId, BlockageService.Answer answer) {
    return blockages.answer(blockageId, answer);
  }
}
