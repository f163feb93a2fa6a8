package fr.relais.domain.model.structure;

/** The kinds of structure that may be accredited. */
public enum StructureType {
  /** Aide sociale à l'enfance (departmental child welfare). */
  ASE,
  /** Centre communal d'action sociale. */
  CCAS,
  /** Association agréée pour la domiciliation administrative. */
  DOMICILIATION,
  /** Association d'aide aux victimes (violences sexistes et sexuelles, traite, proxénétisme). */
  VICTIM_SUPPORT,
  OTHER
}
