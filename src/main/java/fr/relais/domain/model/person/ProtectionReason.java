package fr.relais.domain.model.person;

/** Why a person is protected (F1). */
public enum ProtectionReason {
  PROTECTION_ORDER,
  DECLARED_VIOLENCE,
  TRAFFICKING
}
