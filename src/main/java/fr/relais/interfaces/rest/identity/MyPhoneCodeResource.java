package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.PhoneCheckService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The person's own code for a phone call to her structure (D2). */
@Path("/me/phone-code")
@RequestScoped
@Tag(name = "Mon dossier", description = "L'espace de la personne accompagnée")
@Produces(MediaType.APPLICATION_JSON)
public class MyPhoneCodeResource {

  @Inject PhoneCheckService phone;

  @POST
  @Operation(
      operationId = "issueMyPhoneCode",
      summary = "Obtenir un code à lire au téléphone (usage unique, quelques minutes)")
  @APIResponse(
      responseCode = "201",
      description = "Le code et son expiration",
      content = @Content(schema = @Schema(implementation = PhoneCheckService.IssuedCode.class)))
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public Response issue() {
    return Response.status(201).entity(phone.issueMyCode()).build();
  }
}
