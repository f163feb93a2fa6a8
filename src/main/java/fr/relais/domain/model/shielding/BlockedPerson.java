package fr.relais.domain.model.shielding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who must never reach a protected person's file (F5), as one value: a name with a birth
 * date, an email, a phone, a foreign-national number or an OpenID login. Only the keyed hash of its
 * canonical form is kept (S46: every variant of the value matches it), with a hint that does not
 * name anyone; a match is all Relais needs.
 */
@Entity
@Table(name = "blocked_person")
public class BlockedPerson {

  /** What the value is. */
  public enum Kind {
    NAME_BIRTH,
    EMAIL,
    PHONE,
    FOREIGN_NUMBER,
    /**
     * An OpenID login (issuer and subject): added when a takeover claim is approved, so that the
     * intruder's own login can never be linked to her file again (E3, S33, S46).
     */
    LOGIN
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

  /** A hint for the members who keep the list, naming no one, from the canonical form. */
  public static String hint(Kind kind, String normalised) {
    return switch (kind) {
      case LOGIN -> {
        int space = normalised.lastIndexOf(' ');
        String issuer = space < 0 ? normalised : normalised.substring(0, space);
        String subject = space < 0 ? "" : normalised.substring(space + 1);
        String host = issuer.replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
        String h = (host.length() > 40 ? host.substring(0, 40) : host) + ", …";
        yield h + (subject.length() > 2 ? subject.substring(subject.length() - 2) : "");
      }
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
