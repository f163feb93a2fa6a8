package fr.relais.application.identity;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * Secure change of a person's contact email (E1, E2, S30-S32, S45). Started by a member who may
 * correct her record under an active mandate — her identity verified recently enough and the member
 * freshly authenticated ({@link SensitiveOperations}) — or by herself from her own access, freshly
 * authenticated. The new address waits apart, sealed; a single-use, 24-hour link goes to it and
 * opens a page whose button confirms: nothing that only reads the link (a HEAD, a GET, a mail
 * client's preview) consumes it. Starting again within the cooldown is refused ({@code 429}, {@code
 * Retry-After}); a new start replaces the pending link. A change is stale when her address changed
 * meanwhile.
 *
 * <p>On confirmation every session of her own login ends, every pending access link and phone code
 * is withdrawn (S31); the new address, her own space and the structure's administrators are told;
 * her old address gets a minimal notice with a link that freezes her access — unless she is
 * protected or the old address was flagged, and then it gets nothing (S32, S45). Every step is
 * journaled, never an address.
 */
public interface EmailChangeService {

  /** The new address, as typed. */
  record Request(String email) {}

  /**
   * A change as a member or she sees it: never the address itself (the new one is in the mail that
   * confirms it, the old one on the file for whoever may read it).
   */
  record ChangeView(
      String id,
      String status,
      boolean startedByPerson,
      Instant createdAt,
      Instant expiresAt,
      boolean oldAddressTold,
      Instant frozenAt) {}

  /** A member starts a change on her file. */
  ChangeView start(PersonId personId, Request request);

  /** She starts a change from her own access, for one of her records. */
  ChangeView startMine(PersonId personId, Request request);

  /** The changes of her file, newest first (who may correct her record). */
  List<ChangeView> history(PersonId personId);

  /** Her own changes, for one of her records. */
  List<ChangeView> mine(PersonId personId);

  /** What a confirmation or freeze link stands for: its state, never whose it is. */
  record LinkView(String status, Instant expiresAt) {}

  /** The state of a confirmation link; consumes nothing (the page a link opens). */
  LinkView lookup(String token);

  /** Confirms the change of this link (the page's button). */
  LinkView confirm(String token);

  /** The state of an old address's freeze link; consumes nothing. */
  LinkView lookupFreeze(String token);

  /** Freezes her access with the link of the old address's notice (F6). */
  LinkView freeze(String token);

  /** An address flagged on her file: when, by whom, why — never the address. */
  record FlagView(String id, String reason, String flaggedBy, Instant flaggedAt) {}

  /** What a member types to flag an address. */
  record FlagRequest(String email, String reason) {}

  /**
   * Flags an address as possibly controlled by someone else (S32): at once it is removed from her
   * contact if it is hers, any pending change to it ends, and it can never be set again.
   */
  FlagView flag(PersonId personId, FlagRequest request);

  /**
   * Flags an address for a decision already taken and journaled by its caller (a takeover claim
   * approved), with the effects of {@link #flag}; an address flagged already stays as it is.
   * Returns what it did, for the caller's journal entry (never the address).
   */
  String flagDecided(
      fr.relais.domain.model.person.Person person,
      String email,
      String reason,
      AuthenticatedUser by);

  /** Her file's flagged addresses, newest first. */
  List<FlagView> flags(PersonId personId);
}
