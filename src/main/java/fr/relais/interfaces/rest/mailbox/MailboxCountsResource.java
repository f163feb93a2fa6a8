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

/** The signed-in member's mailbox counts (the header badges). */
@Path("/me/mailbox-counts")
@RequestScoped
@Tag(name = "Boîte de la structure", description = "Courrier de l'administration, tri, envois")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxCountsResource {

  @Inject MailboxService mailbox;

  @GET
  @Operation(
      operationId = "getMailboxCounts",
      summary = "Messages non lus, urgents et à trier (pastilles de l'en-tête)")
  public MailboxService.Counts counts() {
    return mailbox.counts();
  }
}
