package fr.relais.domain.model.personaccess;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.SingleUseLink;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use link that lets an accompanied person open their own access to their file. The
 * structure hands it over in person (printed or shown on screen): knowing the person's facts is
 * never enough to obtain it (S20). It binds to the first identity that signs in with it, never to
 * an email address (S7), and lasts 48 hours. Only the token's SHA-256 is stored.
 */
@Entity
@Table(name = "person_access_invitation")
@NamedQuery(
    name = "PersonAccessInvitation.byTokenHash",
    query = "select i from PersonAccessInvitation i where i.link.tokenHash = :hash")
@NamedQuery(
    name = "PersonAccessInvitation.forPerson",
    query =
        "select i from PersonAccessInvitation i where i.personId = :person"
            + " order by i.link.createdAt desc, i.id")
public class PersonAccessInvitation {

  public static final Duration LIFETIME = Duration.ofHours(48);

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Embedded private SingleUseLink link;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PersonAccessInvitation() {}

  /** A new link and its token (shown once, never stored). */
  public record Issued(PersonAccessInvitation invitation, String token) {}

  public static Issued issue(PersonId person, StructureId structure, AccountId by, Instant now) {
    SingleUseLink.Issued issued = SingleUseLink.issue(now, LIFETIME);
    PersonAccessInvitation i = new PersonAccessInvitation();
    i.id = UUID.randomUUID();
    i.personId = person.value();
    i.structureId = structure.value();
    i.link = issued.link();
    i.createdBy = by.value();
    return new Issued(i, issued.token());
  }

  public SingleUseLink.Status status(Instant now) {
    return link.status(now);
  }

  /**
   * Records that the identity behind {@code account} redeemed the link.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void accept(AccountId account, Instant now) {
    link.accept(account.value(), now);
  }

  /** Withdraws a link not yet used; a used or expired one is left as it is. */
  public boolean revokeIfPending(Instant now) {
    return link.revokeIfPending(now);
  }

  public UUID id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public StructureId structure() {
    return new StructureId(structureId);
  }

  public Instant createdAt() {
    return link.createdAt();
  }

  public Instant expiresAt() {
    return link.expiresAt();
  }

  public AccountId createdBy() {
    return new AccountId(createdBy);
  }
}
