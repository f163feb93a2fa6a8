package fr.relais.domain.model.procedure;

/** Through which channel a procedure, or one of its actions, went to the administration. */
public enum FilingChannel {
  /** The online service Administration numérique pour les étrangers en France. */
  ANEF,
  /** The prefecture's desk. */
  PREFECTURE,
  /** By post. */
  POST,
  /** Another platform or means. */
  OTHER
}
