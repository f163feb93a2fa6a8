package fr.relais.domain.model.mailbox;

/**
 * How a person's sub-address is written, chosen per deployment: some web forms refuse a {@code +}.
 */
public enum AddressForm {
  /** {@code s-k7m2q9xa+h3kd8mq2xz7p@domain}: the structure's local part, a plus, the token. */
  PLUS,
  /** {@code h3kd8mq2xz7p@domain}: the token alone. */
  PLAIN
}
