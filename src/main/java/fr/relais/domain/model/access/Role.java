package fr.relais.domain.model.access;

/** What an account may be in Relais. Structure roles always come with a structure. */
public enum Role {
  /** Runs the service; sees no accompanied person's data (S13). */
  PLATFORM_OPERATOR(false),
  /** Accredits structures and approves takeover claims. */
  PREFECTURE_AGENT(false),
  /** Référent of a structure: manages members, caseloads and habilitations. */
  STRUCTURE_ADMINISTRATOR(true),
  /** Social worker or ASE officer acting for a caseload under mandates. */
  SOCIAL_WORKER(true),
  /** Limited, read-mostly role on assigned cases. */
  VOLUNTEER(true),
  /**
   * An accompanied person with their own access: sees their own file, the mandates they gave and
   * who accessed their data, and may revoke the mandates. Belongs to no structure.
   */
  BENEFICIARY(false);

  private final boolean structureRole;

  Role(boolean structureRole) {
    this.structureRole = structureRole;
  }

  /** Whether this role belongs to a member of a structure. */
  public boolean isStructureRole() {
    return structureRole;
  }
}
