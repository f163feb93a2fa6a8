package fr.relais.application.shielding.internal;

import fr.relais.application.notification.ReminderService;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells her structure, in the application only, that someone on her blocked list tried to reach her
 * file or her structure (F5, S42: the kind of event, nothing more). In a transaction of its own:
 * the alert stays when the attempt it reports is refused and rolled back.
 */
@ApplicationScoped
public class IdentityAlerts {

  @Inject ReminderService reminders;
  @Inject PersonRepository people;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void tell(PersonId person, IdentityMatcher.Alert who) {
    String kind = NotificationKind.BLOCKED_PERSON_ATTEMPT.name();
    if (who == IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS) {
      people
          .find(person)
          .ifPresent(p -> reminders.notifyFollowersAndAdministrators(p, kind, person.toString()));
    } else {
      reminders.notifyFollowers(person, kind, person.toString());
    }
  }
}
