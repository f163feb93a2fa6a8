package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.structure.StructureId;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invitations to join a structure (A3). */
@Path("/structures/{structureId}/invitations")
@RequestScoped
@Tag(name = "Membres", description = "Membres des structures, invitations, habilitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

  @Inject MemberService members;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createInvitation",
      summary = "Inviter un membre",
      description = "Lien à usage unique, valable 48 h, lié à la première identité qui l'utilise.")
  @APIResponse(
      responseCode = "201",
      description = "L'invitation, avec son lien (montré une seule fois)",
      content = @Content(schema = @Schema(implementation = MemberService.InvitationIssued.class)),
      headers =
          @Header(
              name = "Location",
              description = "L'invitation (DELETE l'annule)",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  public Response invite(
      @PathParam("structureId") StructureId structureId, MemberService.InvitationRequest request) {
    MemberService.InvitationIssued created = members.invite(structureId, request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      operationId = "listInvitations",
      summary = "Invitations de la structure (sans leur lien)")
  public List<MemberService.InvitationView> invitations(
      @PathParam("structureId") StructureId structureId) {
    return members.invitations(structureId);
  }

  @DELETE
  @Path("/{invitationId}")
  @Operation(operationId = "revokeInvitation", summary = "Annuler une invitation en attente")
  @APIResponse(responseCode = "204", description = "Invitation annulée")
  public Response revoke(
      @PathParam("structureId") StructureId structureId,
      @PathParam("invitationId") InvitationId invitationId) {
    members.revokeInvitation(structureId, invitationId);
    return Response.noContent().build();
  }
}
