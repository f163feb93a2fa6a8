package fr.relais.domain.model.person;

/** Why a person is protected (F1). */
public enum ProtectionReason {
  /** A protection order (ordonnance de protection) of a family court, with its dates. */
  PROTECTION_ORDER,
  /** Violence she declared, with or without a complaint. */
  DECLARED_VIOLENCE,
  /** Trafficking in human beings. */
  TRAFFICKING,
  /** A programme to leave prostitution (parcours de sortie de la prostitution). */
  PROSTITUTION_EXIT,
  /** Another danger the structure judged serious. */
  OTHER
}
