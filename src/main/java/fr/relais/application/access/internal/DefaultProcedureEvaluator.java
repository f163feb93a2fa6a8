package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.ProcedureEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.application.mandate.MandateRequiredException;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.procedure.Blockage;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The rules of {@link ProcedureEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultProcedureEvaluator extends EvaluatorSupport implements ProcedureEvaluator {

  @Inject PersonEvaluator persons;
  @Inject SealedEvaluator sealed;
  @Inject StructureEvaluator structures;
  @Inject MandateRepository mandates;
  @Inject StructureRepository structureRecords;
  @Inject PersonRepository people;
  @Inject TimeSource clock;

  @Override
  public boolean canAct(AuthenticatedUser user, Person person, String procedureCode) {
    if (!persons.canEdit(user, person)) {
      return false;
    }
    if (person.isProtected() && !sealed.canOpen(user, person)) {
      return false;
    }
    LocalDate today = clock.today();
    return mandates.forPerson(person.id().value()).stream()
        .anyMatch(m -> m.structure().equals(person.structure()) && m.covers(procedureCode, today));
  }

  @Override
  public void requireAct(Person person, String procedureCode, String action) {
    AuthenticatedUser user = currentUser();
    if (!persons.canEdit(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
    if (!canAct(user, person, procedureCode)) {
      // B2, S11: no active mandate of hers covers this procedure type today.
      journal.recordSeparately(
          user.journal().about(person).refused(action, "MANDATE_SCOPE " + procedureCode));
      throw new MandateRequiredException(procedureCode);
    }
  }

  @Override
  public boolean canSeeDeadlines(AuthenticatedUser user) {
    return user.structure().isPresent()
        && (user.role() == Role.STRUCTURE_ADMINISTRATOR || user.role() == Role.SOCIAL_WORKER);
  }

  @Override
  public AuthenticatedUser requireListByUrgency(StructureId structure) {
    return requireDeadlines(structure, "procedure.urgency");
  }

  @Override
  public AuthenticatedUser requireSeeDeadlines(StructureId structure) {
    return requireDeadlines(structure, "deadline.dashboard");
  }

  /** An acting member of the structure who reads its deadlines (C5): never a volunteer. */
  private AuthenticatedUser requireDeadlines(StructureId structure, String action) {
    AuthenticatedUser user = structures.requireActingMember(structure);
    if (!canSeeDeadlines(user)) {
      throw forbidden(user.journal().in(structure.value()).refused(action, "ROLE"));
    }
    return user;
  }

  @Override
  public boolean mayBeResponsible(Account member, Person person) {
    return member.isActive()
        && member.structure().map(s -> s.equals(person.structure())).orElse(false)
        && (member.role() == Role.STRUCTURE_ADMINISTRATOR || member.role() == Role.SOCIAL_WORKER);
  }

  @Override
  public boolean canFollowBlockages(AuthenticatedUser user) {
    return user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public boolean canSeeReminders(AuthenticatedUser user) {
    return canSeeDeadlines(user) || canFollowBlockages(user);
  }

  @Override
  public AuthenticatedUser requireBlockageQueue() {
    AuthenticatedUser user = currentUser();
    if (!canFollowBlockages(user)) {
      throw forbidden(user.journal().about("blockage", null).refused("blockage.queue", "ROLE"));
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireOverdueRequests() {
    AuthenticatedUser user = currentUser();
    if (!canFollowBlockages(user)) {
      throw forbidden(
          user.journal().about("document-request", null).refused("request.overdue", "ROLE"));
    }
    return user;
  }

  @Override
  public Person requireSeeBlockage(Blockage blockage, String action) {
    AuthenticatedUser user = currentUser();
    if (canFollowBlockages(user)) {
      return requireCovering(user, blockage, action);
    }
    return persons.requireSeeFile(new PersonId(blockage.personId()), action);
  }

  @Override
  public Person requireAnswerBlockage(Blockage blockage) {
    AuthenticatedUser user = currentUser();
    if (!canFollowBlockages(user)) {
      Person person = persons.requireSeeFile(new PersonId(blockage.personId()), "blockage.answer");
      throw forbidden(user.journal().about(person).refused("blockage.answer", "ROLE"));
    }
    return requireCovering(user, blockage, "blockage.answer");
  }

  /** A prefecture agent covering one of the structure's departments; otherwise as unknown (S40). */
  private Person requireCovering(AuthenticatedUser user, Blockage b, String action) {
    Structure s = structureRecords.find(new StructureId(b.structureId())).orElseThrow();
    if (!structures.covers(user, s)) {
      throw hidden(
          user.journal()
              .in(b.structureId())
              .about("blockage", b.id())
              .refused(action, "DEPARTMENT"));
    }
    return people.find(new PersonId(b.personId())).orElseThrow(NotFoundException::new);
  }
}
