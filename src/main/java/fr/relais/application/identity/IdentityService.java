package fr.relais.application.identity;

import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's identity verification (D1, S20-S22): the level reached and its full history, and the
 * in-person check of an original document by a habilitated member, following the written protocol
 * shown on screen (S21). Knowledge is never proof (S20): nothing here is decided by facts about
 * her.
 */
public interface IdentityService {

  /** One step, as shown: never the document's number, only its last characters. */
  record Step(
      String level,
      String method,
      String documentType,
      String issuingCountry,
      String documentNumberEnd,
      LocalDate documentExpiresOn,
      String provider,
      String acr,
      String reason,
      String checkedBy,
      Instant checkedAt) {}

  /**
   * Where her identity stands: the highest level reached and when, every step newest first, and
   * whether the current member may record an in-person check.
   */
  record IdentityView(String level, Instant reachedAt, List<Step> history, boolean canCheck) {}

  /**
   * What the member records after checking an original document in hand. {@code protocolFollowed}
   * says they followed each step of the written protocol; without it nothing is recorded.
   */
  record InPersonCheck(
      String documentType,
      String issuingCountry,
      String documentNumber,
      String expiresOn,
      String reason,
      Boolean protocolFollowed) {}

  IdentityView status(PersonId personId);

  /** Her own view of one of her records' verification (F3): who checked what, when. */
  record MyIdentity(String personId, String structureName, IdentityView identity) {}

  /** The person's own view, for each record her login is linked to. */
  List<MyIdentity> mine();

  /**
   * Records an in-person check; 403 without the habilitation, 400 naming the field on bad input.
   */
  IdentityView recordInPersonCheck(PersonId personId, InPersonCheck check);

  /**
   * After her own login (S3, S22): when the provider returned an {@code acr} of eIDAS level
   * substantial or higher, raises to the top level every record her login is linked to — matched on
   * the provider's subject through that link, never on names or dates. Recorded once a day at most
   * per record; journaled. Returns how many records it raised or refreshed.
   */
  int recordRemoteVerification(
      fr.relais.domain.model.access.AccountId account, String providerId, String acr);
}
