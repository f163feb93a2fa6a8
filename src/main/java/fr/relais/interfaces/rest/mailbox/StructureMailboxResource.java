package fr.relais.interfaces.rest.mailbox;

import fr.relais.application.Page;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.notification.OutboxService;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A structure's mailbox (A5): its inbox, urgent messages, triage and outbox. */
@Path("/structures")
@RequestScoped
@Tag(name = "Boîte de la structure", description = "Courrier de l'administration, tri, envois")
@Produces(MediaType.APPLICATION_JSON)
public class StructureMailboxResource {

  @Inject MailboxService mailbox;
  @Inject OutboxService outbox;

  @GET
  @Path("/{structureId}/inbox")
  @Operation(
      operationId = "listInbox",
      summary = "La boîte de la structure",
      description =
          "Messages classés dans les dossiers que le membre peut voir, du plus récent au plus"
              + " ancien ; filter = ALL, UNREAD, URGENT ou ASSIGNED_TO_ME ; pages par curseur.")
  public Page<MailboxService.MessageSummary> inbox(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("filter") String filter,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return mailbox.inbox(structureId, filter, after, limit);
  }

  @GET
  @Path("/{structureId}/urgent-messages")
  @Operation(operationId = "listUrgentMessages", summary = "Messages urgents, par échéance")
  public List<MailboxService.MessageSummary> urgent(
      @PathParam("structureId") StructureId structureId, @QueryParam("limit") Integer limit) {
    return mailbox.urgent(structureId, limit);
  }

  @GET
  @Path("/{structureId}/triage")
  @Operation(operationId = "listTriage", summary = "Messages à trier (administrateurs)")
  public Page<MailboxService.TriageItem> triage(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return mailbox.triage(structureId, after, limit);
  }

  @GET
  @Path("/{structureId}/outbox")
  @Operation(
      operationId = "listOutbox",
      summary = "Courriels envoyés par Relais aux membres (administrateurs)",
      description = "status = PENDING, SENT ou DEAD (par défaut : DEAD, avec la raison).")
  public OutboxService.StructureOutbox outbox(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("status") String status,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return outbox.structureOutbox(structureId, status, after, limit);
  }
}
