package fr.relais.interfaces.rest.mailbox;

import fr.relais.application.mailbox.MailboxService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's quarantine, for the operator: counts and dates, never a body (S13). */
@Path("/quarantine")
@RequestScoped
@Tag(name = "Boîte de la structure", description = "Courrier de l'administration, tri, envois")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

  @Inject MailboxService mailbox;

  @GET
  @Operation(
      operationId = "getQuarantine",
      summary = "Courrier que personne ne pouvait recevoir : nombres et dates")
  public MailboxService.QuarantineView get() {
    return mailbox.quarantine();
  }
}
