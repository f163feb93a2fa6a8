package fr.relais.application.identity.internal;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountSession;
import fr.relais.domain.model.access.AccountSessionRepository;
import fr.relais.domain.model.identity.PhoneCode;
import fr.relais.domain.model.identity.PhoneCodeRepository;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccessInvitation;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What ties a person's own login to her record, cut at once in the caller's transaction (S31): its
 * open sessions end (refused on their next request), its phone codes are void, her pending access
 * links are withdrawn. Used when her address is replaced and when a takeover claim takes her access
 * back from an intruder. Holds no state.
 */
@ApplicationScoped
class HerLoginTies {

  @Inject AccountSessionRepository sessions;
  @Inject PhoneCodeRepository phoneCodes;
  @Inject PersonAccessRepository access;

  /**
   * Cuts them; {@code login} may be null when she has no access in force (her pending links are
   * still withdrawn). Returns how many were cut.
   */
  int cut(PersonId person, AccountId login, Instant now) {
    int count = 0;
    if (login != null) {
      for (AccountSession s : sessions.open(login, Instant.EPOCH, 1000)) {
        s.end(AccountSession.Ending.ADDRESS_CHANGED, now);
        count++;
      }
      for (PhoneCode code : phoneCodes.openCodesForUpdate(login.value())) {
        code.voidNow(now);
        count++;
      }
    }
    for (PersonAccessInvitation invitation : access.invitationsFor(person)) {
      if (invitation.revokeIfPending(now)) {
        count++;
      }
    }
    return count;
  }
}
