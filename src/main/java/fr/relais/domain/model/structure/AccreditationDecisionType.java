package fr.relais.domain.model.structure;

/** What a prefecture agent may decide about a structure. */
public enum AccreditationDecisionType {
  ACCREDIT,
  REFUSE,
  SUSPEND,
  REINSTATE,
  REVOKE,
  RENEW
}
