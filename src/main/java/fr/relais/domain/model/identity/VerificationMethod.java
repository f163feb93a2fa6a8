package fr.relais.domain.model.identity;

/** How a level was reached. */
public enum VerificationMethod {
  /** An original document, in the member's hands, following the written protocol (S21). */
  IN_PERSON,
  /** Her own login, through a provider whose returned {@code acr} says eIDAS substantial (S3). */
  REMOTE_PROVIDER
}
