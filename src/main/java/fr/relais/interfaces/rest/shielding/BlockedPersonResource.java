package fr.relais.interfaces.rest.shielding;

import fr.relais.application.shielding.BlockedPersonService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.BlockedEntryId;
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

/**
 * A protected person's blocked persons (F5): kept as keyed hashes, shown as a kind and a hint.
 * Unknown and forbidden files look the same: 404 (S40).
 */
@Path("/persons/{personId}/blocked-persons")
@RequestScoped
@Tag(name = "Personnes bloquées", description = "Qui ne doit jamais atteindre son dossier")
@Produces(MediaType.APPLICATION_JSON)
public class BlockedPersonResource {

  @Inject BlockedPersonService blocked;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @GET
  @Operation(
      operationId = "listBlockedPersons",
      summary = "La liste des personnes bloquées (type et indice, jamais la valeur)")
  @APIResponse(responseCode = "200", description = "Les personnes bloquées")
  @APIResponse(responseCode = "409", description = "Seulement pour une personne protégée")
  public List<BlockedPersonService.BlockedView> list(@PathParam("personId") PersonId personId) {
    return blocked.list(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addBlockedPerson",
      summary = "Bloquer une personne",
      description =
          "kind : NAME_BIRTH (avec birthDate), EMAIL, PHONE ou FOREIGN_NUMBER ; seule une empreinte"
              + " à clé de la valeur est conservée.")
  @APIResponse(
      responseCode = "201",
      description = "L'entrée ajoutée",
      content = @Content(schema = @Schema(implementation = BlockedPersonService.BlockedView.class)),
      headers =
          @Header(
              name = "Location",
              description = "L'entrée (DELETE la retire)",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  @APIResponse(
      responseCode = "409",
      description = "Déjà sur la liste, liste pleine, ou personne non protégée")
  public Response add(
      @PathParam("personId") PersonId personId, BlockedPersonService.NewBlocked entry) {
    BlockedPersonService.BlockedView created = blocked.add(personId, entry);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("/{entryId}")
  @Operation(operationId = "removeBlockedPerson", summary = "Retirer une entrée de la liste")
  @APIResponse(responseCode = "204", description = "Entrée retirée")
  @APIResponse(responseCode = "409", description = "Seulement pour une personne protégée")
  public Response remove(
      @PathParam("personId") PersonId personId, @PathParam("entryId") BlockedEntryId entryId) {
    blocked.remove(personId, entryId);
    return Response.noContent().build();
  }
}
