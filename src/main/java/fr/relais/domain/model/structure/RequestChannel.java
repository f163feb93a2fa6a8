package fr.relais.domain.model.structure;

/** How a structure's request for accreditation reached Relais (shown to the prefecture agent). */
public enum RequestChannel {
  /** Registered by the platform operator on the structure's behalf. */
  OPERATOR,
  /** Filed by the structure itself: the applicant signed in and became its administrator. */
  SELF_SERVICE
}
