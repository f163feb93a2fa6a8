package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.application.structure.PrefectureAgentService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.InvitationId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Prefecture agents' accounts, opened and managed by the platform operator (A1, S10, S11). */
@Path("/prefecture-agents")
@RequestScoped
@Tag(name = "Préfecture", description = "Comptes des agents de préfecture et leurs départements")
@Produces(MediaType.APPLICATION_JSON)
public class PrefectureAgentResource {

  @Inject PrefectureAgentService agents;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @GET
  @Operation(
      operationId = "listPrefectureAgents",
      summary = "Agents de préfecture et départements couverts (exploitant)")
  public List<PrefectureAgentService.AgentView> list() {
    return agents.agents();
  }

  @POST
  @Path("/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPrefectureAgentInvitation",
      summary = "Inviter un agent de préfecture pour des départements (exploitant)",
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
  public Response invite(PrefectureAgentService.AgentInvitationRequest request) {
    MemberService.InvitationIssued issued = agents.invite(request);
    return Response.created(uri.getAbsolutePathBuilder().path(issued.id()).build())
        .entity(issued)
        .build();
  }

  @GET
  @Path("/invitations")
  @Operation(
      operationId = "listPrefectureAgentInvitations",
      summary = "Invitations d'agents de préfecture (sans leur lien)")
  public List<PrefectureAgentService.AgentInvitationView> invitations() {
    return agents.invitations();
  }

  @DELETE
  @Path("/invitations/{invitationId}")
  @Operation(
      operationId = "revokePrefectureAgentInvitation",
      summary = "Annuler une invitation en attente")
  @APIResponse(responseCode = "204", description = "Invitation annulée")
  public Response revoke(@PathParam("invitationId") InvitationId invitationId) {
    agents.revokeInvitation(invitationId);
    return Response.noContent().build();
  }

  @PUT
  @Path("/{accountId}/departments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changePrefectureAgentDepartments",
      summary = "Changer les départements d'un agent (effet à sa prochaine requête)",
      description = "La liste remplace la précédente.")
  public PrefectureAgentService.AgentView changeDepartments(
      @PathParam("accountId") AccountId accountId,
      PrefectureAgentService.DepartmentsChange change) {
    return agents.changeDepartments(accountId, change);
  }

  @POST
  @Path("/{accountId}/deactivation")
  @Operation(
      operationId = "deactivatePrefectureAgent",
      summary = "Désactiver un agent (effet immédiat)")
  public PrefectureAgentService.AgentView deactivate(@PathParam("accountId") AccountId accountId) {
    return agents.deactivate(accountId);
  }
}
