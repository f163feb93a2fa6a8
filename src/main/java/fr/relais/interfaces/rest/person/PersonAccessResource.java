package fr.relais.interfaces.rest.person;

import fr.relais.application.person.PersonAccessService;
import fr.relais.domain.model.person.PersonId;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accompanied person's own access, as their structure manages it. */
@Path("/persons/{personId}/access")
@RequestScoped
@Tag(name = "Accès personnel", description = "L'accès d'une personne accompagnée à son dossier")
@Produces(MediaType.APPLICATION_JSON)
public class PersonAccessResource {

  @Inject PersonAccessService access;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  /** Why the person's access ends. */
  public record Ending(String reason) {}

  @GET
  @Operation(
      operationId = "getPersonAccess",
      summary = "Où en est l'accès de la personne à son dossier")
  public PersonAccessService.AccessView status(@PathParam("personId") PersonId personId) {
    return access.status(personId);
  }

  @POST
  @Path("/links")
  @Operation(
      operationId = "createPersonAccessLink",
      summary = "Créer un lien d'accès à remettre en main propre",
      description =
          "Lien à usage unique, valable 48 h, lié à la première identité qui l'utilise. Refusé"
              + " (409) tant que la personne a déjà un accès : y mettre fin d'abord.")
  @APIResponse(
      responseCode = "201",
      description = "Le lien, à remettre en main propre",
      content = @Content(schema = @Schema(implementation = PersonAccessService.LinkIssued.class)),
      headers =
          @Header(
              name = "Location",
              description = "Le lien en attente (DELETE le retire)",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  @APIResponse(
      responseCode = "409",
      description = "La personne a déjà un accès, ou son accès est verrouillé en urgence")
  public Response issue(@PathParam("personId") PersonId personId) {
    // The pending link is the one at this address: DELETE withdraws it.
    return Response.created(uri.getAbsolutePath()).entity(access.issue(personId)).build();
  }

  @DELETE
  @Path("/links")
  @Operation(
      operationId = "withdrawPersonAccessLink",
      summary = "Retirer le lien d'accès en attente")
  @APIResponse(responseCode = "204", description = "Lien retiré")
  public Response withdraw(@PathParam("personId") PersonId personId) {
    access.withdrawPending(personId);
    return Response.noContent().build();
  }

  @POST
  @Path("/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "endPersonAccess",
      summary = "Mettre fin à l'accès de la personne (effet immédiat)")
  @APIResponse(responseCode = "204", description = "Accès terminé")
  @APIResponse(responseCode = "409", description = "La personne n'a pas d'accès en cours")
  public Response end(@PathParam("personId") PersonId personId, Ending ending) {
    access.end(personId, ending == null ? null : ending.reason());
    return Response.noContent().build();
  }
}
