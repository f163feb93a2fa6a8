package fr.relais.application.shielding.internal;

import fr.relais.application.identity.internal.DefaultEmailChangeService;
import fr.relais.application.identity.internal.DefaultTakeoverClaimService;
import fr.relais.application.identity.internal.SealedAccounts;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.emailchange.FlaggedAddress;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.shielding.BlockedPerson;
import fr.relais.domain.model.shielding.BlockedPersonRepository;
import fr.relais.domain.model.shielding.LegacyFingerprintRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One page of the rekeying, in a transaction of its own. A row whose sealed value cannot be opened
 * (a vault that lost its key) keeps its old hash and is marked all the same, so that a run always
 * ends; it is logged without any value.
 */
@ApplicationScoped
public class FingerprintRekeyPages {

  private static final Logger LOG = Logger.getLogger(FingerprintRekeyPages.class.getName());

  static final int PAGE = 200;

  /** What an approved claim's intruders were flagged for, as when it was approved. */
  private static final String FLAG_REASON = "takeover claim approved";

  @Inject LegacyFingerprintRepository legacy;
  @Inject PersonRepository people;
  @Inject EmailChangeRepository emailChanges;
  @Inject BlockedPersonRepository blocked;
  @Inject IdentityMatcher matcher;
  @Inject Fingerprints fingerprints;
  @Inject Vault vault;
  @Inject TimeSource clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int contacts() {
    var page = legacy.contacts(PAGE);
    for (PersonContact c : page) {
      try {
        ContactDetails d = SealedContacts.read(vault, c);
        c.fingerprint(
            SealedContacts.emailFingerprint(matcher, d.email()),
            SealedContacts.phoneFingerprint(matcher, d.phone()));
      } catch (RuntimeException e) {
        unreadable("a contact", e);
        c.fingerprint(c.emailFingerprint(), c.phoneFingerprint());
      }
    }
    return page.size();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int administrationAccounts() {
    var page = legacy.administrationAccounts(PAGE);
    for (AdministrationAccount a : page) {
      String fingerprint = a.addressFingerprint();
      if (a.addressSealed() != null) {
        try {
          fingerprint = SealedContacts.emailFingerprint(matcher, SealedAccounts.address(vault, a));
        } catch (RuntimeException e) {
          unreadable("an administration account's address", e);
        }
      }
      a.rekeyAddress(fingerprint);
    }
    return page.size();
  }

  /**
   * A pending change gets the canonical hash of its new address, and of her address when it began
   * if that is still her address (otherwise it was stale already and stays so). Ended changes are
   * history: only marked.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int emailChanges() {
    var page = legacy.emailChanges(PAGE);
    Instant now = clock.now();
    for (EmailChange c : page) {
      String newFingerprint = c.newFingerprint();
      String base = c.baseFingerprint();
      if (c.status(now) == EmailChange.Status.PENDING) {
        try {
          newFingerprint =
              SealedContacts.emailFingerprint(
                  matcher, DefaultEmailChangeService.pendingEmail(vault, c));
          Optional<String> current =
              people
                  .contact(new PersonId(c.personId()))
                  .map(x -> SealedContacts.read(vault, x).email());
          if (base != null
              && current.isPresent()
              && base.equals(
                  fingerprints.of(
                      fr.relais.application.shielding.IdentityMatcher.CONTACT
                          + ":"
                          + BlockedPerson.Kind.EMAIL.name(),
                      current.get().strip().toLowerCase(Locale.ROOT)))) {
            base = SealedContacts.emailFingerprint(matcher, current.get());
          }
        } catch (RuntimeException e) {
          unreadable("a pending email change", e);
        }
      }
      legacy.rekey(c, newFingerprint, base);
    }
    return page.size();
  }

  /** An approved claim's intruders flagged and blocked again, under their canonical forms. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int approvedClaims() {
    var page = legacy.approvedClaims(PAGE);
    Instant now = clock.now();
    for (TakeoverClaim claim : page) {
      try {
        for (String address : DefaultTakeoverClaimService.openIntruders(vault, claim)) {
          Optional<IdentityKey> key = matcher.email(address);
          if (key.isEmpty()) {
            continue;
          }
          String flagged =
              matcher.fingerprint(
                  fr.relais.application.shielding.IdentityMatcher.CONTACT, key.get());
          if (!emailChanges.flagged(claim.personId(), flagged)) {
            emailChanges.add(
                new FlaggedAddress(claim.personId(), flagged, FLAG_REASON, claim.decidedBy(), now));
          }
          String onList = matcher.fingerprint(IdentityMatcher.BLOCKED_LIST, key.get());
          if (!blocked.matches(claim.personId(), BlockedPerson.Kind.EMAIL, onList)) {
            blocked.add(
                new BlockedPerson(
                    claim.personId(),
                    BlockedPerson.Kind.EMAIL,
                    onList,
                    BlockedPerson.hint(BlockedPerson.Kind.EMAIL, key.get().canonical()),
                    claim.decidedBy(),
                    now));
          }
        }
      } catch (RuntimeException e) {
        unreadable("a takeover claim's intruders", e);
      }
      claim.canonicalFlagsDone();
    }
    return page.size();
  }

  private static void unreadable(String what, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "Could not hash {0} again over its canonical form ({1}); it keeps its exact hash",
        new Object[] {what, e.getClass().getSimpleName()});
  }
}
