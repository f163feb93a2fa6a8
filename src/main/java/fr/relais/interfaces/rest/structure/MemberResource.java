package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members of a structure (A3). */
@Path("/structures/{structureId}/members")
@RequestScoped
@Tag(name = "Membres", description = "Membres des structures, invitations, habilitations")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

  @Inject MemberService members;

  @GET
  @Operation(operationId = "listMembers", summary = "Membres de la structure")
  public List<MemberService.MemberView> list(@PathParam("structureId") StructureId structureId) {
    return members.members(structureId);
  }

  @PATCH
  @Path("/{accountId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMember",
      summary = "Changer le rôle ou les habilitations d'un membre")
  @APIResponse(responseCode = "200", description = "Le membre modifié")
  @APIResponse(
      responseCode = "409",
      description = "Ce membre ne peut pas recevoir d'habilitation dans cette structure")
  public MemberService.MemberView change(
      @PathParam("structureId") StructureId structureId,
      @PathParam("accountId") AccountId accountId,
      MemberService.MemberChange change) {
    return members.change(structureId, accountId, change);
  }

  @POST
  @Path("/{accountId}/deactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "deactivateMember",
      summary = "Désactiver un membre (effet immédiat)",
      description =
          "Les personnes suivies par ce seul membre passent à handOverTo, dans la même action.")
  public MemberService.MemberView deactivate(
      @PathParam("structureId") StructureId structureId,
      @PathParam("accountId") AccountId accountId,
      MemberService.Deactivation deactivation) {
    return members.deactivate(structureId, accountId, deactivation);
  }
}
