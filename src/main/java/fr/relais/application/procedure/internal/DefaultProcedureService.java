package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.mailbox.MessageKind;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Procedures on a person's behalf, each decision asked of the access policy, each action an event
 * of the timeline and an entry of the journal (which names the action and the type, never a
 * document or a reference). The transaction boundary and the readings of her procedures; the rest
 * in its parts: {@link ProcedureLifecycle} (create and act), {@link ProcedureUrgency} (the
 * structure's list by urgency), {@link ProcedurePermits}, {@link ProcedureMailLinks}.
 */
@ApplicationScoped
@Transactional
public class DefaultProcedureService implements ProcedureService {

  static final int MAX_PROCEDURES = 200;

  @Inject AccessPolicy policy;
  @Inject ProcedureRepository procedures;
  @Inject DocumentRepository documents;
  @Inject Journal journal;
  @Inject ProcedureInputs inputs;
  @Inject ProcedureViews views;
  @Inject ProcedureLifecycle lifecycle;
  @Inject ProcedureUrgency urgency;
  @Inject ProcedurePermits permits;
  @Inject ProcedureMailLinks mail;

  @Override
  public List<ProcedureView> list(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "procedure.list");
    return listed(policy.requireAuthenticated(), person, "procedure.list");
  }

  /** Her procedures with their timelines, journaled as this reading. */
  private List<ProcedureView> listed(AuthenticatedUser user, Person person, String action) {
    List<Procedure> found = procedures.ofPerson(person.id().value(), MAX_PROCEDURES);
    Map<AccountId, String> names = views.names(found);
    List<DocumentVersion> hers = documents.ofPerson(person.id().value());
    boolean own = "procedure.mine".equals(action);
    List<ProcedureView> out = new ArrayList<>();
    for (Procedure p : found) {
      out.add(views.view(p, names, user.locale(), hers, own));
    }
    journal.record(user.journal().about(person).success(action, out.size() + " procedure(s)"));
    return out;
  }

  @Override
  public List<ProcedureView> mine(PersonId personId) {
    AuthenticatedUser user = policy.own().requireEnter("procedure.mine");
    Person person = policy.own().requireRecord(user, personId, "procedure.mine");
    return listed(user, person, "procedure.mine");
  }

  @Override
  public ProcedureView get(ProcedureId procedureId) {
    Procedure p = inputs.find(procedureId, false);
    Person person = policy.persons().requireSeeFile(new PersonId(p.personId()), "procedure.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    journal.record(user.journal().about(person).success("procedure.view", p.typeCode()));
    return views.of(p, user.locale());
  }

  @Override
  public ProcedureView create(PersonId personId, NewProcedure input) {
    return lifecycle.create(personId, input);
  }

  @Override
  public ProcedureView act(ProcedureId procedureId, Action action) {
    return lifecycle.act(procedureId, action);
  }

  @Override
  public ProcedureView requestDocuments(ProcedureId procedureId, NewRequest request) {
    return lifecycle.requestDocuments(procedureId, request);
  }

  @Override
  public ProcedureView attest(ProcedureId procedureId, NewAttestation input) {
    return lifecycle.attest(procedureId, input);
  }

  @Override
  public int freezeFiledFrom(UUID administrationAccount, LocalDate since, AuthenticatedUser by) {
    return lifecycle.freezeFiledFrom(administrationAccount, since, by);
  }

  @Override
  public ProcedureView attachMessage(ProcedureId procedureId, MessageLink link) {
    return mail.attachMessage(procedureId, link);
  }

  @Override
  public int messageFiled(
      UUID personId,
      UUID messageId,
      String subject,
      String text,
      MessageKind kind,
      LocalDate dueOn) {
    return mail.messageFiled(personId, messageId, subject, text, kind, dueOn);
  }

  @Override
  public Page<ProcedureLine> byUrgency(
      StructureId structureId,
      String type,
      String status,
      String responsibleId,
      String after,
      Integer limit) {
    return urgency.byUrgency(structureId, type, status, responsibleId, after, limit);
  }

  @Override
  public List<PermitView> permits(PersonId personId) {
    return permits.permits(personId);
  }

  @Override
  public PermitView recordPermit(PersonId personId, NewPermit input) {
    return permits.recordPermit(personId, input);
  }
}
