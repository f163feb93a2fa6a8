package fr.relais.application.shielding;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one identity matcher (S46, F5, S32): every question « is this the same address, phone, person
 * or login as one that is blocked, flagged or detached? » is asked here, on every path that can
 * link an identity to a person's file or to her structure — her contact, her email change, her
 * access link, an inbound sender, an invitation to her structure, an assignment to her, a
 * habilitation. Values are compared in their canonical form ({@link CanonicalForms}) through keyed
 * hashes; nothing here ever holds a value in clear beyond the call.
 */
public interface IdentityMatcher {

  /** Where the values of her blocked list are hashed ({@code blocked:EMAIL}…). */
  String BLOCKED_LIST = "blocked";

  /** Where her contact's email and phone and her flagged addresses are hashed. */
  String CONTACT = "contact";

  /** Why an identity may not be linked to her. */
  enum Reason {
    /** On her blocked list (F5). */
    BLOCKED,
    /** An address flagged on her file as possibly controlled by someone else (S32, E3). */
    FLAGGED
  }

  /** A match: whose list, why, and what kind of value matched (never the value). */
  record Match(
      PersonId person, Reason reason, fr.relais.domain.model.shielding.BlockedPerson.Kind kind) {

    /** The journal's word for it, as in {@code BLOCKED_EMAIL}. */
    public String detail() {
      return reason.name() + "_" + kind.name();
    }
  }

  /** Who is told of an attempt by someone on her blocked list. */
  enum Alert {
    /** The members who follow her. */
    FOLLOWERS,
    /** The members who follow her and the structure's administrators. */
    FOLLOWERS_AND_ADMINISTRATORS
  }

  Optional<IdentityKey> email(String raw);

  Optional<IdentityKey> phone(String raw);

  Optional<IdentityKey> nameWithBirthDate(String name, LocalDate birthDate);

  Optional<IdentityKey> foreignNumber(String raw);

  Optional<IdentityKey> login(String issuer, String subject);

  /**
   * What identifies a member or a person's login: the OpenID identity and, for staff, the verified
   * address the provider gave at the last login.
   */
  List<IdentityKey> identitiesOf(Account account);

  /**
   * The keyed hash under which a value is kept, in a namespace ({@code contact}, {@code blocked}):
   * always over the canonical form.
   */
  String fingerprint(String namespace, IdentityKey key);

  /** The first of these identities that is on her blocked list or flagged on her file. */
  Optional<Match> match(PersonId person, Collection<? extends IdentityKey> identities);

  /** The people of this structure whose blocked list holds one of these identities. */
  List<PersonId> blockingIn(StructureId structure, Collection<? extends IdentityKey> identities);

  /**
   * {@link #match}, and when it matches: the refusal journaled in a transaction of its own (detail
   * {@code BLOCKED_EMAIL}, {@code FLAGGED_EMAIL}…), and the {@link #alert}: for a blocked identity
   * always, for a flagged address on the staff paths ({@link Alert#FOLLOWERS_AND_ADMINISTRATORS}).
   * The caller answers as for a value that cannot exist, so whoever tried learns nothing.
   */
  Optional<Match> refuse(
      PersonId person,
      Collection<? extends IdentityKey> identities,
      JournalRecord.Builder entry,
      String action,
      Alert alert);

  /**
   * Tells her structure, in the application only and in a transaction of its own (it stays when the
   * attempt is refused), that someone on her lists tried to reach her: a content-free notice (S42).
   */
  void alert(PersonId person, Alert who);
}
