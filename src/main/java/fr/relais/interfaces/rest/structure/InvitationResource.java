package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.MemberService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invitations to join a structure (A3). */
@Path("/structures/{structureId}/invitations")
@RequestScoped
@Tag(name = "Membres", description = "Membres des structures, invitations, habilitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

  @Inject MemberService members;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createInvitation",
      summary = "Inviter un membre",
      description = "Lien à usage unique, valable 48 h, lié à la première identité qui l'utilise.")
  public Response invite(
      @PathParam("structureId") String structureId, MemberService.InvitationRequest request) {
    return Response.status(201).entity(members.invite(structureId, request)).build();
  }

  @GET
  @Operation(
      operationId = "listInvitations",
      summary = "Invitations de la structure (sans leur lien)")
  public List<MemberService.InvitationView> invitations(
      @PathParam("structureId") String structureId) {
    return members.invitations(structureId);
  }

  @DELETE
  @Path("/{invitationId}")
  @Operation(operationId = "revokeInvitation", summary = "Annuler une invitation en attente")
  public Response revoke(
      @PathParam("structureId") String structureId,
      @PathParam("invitationId") String invitationId) {
    members.revokeInvitation(structureId, invitationId);
    return Response.noContent().build();
  }
}
