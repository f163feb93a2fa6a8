package fr.relais.domain.model.catalogue;

/** Where a procedure is filed. */
public enum Channel {
  /** The online service Administration numérique pour les étrangers en France. */
  ANEF,
  /** The prefecture itself: at the desk, by post or through its own online form. */
  PREFECTURE,
  /** Any other means. */
  OTHER
}
