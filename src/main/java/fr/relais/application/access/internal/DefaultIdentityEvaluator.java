package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.IdentityEvaluator;
import fr.relais.application.access.MandateEvaluator;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.ReauthenticationRequiredException;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalSubject;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rules of {@link IdentityEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultIdentityEvaluator extends EvaluatorSupport implements IdentityEvaluator {

  @Inject PersonEvaluator persons;
  @Inject SealedEvaluator sealed;
  @Inject MandateEvaluator mandates;
  @Inject StructureEvaluator structures;
  @Inject StructureRepository structureRecords;
  @Inject AccountRepository accounts;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.reauthentication.max-age-seconds", defaultValue = "300")
  long freshAuthenticationSeconds;

  @Override
  public boolean canCheckIdentity(AuthenticatedUser user, Person person) {
    // D1, S21: the identity checker habilitation, read on this request (S11).
    return persons.canSeeFile(user, person)
        && memberOf(user, person.structure())
        && accounts
            .find(user.accountId())
            .map(a -> a.isActive() && a.identityChecker())
            .orElse(false);
  }

  @Override
  public void requireCheckIdentity(Person person) {
    AuthenticatedUser user = currentUser();
    if (!canCheckIdentity(user, person)) {
      throw forbidden(user.journal().about(person).refused("identity.check", "HABILITATION"));
    }
  }

  @Override
  public boolean canChangeEmail(AuthenticatedUser user, Person person) {
    if (!persons.canEdit(user, person)) {
      return false;
    }
    if (person.isProtected()) {
      return sealed.canOpen(user, person);
    }
    return mandates.anyActive(person);
  }

  @Override
  public void requireChangeEmail(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canChangeEmail(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }

  @Override
  public boolean canDecideTakeovers(AuthenticatedUser user) {
    return user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public AuthenticatedUser requireTakeoverQueue() {
    AuthenticatedUser user = currentUser();
    if (!canDecideTakeovers(user)) {
      throw forbidden(user.journal().about("takeover", null).refused("takeover.queue", "ROLE"));
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireTakeoverDecision(StructureId structure, UUID filedBy) {
    AuthenticatedUser user = currentUser();
    // E3, S33: two people — the claim's side never decides it.
    boolean insider = user.accountId().value().equals(filedBy) || memberOf(user, structure);
    Optional<Structure> s = structureRecords.find(structure);
    if (insider || s.isEmpty() || !structures.covers(user, s.get())) {
      var refusal =
          user.journal()
              .about("structure", structure.toString())
              .refused("takeover.decide", insider ? "FILER_SIDE" : "NOT_COVERED");
      if (insider) {
        throw forbidden(refusal);
      }
      throw hidden(refusal);
    }
    return user;
  }

  @Override
  public Person requireSeeClaimEvidence(StructureId structure, UUID filedBy, Person person) {
    if (canDecideTakeovers(currentUser())) {
      requireTakeoverDecision(structure, filedBy);
      return person;
    }
    return persons.requireSeeFile(person.id(), "takeover.attachment");
  }

  @Override
  public void requireOpenClaimEvidence(Person person, boolean classified) {
    AuthenticatedUser user = currentUser();
    if (!canDecideTakeovers(user) && !sealed.canOpenItem(user, person, classified)) {
      throw forbidden(user.journal().about(person).refused("takeover.attachment", "CLASSIFIED"));
    }
  }

  @Override
  public AuthenticatedUser requireFreshAuthentication(String action, JournalSubject target) {
    AuthenticatedUser user = currentUser();
    Duration window = Duration.ofSeconds(freshAuthenticationSeconds);
    // S6: when the provider itself last authenticated this user — never when Relais's session
    // began.
    boolean fresh =
        request.authenticatedAt().map(at -> !at.plus(window).isBefore(clock.now())).orElse(false);
    if (!fresh) {
      journal.recordSeparately(user.journal().about(target).refused(action, "REAUTHENTICATION"));
      throw new ReauthenticationRequiredException(action, window);
    }
    return user;
  }
}
