package fr.relais.interfaces.rest.journal;

import fr.relais.application.journal.JournalVerificationService;
import fr.relais.domain.model.journal.ChainVerification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Integrity of the audit journal (G1), for the platform operator. */
@Path("/journal")
@RequestScoped
@Tag(name = "Journal", description = "Journal d'audit chaîné")
public class JournalResource {

  @Inject JournalVerificationService verification;

  @GET
  @Path("/verification")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "verifyJournal",
      summary = "Vérifier la chaîne du journal",
      description = "Recalcule toute la chaîne et signale le premier maillon rompu.")
  public ChainVerification verify() {
    return verification.verify();
  }
}
