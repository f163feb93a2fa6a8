package fr.relais.domain.model.shielding;

import fr.relais.domain.model.person.PersonIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who must never reach a protected person's file (F5), as one exact value: a name with a
 * birth date, an email, a phone or a foreign-national number. Only its keyed hash is kept, with a
 * hint that does not name anyone; a match is all Relais needs.
 */
@Entity
@Table(name = "blocked_person")
public class BlockedPerson {

  /** What the value is. */
  public enum Kind {
    NAME_BIRTH,
    EMAIL,
    PHONE,
    FOREIGN_NUMBER
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private Kind kind;

  @Column(name = "fingerprint", nullable = false, length = 64, updatable = false)
  private String fingerprint;

  @Column(name = "hint", nullable = false, length = 60, updatable = false)
  private String hint;

  @Column(name = "added_by", nullable = false, updatable = false)
  private UUID addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removed_by")
  private UUID removedBy;

  protected BlockedPerson() {}

  public BlockedPerson(
      UUID personId, Kind kind, String fingerprint, String hint, UUID addedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.kind = Objects.requireNonNull(kind);
    this.fingerprint = Objects.requireNonNull(fingerprint);
    this.hint = Objects.requireNonNull(hint);
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Objects.requireNonNull(at);
  }

  public void remove(UUID by, Instant at) {
    if (removedAt == null) {
      this.removedAt = at;
      this.removedBy = by;
    }
  }

  /**
   * The exact form a value is compared in: an email in lower case; a phone's digits, a French
   * international prefix made national; a number's digits; a name folded as for search, with the
   * birth date.
   *
   * @throws IllegalArgumentException naming the field, for a value of the wrong shape
   */
  public static String normalise(Kind kind, String value, LocalDate birthDate) {
    String v = value == null ? "" : value.strip();
    switch (kind) {
      case EMAIL -> {
        String e = fr.relais.domain.model.person.ContactDetails.normaliseEmail(v);
        if (e == null) {
          throw new IllegalArgumentException("value: not an email address");
        }
        return e;
      }
      case PHONE -> {
        String d = fr.relais.domain.model.person.ContactDetails.normalisePhone(v);
        if (d == null) {
          throw new IllegalArgumentException("value: not a phone number");
        }
        return d;
      }
      case FOREIGN_NUMBER -> {
        String d = v.replaceAll("[\\s.-]", "");
        if (!d.matches("\\d{10}")) {
          throw new IllegalArgumentException("value: 10 digits");
        }
        return d;
      }
      case NAME_BIRTH -> {
        if (v.isEmpty() || v.length() > 200) {
          throw new IllegalArgumentException("value: the name, at most 200 characters");
        }
        if (birthDate == null) {
          throw new IllegalArgumentException("birthDate: required with a name");
        }
        return PersonIdentity.searchKey(v) + "|" + birthDate;
      }
      default -> throw new IllegalArgumentException("kind: unknown");
    }
  }

  /** A hint for the members who keep the list, naming no one. */
  public static String hint(Kind kind, String normalised) {
    return switch (kind) {
      case EMAIL -> {
        int at = normalised.indexOf('@');
        yield normalised.charAt(0) + "…@" + normalised.substring(at + 1);
      }
      case PHONE, FOREIGN_NUMBER -> "…" + normalised.substring(normalised.length() - 2);
      case NAME_BIRTH -> {
        String name = normalised.substring(0, normalised.indexOf('|'));
        String initials =
            java.util.Arrays.stream(name.split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
                .reduce("", (a, b) -> a + b);
        yield initials
            + ", "
            + normalised.substring(normalised.indexOf('|') + 1, normalised.indexOf('|') + 5);
      }
    };
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public Kind kind() {
    return kind;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public String hint() {
    return hint;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public boolean active() {
    return removedAt == null;
  }
}
