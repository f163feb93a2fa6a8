package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.MandateEvaluator;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.mandate.MandateStatus;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The rules of {@link MandateEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultMandateEvaluator extends EvaluatorSupport implements MandateEvaluator {

  @Inject MandateRepository mandates;
  @Inject PersonEvaluator persons;
  @Inject TimeSource clock;

  @Override
  public boolean anyActive(Person person) {
    LocalDate today = clock.today();
    return mandates.forPerson(person.id().value()).stream()
        .anyMatch(
            m ->
                m.structure().equals(person.structure())
                    && m.status(today) == MandateStatus.ACTIVE);
  }

  @Override
  public void requireWrite(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!persons.canEdit(user, person)) {
      throw hidden(refusal(user, action, person.id().toString(), "ROLE"));
    }
  }

  @Override
  public Mandate requireSee(MandateId mandateId) {
    Mandate m = mandateId == null ? null : mandates.find(mandateId).orElse(null);
    if (m == null) {
      throw hidden(refusal(currentUser(), "mandate.view", null, "UNKNOWN"));
    }
    persons.requireSeeFile(new PersonId(m.personId()), "mandate.view");
    return m;
  }

  /** A refusal about her, journaled in the user's structure. */
  private static JournalRecord refusal(
      AuthenticatedUser user, String action, String personId, String why) {
    return user.journal()
        .in(user.structure().map(s -> s.value()).orElse(null))
        .about("person", personId)
        .refused(action, why);
  }

  @Override
  public Mandate requireOnBehalf(Person person, String procedureCode) {
    AuthenticatedUser user = currentUser();
    if (user.role() == Role.VOLUNTEER) {
      throw onBehalfRefusal(user, person, procedureCode, "ROLE");
    }
    LocalDate today = clock.today();
    for (Mandate m : mandates.forPerson(person.id().value())) {
      if (m.structure().equals(person.structure()) && m.covers(procedureCode, today)) {
        return m;
      }
    }
    throw onBehalfRefusal(user, person, procedureCode, "NO_ACTIVE_MANDATE");
  }

  /** B2: what is missing is said (the procedure type), in her structure's journal. */
  private RuntimeException onBehalfRefusal(
      AuthenticatedUser user, Person person, String procedure, String why) {
    return forbidden(
        user.journal()
            .in(person.structure().value())
            .about("person", person.id().toString())
            .refused("mandate.on-behalf.check", why + " " + procedure),
        "no mandate covers " + procedure);
  }
}
