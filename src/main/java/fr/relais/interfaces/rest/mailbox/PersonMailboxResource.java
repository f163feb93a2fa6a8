package fr.relais.interfaces.rest.mailbox;

import fr.relais.application.Page;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's sub-address (A2) and the messages filed in her record (A5). */
@Path("/persons/{personId}")
@RequestScoped
@Tag(name = "Boîte de la structure", description = "Courrier de l'administration, tri, envois")
@Produces(MediaType.APPLICATION_JSON)
public class PersonMailboxResource {

  @Inject MailboxService mailbox;

  @GET
  @Path("/mail-address")
  @Operation(
      operationId = "getMailAddress",
      summary = "L'adresse de la personne pour l'administration",
      description = "Créée à la première demande ; jeton aléatoire, sans nom ni date.")
  public MailboxService.AddressView address(@PathParam("personId") PersonId personId) {
    return mailbox.address(personId);
  }

  @POST
  @Path("/mail-address/rotation")
  @Operation(
      operationId = "rotateMailAddress",
      summary = "Changer l'adresse (elle a fuité)",
      description =
          "L'ancienne est retirée : le courrier qui lui arrive est mis de côté pour"
              + " l'administrateur, jamais classé.")
  public MailboxService.AddressView rotate(@PathParam("personId") PersonId personId) {
    return mailbox.rotate(personId);
  }

  @GET
  @Path("/messages")
  @Operation(
      operationId = "listPersonMessages",
      summary = "Les messages classés dans le dossier, du plus récent au plus ancien")
  public Page<MailboxService.MessageSummary> messages(
      @PathParam("personId") PersonId personId,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return mailbox.messages(personId, after, limit);
  }
}
