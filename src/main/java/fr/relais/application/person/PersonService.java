package fr.relais.application.person;

import fr.relais.application.Page;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Accompanied people and caseloads (A4). Every read and write of a file is journaled (S50). */
public interface PersonService {

  /**
   * How to reach the person and where her life takes place: a value for each {@link ContactPart}
   * given (all optional, checked by the service), and whether she is domiciled at the structure;
   * for a protected person every part is sealed (F2): her shelter, workplace and children's school
   * as much as her address. In the API's JSON, one property per part, by its name, beside {@code
   * domiciledAtStructure} ({@code interfaces.rest.ContactJson}).
   */
  record Contact(Map<ContactPart, String> parts, Boolean domiciledAtStructure) {
    public Contact {
      Map<ContactPart, String> given = new EnumMap<>(ContactPart.class);
      if (parts != null) {
        parts.forEach(
            (part, value) -> {
              if (part != null && value != null) {
                given.put(part, value);
              }
            });
      }
      parts = Collections.unmodifiableMap(given);
    }

    /** What a member who may not open her sealed data sees: no part, the domiciliation only. */
    public static Contact masked(Boolean domiciledAtStructure) {
      return new Contact(Map.of(), domiciledAtStructure);
    }

    /** A part's value, null when not given. */
    public String part(ContactPart part) {
      return parts.get(part);
    }

    public String email() {
      return part(ContactPart.EMAIL);
    }
  }

  /** A new person's record. */
  record NewPerson(
      String lastName,
      String firstNames,
      LocalDate birthDate,
      String birthPlace,
      String nationality,
      String foreignNationalNumber,
      Contact contact,
      Boolean aseMinor,
      String guardianshipReference,
      Boolean protectedPerson,
      String protectionReason,
      List<String> assignTo,
      Boolean confirmDuplicate) {}

  /** A member, as shown on a file. */
  record Assignee(String accountId, String displayName) {}

  /**
   * A line of the caseload list. {@code restricted}: a protected person whose file this member does
   * not see (F1) — her name and that she is protected, nothing else.
   */
  record PersonSummary(
      String id,
      String displayName,
      LocalDate birthDate,
      boolean protectedPerson,
      boolean aseMinor,
      List<Assignee> assignees,
      boolean restricted) {}

  /**
   * A line of a caseload export (F4). For a protected person, nothing sealed ever: her contact
   * holds no part and {@code contactMasked}; for a member without the protected-cases habilitation,
   * her name and that she is protected only ({@code restricted}, the domiciliation null too).
   */
  record ExportRow(
      String id,
      String lastName,
      String firstNames,
      LocalDate birthDate,
      String nationality,
      String foreignNationalNumber,
      boolean aseMinor,
      boolean protectedPerson,
      boolean restricted,
      boolean contactMasked,
      Contact contact,
      List<String> followers) {}

  /** Receives an export's lines, in name order. */
  @FunctionalInterface
  interface ExportSink {
    void accept(ExportRow row) throws java.io.IOException;
  }

  /**
   * The caseload the current member sees in the list (everyone for an administrator, their own
   * otherwise; volunteers never a protected person), every line to {@code sink}, read by keyset
   * pages so that no query grows with the structure. Journaled with the count. Returns the count.
   */
  int exportCaseload(StructureId structureId, ExportSink sink) throws java.io.IOException;

  /**
   * A person's file as a member sees it. {@code contactMasked}: the person is protected and her
   * contact channels are sealed for this member (F2) — « masqué », only the domiciliation shown.
   * {@code restricted}: a protected person whose file this member does not see at all (F1, no
   * <em>protected cases</em> habilitation): her name, that she is protected and who follows her;
   * every other field is empty.
   */
  record PersonView(
      String id,
      String structureId,
      String lastName,
      String firstNames,
      LocalDate birthDate,
      String birthPlace,
      String nationality,
      String foreignNationalNumber,
      Contact contact,
      boolean contactMasked,
      boolean aseMinor,
      String guardianshipReference,
      LocalDate majorityDate,
      boolean protectedPerson,
      String protectionReason,
      List<Assignee> assignees,
      Instant createdAt,
      boolean restricted) {}

  /**
   * Records a person. Warns, with 409 and the ids of the records it matches, when the structure
   * already follows someone with the same names and birth date or the same number — unless {@code
   * confirmDuplicate}. Only the records the caller sees are named: one they do not see is never
   * hinted at — the person is recorded and that record's followers are told in the application
   * (E4). Never looks at other structures (S40).
   */
  PersonView create(StructureId structureId, NewPerson person);

  /** The caller's caseload (or the whole structure for administrators), in name order. */
  Page<PersonSummary> list(StructureId structureId, String search, String after, Integer limit);

  PersonView get(PersonId personId);

  /** One line of a person's access history: who did what, when — never the data itself. */
  record AccessEntry(
      long seq,
      Instant at,
      String actor,
      String action,
      String outcome,
      String mandateId,
      String detail,
      String category) {}

  /**
   * Who accessed or acted on the person's file, newest first (F3, S50); for the structure's
   * administrators. Reading it is journaled too.
   */
  Page<AccessEntry> history(PersonId personId, String before, Integer limit);

  /** What the current member may do on a file, for showing or hiding actions. */
  record Permissions(boolean edit, boolean assign) {}

  /** The current member's rights on a file they may see (404 otherwise, like {@link #get}). */
  Permissions permissions(PersonId personId);

  /**
   * Replaces the person's contact and places, all at once (a part left empty is erased). Who may
   * correct the record may change them; for a protected person, only who may read them (the
   * decryption conditions, F2), sealed again at once. Refused while her access is under an
   * emergency lock (F6), and, with the answer of an invalid value, when an email or a phone is one
   * of her blocked persons' (F5, the followers alerted). Journaled with the parts changed, never a
   * value.
   */
  PersonView changeContact(PersonId personId, Contact contact);

  /** Replaces who follows the person; never leaves them without a member. */
  PersonView assign(PersonId personId, List<String> accountIds);
}
