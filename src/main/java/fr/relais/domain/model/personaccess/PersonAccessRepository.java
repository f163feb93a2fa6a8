package fr.relais.domain.model.personaccess;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.PersonId;
import java.util.List;
import java.util.Optional;

/** Storage of access links and of the links in force between people and their own accounts. */
public interface PersonAccessRepository {

  void add(PersonAccessInvitation invitation);

  /** The link with this token, without locking it (to tell a visitor where it stands). */
  Optional<PersonAccessInvitation> findInvitationByToken(String token);

  /** The link with this token, locked: two sign-ins racing with it cannot both redeem it. */
  Optional<PersonAccessInvitation> findInvitationByTokenForUpdate(String token);

  /** The person's access links, newest first. */
  List<PersonAccessInvitation> invitationsFor(PersonId person);

  void add(PersonAccess access);

  /** The link in force for this record, if any. */
  Optional<PersonAccess> currentFor(PersonId person);

  /** The link in force for this record, locked for ending it. */
  Optional<PersonAccess> currentForUpdate(PersonId person);

  /** The records this account may see now, oldest link first. */
  List<PersonAccess> currentForAccount(AccountId account);

  /** Whether any record this account may see now is a protected person's (one query). */
  boolean anyProtectedInForce(AccountId account);
}
