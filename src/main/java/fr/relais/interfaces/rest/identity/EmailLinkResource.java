package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.EmailChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The links of an email change, open to whoever holds them (no sign-in): reading one never consumes
 * it (S30); only a POST confirms, or freezes.
 */
@Path("/email-links")
@RequestScoped
@Tag(name = "Adresse électronique", description = "Changement sécurisé de l'adresse de contact")
@Produces(MediaType.APPLICATION_JSON)
public class EmailLinkResource {

  @Inject EmailChangeService changes;

  /** The token of a link, as it came in the mail. */
  public record Token(String token) {}

  @GET
  @Path("confirmation")
  @Operation(
      operationId = "getEmailConfirmationLink",
      summary = "État d'un lien de confirmation (ne le consomme pas)")
  public EmailChangeService.LinkView lookup(@QueryParam("token") String token) {
    return changes.lookup(token);
  }

  @POST
  @Path("confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "confirmEmailChange",
      summary = "Confirmer la nouvelle adresse (une seule fois, 24 heures)")
  public EmailChangeService.LinkView confirm(Token body) {
    return changes.confirm(body == null ? null : body.token());
  }

  @GET
  @Path("freeze")
  @Operation(
      operationId = "getEmailFreezeLink",
      summary = "État du lien de blocage reçu à l'ancienne adresse (ne le consomme pas)")
  public EmailChangeService.LinkView lookupFreeze(@QueryParam("token") String token) {
    return changes.lookupFreeze(token);
  }

  @POST
  @Path("freeze")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "freezeEmailChange",
      summary = "Bloquer l'accès : l'ancienne adresse n'a pas demandé ce changement")
  public EmailChangeService.LinkView freeze(Token body) {
    return changes.freeze(body == null ? null : body.token());
  }
}
