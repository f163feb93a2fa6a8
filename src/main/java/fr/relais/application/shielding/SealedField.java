package fr.relais.application.shielding;

import java.util.Objects;
import java.util.UUID;

/**
 * The catalogue of what Relais seals in the vault (F2, S12, S41), and under which label: the owner
 * whose data key seals it and the field bound into each ciphertext. Every {@link Vault.Binding} is
 * made here, so that no label is spelled anywhere else and a value has one label whoever seals or
 * opens it.
 *
 * <p>A value a person has several of (her administration accounts, her email changes, her takeover
 * claims) is sealed under her data key — erased with her — and bound to its own row as well: copied
 * to another of her rows, it does not open. Rows written before that (schema V32) were bound to her
 * alone; they keep that label, which {@link #of(UUID, UUID)} gives for a {@code null} row
 * (docs/architecture.md, the vault).
 */
public enum SealedField {
  /** A person's contact and places, one JSON object of the parts her contact seals. */
  CONTACT(Owner.PERSON, "contact", false),
  /** The new address of an email change, until it is confirmed (E1, S30). */
  PENDING_EMAIL(Owner.PERSON, "pending-email", true),
  /** An administration account's identifier (E2). */
  ACCOUNT_IDENTIFIER(Owner.PERSON, "account-identifier", true),
  /** An administration account's address: as recorded, then her sub-address once moved (E2). */
  ACCOUNT_ADDRESS(Owner.PERSON, "account-address", true),
  /** The intruders' addresses a takeover claim names (E3). */
  TAKEOVER_INTRUDERS(Owner.PERSON, "takeover-intruders", true),
  /** A note's text, when sensitive or of a protected person. */
  NOTE_TEXT(Owner.PERSON_NOTE, "text", false),
  /** A document version's title. */
  DOCUMENT_TITLE(Owner.PERSON_DOCUMENT, "title", false),
  /** A document version's bytes. */
  DOCUMENT_CONTENT(Owner.PERSON_DOCUMENT, "content", false),
  /** A mail attachment's bytes, filed for a protected person. */
  ATTACHMENT_CONTENT(Owner.MAIL_ATTACHMENT, "content", false),
  /** A mail attachment's file name, sealed with its bytes. */
  ATTACHMENT_NAME(Owner.MAIL_ATTACHMENT, "file-name", false);

  /** Who holds a data key: the owner kinds of the vault, each erased with its data (S61). */
  public enum Owner {
    /** A person: her contact and what she has several of, under one data key. */
    PERSON("person"),
    /** A version of a document of her file: a data key each. */
    PERSON_DOCUMENT("person-document"),
    /** A note of her file: a data key each. */
    PERSON_NOTE("person-note"),
    /** An attachment of mail filed for her: a data key each. */
    MAIL_ATTACHMENT("mail-attachment");

    private final String kind;

    Owner(String kind) {
      this.kind = kind;
    }

    /** The owner's kind as the vault stores it beside each data key. */
    public String kind() {
      return kind;
    }
  }

  private final Owner owner;
  private final String label;
  private final boolean perRow;

  SealedField(Owner owner, String label, boolean perRow) {
    this.owner = owner;
    this.label = label;
    this.perRow = perRow;
  }

  public Owner owner() {
    return owner;
  }

  /** Whether each value is bound to its own row besides its owner. */
  public boolean perRow() {
    return perRow;
  }

  /** The label of a value bound to its owner alone. */
  public Vault.Binding of(UUID owner) {
    if (perRow) {
      throw new IllegalStateException(name() + " is bound to its row too");
    }
    return new Vault.Binding(this.owner.kind(), owner, label);
  }

  /**
   * The label of a value bound to its owner and its row; {@code row} null for a row written before
   * rows were bound (V32), bound to its owner alone.
   */
  public Vault.Binding of(UUID owner, UUID row) {
    if (!perRow) {
      throw new IllegalStateException(name() + " is bound to its owner alone");
    }
    return new Vault.Binding(this.owner.kind(), Objects.requireNonNull(owner, "owner"), label, row);
  }
}
