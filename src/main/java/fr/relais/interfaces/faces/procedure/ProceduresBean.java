package fr.relais.interfaces.faces.procedure;

import fr.relais.application.InvalidInputException;
import fr.relais.application.catalogue.CatalogueService;
import fr.relais.application.file.DocumentService;
import fr.relais.application.person.PersonService;
import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The procedures page of a person's file (C1-C6): her procedures, each with its timeline, requests
 * and attestations; the forms that start one, act on it, record a request for documents or an
 * attestation; her current permit and where its renewal window stands. Only talks to the
 * application layer; holds only the form's text between requests. The blockages section is {@link
 * ProcedureBlockagesBean}.
 */
@Named("procedures")
@ViewScoped
public class ProceduresBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProcedureService procedures;
  @Inject CatalogueService catalogue;
  @Inject PersonService people;
  @Inject fr.relais.application.mailbox.MailboxService mailbox;
  @Inject DocumentService documentService;

  private PersonId person;
  private transient List<ProcedureService.ProcedureView> list;
  private transient List<ProcedureService.PermitView> permits;
  private transient List<CatalogueService.ProcedureTypeView> types;
  private transient PersonService.PersonView view;
  private transient List<fr.relais.application.mailbox.MailboxService.MessageSummary> messages;
  private String messageId;

  // New procedure.
  private String type;
  private String channel;
  private String legalGround;
  private String reference;
  // An action on one procedure.
  private String action = "STATUS";
  private String status;
  private String on;
  private String detail;
  // A request for documents, an attestation, a permit.
  private String dueOn;
  private String description;
  private List<String> documentTypes = new java.util.ArrayList<>();
  private String attestationKind = "ADP";
  private String issuedOn;
  private String validUntil;
  private String permitType;
  private String cesedaArticle;
  private boolean allowsWork;
  private String expiresOn;
  private boolean filedOnline = true;

  /**
   * Reads what the page shows of her before anything is rendered: a person the member may not see,
   * an unknown id and a malformed one all end in the same 404 page ({@link
   * NotFoundExceptionHandlerFactory}), never in a 500 halfway through the page (S40).
   */
  public void load() {
    getView();
    getList();
    getPermits();
  }

  public PersonService.PersonView getView() {
    if (view == null) {
      view = people.get(person);
    }
    return view;
  }

  public List<ProcedureService.ProcedureView> getList() {
    if (list == null) {
      list = procedures.list(person);
    }
    return list;
  }

  public List<ProcedureService.PermitView> getPermits() {
    if (permits == null) {
      permits = procedures.permits(person);
    }
    return permits;
  }

  /** Her latest messages, to attach one to a procedure. */
  public List<fr.relais.application.mailbox.MailboxService.MessageSummary> getMessages() {
    if (messages == null) {
      try {
        messages = mailbox.messages(person, null, 20).items();
      } catch (fr.relais.application.AccessDeniedException
          | fr.relais.application.NotFoundException e) {
        messages = List.of(); // her messages are not for this member (A5, F1)
      }
    }
    return messages;
  }

  public String attachMessage(String procedureId) {
    return run(
        () ->
            procedures.attachMessage(
                ProcedureId.parse(procedureId), new ProcedureService.MessageLink(blank(messageId))),
        "procedures.messageAttached");
  }

  public String getMessageId() {
    return messageId;
  }

  public void setMessageId(String messageId) {
    this.messageId = messageId;
  }

  /**
   * The catalogue's types; once the member said she is a victim of violence (C8, R9), the victims'
   * types first.
   */
  public List<CatalogueService.ProcedureTypeView> getTypes() {
    if (types == null) {
      types = catalogue.list(false);
      if (victim) {
        List<CatalogueService.ProcedureTypeView> sorted = new java.util.ArrayList<>(types);
        sorted.sort(
            java.util.Comparator.comparing(
                (CatalogueService.ProcedureTypeView t) -> !t.victimsEntry()));
        types = sorted;
      }
    }
    return types;
  }

  /** The first question (C8): is she a victim of violence? Asked before anything is recorded. */
  private boolean victim;

  private Boolean victimAnswered;

  public boolean isVictim() {
    return victim;
  }

  public void setVictim(boolean victim) {
    this.victim = victim;
  }

  public Boolean getVictimAnswered() {
    return victimAnswered;
  }

  public void setVictimAnswered(Boolean answered) {
    this.victimAnswered = answered;
    this.victim = Boolean.TRUE.equals(answered);
    this.types = null;
  }

  /** Records the answer to the first question and shows the form that follows it. */
  public String answerVictim(boolean answer) {
    return "/app/procedures?faces-redirect=true&person=" + person + "&victim=" + answer;
  }

  public List<String> getStatuses() {
    return List.of(
        "DOCUMENTS_REQUESTED",
        "UNDER_REVIEW",
        "APPOINTMENT_SET",
        "DECISION_FAVOURABLE",
        "DECISION_UNFAVOURABLE",
        "PERMIT_AVAILABLE",
        "HANDED_OVER",
        "CLOSED",
        "WITHDRAWN");
  }

  public List<String> getActions() {
    return List.of("FILE", "STATUS", "RECTIFY", "COMPLETE", "CANCEL", "REVIEW");
  }

  public List<String> getChannels() {
    return List.of("ANEF", "PREFECTURE", "POST", "OTHER");
  }

  public String create() {
    return run(
        () ->
            procedures.create(
                person,
                new ProcedureService.NewProcedure(
                    type, legalGround, blank(channel), reference, null, null)),
        "procedures.created");
  }

  public String act(String procedureId) {
    LocalDate date = date("on", on);
    if (on != null && !on.isBlank() && date == null) {
      return null;
    }
    return run(
        () ->
            procedures.act(
                ProcedureId.parse(procedureId),
                new ProcedureService.Action(
                    action,
                    "STATUS".equals(action) ? status : null,
                    date,
                    null,
                    "FILE".equals(action) ? blank(reference) : null,
                    blank(detail),
                    null,
                    null)),
        "procedures.acted");
  }

  public String request(String procedureId) {
    LocalDate due = date("dueOn", dueOn);
    if (dueOn != null && !dueOn.isBlank() && due == null) {
      return null;
    }
    return run(
        () ->
            procedures.requestDocuments(
                ProcedureId.parse(procedureId),
                new ProcedureService.NewRequest(null, due, blank(description), documentTypes)),
        "procedures.requested");
  }

  public String attest(String procedureId) {
    LocalDate issued = date("issuedOn", issuedOn);
    LocalDate until = date("validUntil", validUntil);
    if (issued == null && issuedOn != null && !issuedOn.isBlank()
        || until == null && validUntil != null && !validUntil.isBlank()) {
      return null;
    }
    return run(
        () ->
            procedures.attest(
                ProcedureId.parse(procedureId),
                new ProcedureService.NewAttestation(
                    attestationKind,
                    issued,
                    until,
                    blank(permitType),
                    blank(cesedaArticle),
                    allowsWork)),
        "procedures.attested");
  }

  public String recordPermit() {
    LocalDate expires = date("expiresOn", expiresOn);
    if (expires == null) {
      if (expiresOn == null || expiresOn.isBlank()) {
        Messages.invalid(new InvalidInputException("expiresOn", "required"));
      }
      return null;
    }
    return run(
        () ->
            procedures.recordPermit(
                person, new ProcedureService.NewPermit(blank(permitType), expires, filedOnline)),
        "procedures.permitRecorded");
  }

  private String run(Runnable call, String done) {
    return ProcedureForms.run(call, done, person, this::reread);
  }

  /** Her procedures are read again at the next rendering (after a refused action). */
  public void reread() {
    list = null;
  }

  private static LocalDate date(String field, String text) {
    return ProcedureForms.date(field, text);
  }

  private static String blank(String s) {
    return ProcedureForms.blank(s);
  }

  /** The versions sent, as text for the timeline. */
  public String versions(List<String> ids) {
    return ids == null || ids.isEmpty() ? "" : String.valueOf(ids.size());
  }

  public List<String> getAttestationKinds() {
    return Arrays.asList("FILING_RECEIPT", "ADP", "DECISION_FAVOURABLE");
  }

  public PersonId getPerson() {
    return person;
  }

  public void setPerson(PersonId person) {
    this.person = person;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getLegalGround() {
    return legalGround;
  }

  public void setLegalGround(String legalGround) {
    this.legalGround = legalGround;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }

  public List<String> getDocumentTypes() {
    return documentTypes;
  }

  public void setDocumentTypes(List<String> documentTypes) {
    this.documentTypes = documentTypes == null ? new java.util.ArrayList<>() : documentTypes;
  }

  /** The types of document a request may name. */
  public List<String> getRequestableTypes() {
    return documentService.types().stream().map(DocumentService.TypeView::code).toList();
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAttestationKind() {
    return attestationKind;
  }

  public void setAttestationKind(String attestationKind) {
    this.attestationKind = attestationKind;
  }

  public String getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(String issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getPermitType() {
    return permitType;
  }

  public void setPermitType(String permitType) {
    this.permitType = permitType;
  }

  public String getCesedaArticle() {
    return cesedaArticle;
  }

  public void setCesedaArticle(String cesedaArticle) {
    this.cesedaArticle = cesedaArticle;
  }

  public boolean isAllowsWork() {
    return allowsWork;
  }

  public void setAllowsWork(boolean allowsWork) {
    this.allowsWork = allowsWork;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }

  public boolean isFiledOnline() {
    return filedOnline;
  }

  public void setFiledOnline(boolean filedOnline) {
    this.filedOnline = filedOnline;
  }
}
