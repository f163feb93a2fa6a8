package fr.relais.interfaces.rest.mailbox;

import fr.relais.application.InvalidInputException;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.domain.model.mailbox.MessageAttachmentId;
import fr.relais.domain.model.mailbox.MessageId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One message: opened (journaled, marked read), its attachments, urgency, assignee, triage. */
@Path("/messages/{messageId}")
@RequestScoped
@Tag(name = "Boîte de la structure", description = "Courrier de l'administration, tri, envois")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

  @Inject MailboxService mailbox;

  /** The marker a member sets: urgent or not, and by when. */
  public record Urgency(Boolean urgent, String dueOn) {}

  /** Whom the message is assigned to; null for no one. */
  public record Assignee(String accountId) {}

  /** The record a triaged message goes into. */
  public record Filing(String personId) {}

  @GET
  @Operation(operationId = "openMessage", summary = "Ouvrir un message (journalisé, marqué lu)")
  public MailboxService.MessageView open(@PathParam("messageId") MessageId id) {
    return mailbox.open(id);
  }

  @DELETE
  @Path("/read")
  @Operation(operationId = "markMessageUnread", summary = "Marquer comme non lu")
  @APIResponse(responseCode = "204", description = "Marqué non lu")
  public Response unread(@PathParam("messageId") MessageId id) {
    mailbox.markUnread(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("/urgency")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "correctMessageUrgency",
      summary = "Corriger le marqueur d'urgence et l'échéance")
  public MailboxService.MessageView urgency(@PathParam("messageId") MessageId id, Urgency u) {
    if (u == null) {
      throw new InvalidInputException("body", "required");
    }
    return mailbox.correctUrgency(id, u.urgent(), u.dueOn());
  }

  @PUT
  @Path("/assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "assignMessage", summary = "Attribuer à un membre (ou à personne)")
  public MailboxService.MessageView assign(@PathParam("messageId") MessageId id, Assignee a) {
    if (a == null) {
      throw new InvalidInputException("body", "required");
    }
    return mailbox.assign(id, a.accountId());
  }

  @GET
  @Path("/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadMessageAttachment",
      summary = "Télécharger une pièce jointe (toujours en pièce jointe, journalisé)")
  public Response attachment(
      @PathParam("messageId") MessageId id,
      @PathParam("attachmentId") MessageAttachmentId attachmentId) {
    MailboxService.Download d = mailbox.attachment(id, attachmentId);
    return Downloads.attachment(d.content(), d.mediaType(), d.fileName());
  }

  @POST
  @Path("/filing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "fileMessage",
      summary = "Classer un message à trier dans un dossier (administrateurs)")
  @APIResponse(responseCode = "200", description = "Le message, classé")
  @APIResponse(responseCode = "409", description = "Déjà classé dans ce dossier")
  public MailboxService.MessageView file(@PathParam("messageId") MessageId id, Filing f) {
    if (f == null) {
      throw new InvalidInputException("body", "required");
    }
    return mailbox.fileTriaged(id, f.personId());
  }

  @POST
  @Path("/discard")
  @Operation(
      operationId = "discardMessage",
      summary = "Écarter un message à trier (administrateurs ; il reste conservé)")
  @APIResponse(responseCode = "204", description = "Message écarté")
  public Response discard(@PathParam("messageId") MessageId id) {
    mailbox.discardTriaged(id);
    return Response.noContent().build();
  }
}
