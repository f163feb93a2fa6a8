package fr.relais.domain.model.personaccess;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The link between a person's record and the account of the person themselves: while it is in
 * force, that account sees the record's mandates and access history and may revoke the mandates.
 * One link in force per record; an ended link is kept as history.
 */
@Entity
@Table(name = "person_access")
@NamedQuery(
    name = "PersonAccess.currentForAccount",
    query =
        "select a from PersonAccess a where a.accountId = :account and a.endedAt is null"
            + " order by a.grantedAt, a.id")
@NamedQuery(
    name = "PersonAccess.currentForPerson",
    query = "select a from PersonAccess a where a.currentPersonId = :person")
public class PersonAccess {

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "invitation_id", nullable = false, updatable = false)
  private UUID invitationId;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "current_person_id")
  private UUID currentPersonId;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private UUID endedBy;

  @Column(name = "end_reason", length = 500)
  private String endReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PersonAccess() {}

  public PersonAccess(PersonAccessInvitation invitation, AccountId account, Instant at) {
    this.id = UUID.randomUUID();
    this.personId = invitation.person().value();
    this.structureId = invitation.structure().value();
    this.accountId = account.value();
    this.invitationId = invitation.id();
    this.grantedAt = Objects.requireNonNull(at);
    this.currentPersonId = personId;
  }

  /**
   * Ends the link now: the account loses the record on its next request (S11).
   *
   * @throws IllegalStateException when it has already ended
   */
  public void end(AccountId by, String reason, Instant at) {
    if (endedAt != null) {
      throw new IllegalStateException("already ended");
    }
    this.endedAt = at;
    this.endedBy = by.value();
    this.endReason = reason;
    this.currentPersonId = null;
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

  public AccountId account() {
    return new AccountId(accountId);
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public boolean inForce() {
    return endedAt == null;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }
}
