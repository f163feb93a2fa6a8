package fr.relais.infrastructure.demo;

import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Madame B's case of the source report (E3), ready to walk through. */
@ApplicationScoped
class DemoMadameB {

  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject fr.relais.application.shielding.Fingerprints fingerprints;
  @Inject fr.relais.application.person.PersonContacts contacts;
  @Inject fr.relais.domain.model.identity.IdentityVerificationRepository verifications;

  @Inject
  fr.relais.domain.model.administration.AdministrationAccountRepository administrationAccounts;

  @Inject DemoMembers members;
  @Inject DemoMandates mandates;
  @Inject TimeSource clock;

  /**
   * Madame B's case of the source report, ready to walk through (E3): followed by {@code ts1.ccas}
   * under an active mandate, her passport checked in person two days ago, and her ANEF account
   * recorded with the look-alike address her in-law opened it with — not her sub-address. Filing
   * the takeover claim and its approval by {@code agent.prefecture} are left to the visitor.
   */
  void create(StructureId structure) {
    var now = clock.now();
    var today = clock.today();
    var worker = members.named("ts1.ccas").id();
    var person =
        new fr.relais.domain.model.person.Person(
            fr.relais.domain.model.person.PersonId.random(),
            structure,
            new fr.relais.domain.model.person.PersonIdentity(
                "Bouzid",
                "Samira",
                today.minusYears(41).minusDays(57),
                "Oran",
                "algérienne",
                "7500099999"),
            now);
    people.add(
        person,
        new fr.relais.domain.model.person.PersonContact(
            person.id(),
            new fr.relais.domain.model.person.ContactDetails(java.util.Map.of(), true)));
    people.assign(person.id(), worker, worker, now);
    mandates.create(person, 0, worker.value());
    verifications.add(
        fr.relais.domain.model.identity.IdentityVerification.inPerson(
            person.id().value(),
            fr.relais.domain.model.identity.IdentityDocumentType.PASSPORT,
            "DZ",
            fingerprints.of(
                fr.relais.domain.model.identity.IdentityVerification.NUMBER_PURPOSE, "DZ1234567"),
            "567",
            today.plusYears(4),
            "Premier accueil : passeport original présenté",
            worker.value(),
            now.minus(java.time.Duration.ofDays(2))));
    UUID accountId = UUID.randomUUID();
    var account =
        new fr.relais.domain.model.administration.AdministrationAccount(
            accountId,
            person.id().value(),
            structure.value(),
            fr.relais.domain.model.administration.AdministrationAccount.Service.ANEF,
            null,
            vault.seal(
                fr.relais.application.shielding.SealedField.ACCOUNT_IDENTIFIER.of(
                    person.id().value(), accountId),
                "7500099999".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            fingerprints.of(
                fr.relais.domain.model.administration.AdministrationAccount.IDENTIFIER_PURPOSE,
                "7500099999"),
            worker.value(),
            now);
    String lookAlike = "samira.bouzld@exemple-mail.fr";
    account.address(
        vault.seal(
            fr.relais.application.shielding.SealedField.ACCOUNT_ADDRESS.of(
                account.personId(), account.sealedRow()),
            lookAlike.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        contacts.emailFingerprint(lookAlike));
    administrationAccounts.add(account);
  }
}
