package fr.relais.application.procedure.internal;

import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService.MessageLink;
import fr.relais.application.procedure.ProcedureService.ProcedureView;
import fr.relais.application.procedure.internal.ProcedureInputs.Acting;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageKind;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Mail linked to procedures (C2, C5): a message of her record attached by a member, or attached by
 * the mailbox when it names a procedure's administration reference; a request for documents it
 * carries becomes the procedure's request. Runs in the caller's transaction.
 */
@ApplicationScoped
class ProcedureMailLinks {

  @Inject ProcedureInputs inputs;
  @Inject ProcedureLifecycle lifecycle;
  @Inject ProcedureViews views;
  @Inject ProcedureRepository procedures;
  @Inject MailboxRepository mailbox;
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** Attaches a message filed in her record to the procedure (C2). */
  ProcedureView attachMessage(ProcedureId procedureId, MessageLink link) {
    Acting acting = inputs.acting(procedureId, "procedure.message");
    Procedure p = acting.procedure();
    InboundMessage m;
    try {
      m =
          mailbox
              .find(new MessageId(UUID.fromString(link.messageId())))
              .filter(x -> p.personId().equals(x.personId()))
              .orElseThrow(() -> new InvalidInputException("messageId", "not a message of hers"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException("messageId", "not a message of hers");
    }
    if (procedures.events(p.id()).stream().anyMatch(e -> m.id().value().equals(e.messageId()))) {
      throw new ConflictException("messageId", "already attached");
    }
    String what =
        fromMessage(p, m.id().value(), m.kind(), m.dueOn(), acting.user().accountId().value());
    journal.record(
        acting.user().journal().about(acting.person()).success("procedure.message", what));
    return views.of(p, acting.user().locale());
  }

  /** C2, C5: a message just filed in her record, attached to the procedures it names. */
  int messageFiled(
      UUID personId,
      UUID messageId,
      String subject,
      String text,
      MessageKind kind,
      LocalDate dueOn) {
    int attached = 0;
    for (Procedure found : procedures.ofPerson(personId, DefaultProcedureService.MAX_PROCEDURES)) {
      if (!found.namedIn(subject) && !found.namedIn(text)) {
        continue;
      }
      Procedure p = procedures.findForUpdate(found.id()).orElseThrow();
      String what = fromMessage(p, messageId, kind, dueOn, null);
      journal.record(
          fr.relais.domain.model.journal.JournalRecord.by(
                  fr.relais.domain.model.journal.JournalActor.system("mailbox"))
              .in(p.structureId())
              .about("person", personId)
              .success("procedure.message", what));
      attached++;
    }
    return attached;
  }

  /** The message's event, and the request for documents it carries if the procedure is filed. */
  private String fromMessage(
      Procedure p, UUID message, MessageKind kind, LocalDate dueOn, UUID actor) {
    Instant now = clock.now();
    LocalDate today = clock.today();
    String what = p.typeCode() + " " + (kind == null ? MessageKind.OTHER : kind).name();
    procedures.add(p.messageReceived(message, kind == null ? null : kind.name(), actor, now));
    if (kind == MessageKind.DOCUMENTS_REQUESTED && !p.frozen() && !p.status().ended()) {
      try {
        DocumentRequest r =
            new DocumentRequest(
                p,
                today,
                dueOn != null && !dueOn.isBefore(today) ? dueOn : null,
                DocumentRequest.Source.MESSAGE,
                message,
                null,
                List.of(),
                actor,
                now);
        ProcedureEvent e = p.documentsRequested(today, "due " + r.dueOn(), actor, now);
        procedures.add(r);
        procedures.add(e);
        what += " due " + r.dueOn();
        lifecycle.reschedule(p);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // not filed yet: the message stays on the timeline, the member decides
      }
    }
    return what;
  }
}
