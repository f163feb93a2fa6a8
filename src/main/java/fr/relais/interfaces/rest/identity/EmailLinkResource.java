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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The links of an email change, open to whoever holds them (no sign-in): reading one never consumes
 * it (S30); only a POST confirms, or freezes.
 */
@Path("/email-links")
@RequestScoped
@Tag(name = "Adresse électronique", description = "Changement sécurisé de l'adresse de contact")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements // whoever holds the link: no sign-in (S30)
public class EmailLinkResource {

  @Inject EmailChangeService changes;

  /** The token of a link, as it came in the mail. */
  public record Token(String token) {}

  @GET
  @Path("confirmation")
  @Operation(
      operationId = "getEmailConfirmationLink",
      summary = "État d'un lien de confirmation (ne le consomme pas)")
  @APIResponse(responseCode = "200", description = "L'état du lien")
  @APIResponse(responseCode = "404", description = "Lien inconnu")
  public EmailChangeService.LinkView lookup(@QueryParam("token") String token) {
    return changes.lookup(token);
  }

  @POST
  @Path("confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "confirmEmailChange",
      summary = "Confirmer la nouvelle adresse (une seule fois, 24 heures)")
  @APIResponse(responseCode = "200", description = "Le lien, utilisé : l'adresse est changée")
  @APIResponse(responseCode = "404", description = "Lien inconnu")
  @APIResponse(
      responseCode = "409",
      description = "Lien déjà utilisé, expiré ou bloqué, ou son accès est verrouillé en urgence")
  public EmailChangeService.LinkView confirm(Token body) {
    return changes.confirm(body == null ? null : body.token());
  }

  @GET
  @Path("freeze")
  @Operation(
      operationId = "getEmailFreezeLink",
      summary = "État du lien de blocage reçu à l'ancienne adresse (ne le consomme pas)")
  @APIResponse(responseCode = "200", description = "L'état du lien")
  @APIResponse(responseCode = "404", description = "Lien inconnu")
  public EmailChangeService.LinkView lookupFreeze(@QueryParam("token") String token) {
    return changes.lookupFreeze(token);
  }

  @POST
  @Path("freeze")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "freezeEmailChange",
      summary = "Bloquer l'accès : l'ancienne adresse n'a pas demandé ce changement")
  @APIResponse(responseCode = "200", description = "Le lien, utilisé : l'accès est bloqué")
  @APIResponse(responseCode = "404", description = "Lien inconnu")
  @APIResponse(responseCode = "409", description = "Lien déjà utilisé ou expiré")
  public EmailChangeService.LinkView freeze(Token body) {
    return changes.freeze(body == null ? null : body.token());
  }
}
