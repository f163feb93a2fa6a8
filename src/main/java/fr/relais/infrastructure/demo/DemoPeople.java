package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demonstration people of a structure, and the one of the CCAS who has opened their own access.
 */
@ApplicationScoped
class DemoPeople {

  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.domain.model.personaccess.PersonAccessRepository personAccess;
  @Inject fr.relais.application.person.PersonContacts contacts;
  @Inject AccountRepository accounts;
  @Inject DemoMembers members;
  @Inject DemoMandates mandates;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.demo.people-per-structure", defaultValue = "1000")
  int peoplePerStructure;

  /** How many of each structure's first people get a demonstration mandate. */
  private static final int DEMO_MANDATES = 40;

  /**
   * A structure's demonstration people: the one given their own access in the demo (or none), and
   * the first two not protected, who get fixed mail addresses.
   */
  record Seeded(
      fr.relais.domain.model.person.Person withOwnAccess,
      List<fr.relais.domain.model.person.Person> mailboxPeople) {}

  private static final String[] LAST_NAMES = {
    "Benali", "Diallo", "Nguyen", "Haddad", "Kowalski", "Traoré", "Ahmadi", "Popescu", "Silva",
    "Okafor", "Mensah", "Rahimi", "Ivanova", "Bamba", "Cissé", "Yilmaz", "Touré", "Fofana",
    "Sow", "Kamara", "Camara", "Barry", "Doumbia", "Sissoko", "Keita", "Coulibaly", "Diop",
    "Ndiaye", "Mbaye", "Gueye"
  };
  private static final String[] FIRST_NAMES = {
    "Aïcha",
    "Mamadou",
    "Fatoumata",
    "Yusuf",
    "Mariam",
    "Ibrahim",
    "Leila",
    "Oleksandr",
    "Amina",
    "Samir",
    "Nadia",
    "Hamza",
    "Zeynep",
    "Moussa",
    "Khadija",
    "Ali",
    "Binta",
    "Omar",
    "Sofia",
    "Ousmane"
  };

  /**
   * Demonstration people, followed by the structure's two social workers in turn. Deterministic, so
   * that two starts produce the same data; a few are protected or minors in ASE care.
   */
  Seeded create(StructureId structure, String worker1, String worker2, int salt) {
    fr.relais.domain.model.person.Person withOwnAccess = null;
    List<fr.relais.domain.model.person.Person> mailboxPeople = new java.util.ArrayList<>();
    var today = clock.today();
    var now = clock.now();
    var w1 = members.named(worker1).id();
    var w2 = members.named(worker2).id();
    for (int i = 0; i < peoplePerStructure; i++) {
      int n = i * 7919 + salt * 104729;
      String last = LAST_NAMES[n % LAST_NAMES.length];
      String first = FIRST_NAMES[(n / 7) % FIRST_NAMES.length];
      boolean minor = salt == 0 && i % 97 == 0;
      java.time.LocalDate birth =
          minor
              ? today.minusYears(17).minusDays(i % 300)
              : today.minusYears(19 + n % 50).minusDays(n % 365);
      String number =
          i % 3 == 0 ? null : String.format("%010d", 7_500_000_000L + salt * 100_000L + i);
      var person =
          new fr.relais.domain.model.person.Person(
              fr.relais.domain.model.person.PersonId.random(),
              structure,
              new fr.relais.domain.model.person.PersonIdentity(
                  last,
                  first + (i >= 600 ? " " + (char) ('A' + i % 26) : ""),
                  birth,
                  "Bamako",
                  "malienne",
                  number),
              now);
      if (minor) {
        person.entrustToAse("TE-" + (2025_000 + i), today);
      }
      if ((salt == 1 && i % 4 == 0) || (salt == 0 && i % 50 == 0)) {
        person.protect(
            new fr.relais.domain.model.person.Protection(
                fr.relais.domain.model.person.ProtectionReason.DECLARED_VIOLENCE,
                today.minusMonths(2),
                null,
                null,
                null),
            today);
      }
      var contact =
          new fr.relais.domain.model.person.PersonContact(
              person.id(),
              new fr.relais.domain.model.person.ContactDetails(
                  person.isProtected()
                      ? java.util.Map.of(
                          fr.relais.domain.model.person.ContactPart.SHELTER,
                          "Foyer d'accueil n° " + (i + 1) + " (adresse confidentielle)")
                      : java.util.Map.of(),
                  i % 2 == 0));
      contact.fingerprint(null, null); // no email, no phone: nothing to hash (S46)
      if (person.isProtected()) {
        // F2: where a protected person now lives is sealed from the first day.
        contacts.seal(contact);
      }
      people.add(person, contact);
      people.assign(person.id(), i % 2 == 0 ? w1 : w2, w1, now);
      if (i < DEMO_MANDATES && !person.isProtected()) {
        mandates.create(person, i, (i % 2 == 0 ? w1 : w2).value());
      }
      if (i == 2 && salt == 0) {
        withOwnAccess = person;
      }
      if (!person.isProtected() && mailboxPeople.size() < 2 && i != 2) {
        mailboxPeople.add(person);
      }
    }
    return new Seeded(withOwnAccess, mailboxPeople);
  }

  /**
   * An accompanied person of the CCAS who has opened their own access, as if they had redeemed the
   * link their worker handed them: signs in as {@code personne.demo}.
   */
  void ownAccess(fr.relais.domain.model.person.Person person, StructureId structure) {
    var now = clock.now();
    var worker = members.named("ts1.ccas").id();
    Account own =
        new Account(
            AccountId.random(),
            new ExternalIdentity(members.issuer(), "personne.demo"),
            person.displayName(),
            Role.BENEFICIARY,
            null,
            now);
    accounts.add(own);
    var issued =
        fr.relais.domain.model.personaccess.PersonAccessInvitation.issue(
            person.id(), structure, worker, now);
    personAccess.add(issued.invitation());
    issued.invitation().accept(own.id(), now);
    personAccess.add(
        new fr.relais.domain.model.personaccess.PersonAccess(issued.invitation(), own.id(), now));
  }
}
