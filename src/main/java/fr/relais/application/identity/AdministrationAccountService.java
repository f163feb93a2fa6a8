package fr.relais.application.identity;

import fr.relais.domain.model.administration.AdministrationAccountId;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * The accounts a person holds at the administration (E2): their identifier and the address each
 * uses, said plainly when that address is not her Relais sub-address, and the tracked move of the
 * address to it — requested, done, confirmed by the first message that arrives there. That move is
 * what cuts an intruder off from her online file. Read by who may open her file; changed by who may
 * correct it; for a protected person, by who may read her sealed data (F2). Journaled, never a
 * value.
 */
public interface AdministrationAccountService {

  /** What a member records. {@code service}: {@code ANEF} or {@code OTHER} (with a label). */
  record NewAccount(String service, String label, String identifier, String address) {}

  /**
   * An account as a member sees it. {@code masked}: she is protected and this member may not read
   * her sealed data — the identifier and the address are {@code null}. {@code onSubAddress}: the
   * address is her current sub-address.
   */
  record AccountView(
      String id,
      String service,
      String label,
      String identifier,
      String address,
      boolean masked,
      boolean onSubAddress,
      String subAddress,
      String move,
      Instant recordedAt,
      Instant moveRequestedAt,
      Instant moveDoneAt,
      Instant moveConfirmedAt) {}

  List<AccountView> list(PersonId personId);

  AccountView record(PersonId personId, NewAccount account);

  /** {@code step}: {@code REQUESTED} (asked for) or {@code DONE} (changed at the service). */
  AccountView move(AdministrationAccountId accountId, String step);

  /**
   * A message was filed into her record through her sub-address: accounts whose address moved there
   * are confirmed. Called by the mailbox, in its transaction.
   */
  void messageArrived(fr.relais.domain.model.person.PersonId person, Instant at);
}
