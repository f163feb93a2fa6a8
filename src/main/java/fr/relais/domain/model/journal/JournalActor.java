package fr.relais.domain.model.journal;

/**
 * Who acted, as the journal records it: the external identity and the name shown at that time. All
 * fields are null for an anonymous actor (for example a failed login before any identity is known).
 */
public record JournalActor(String issuer, String subject, String displayName) {
  public static final JournalActor ANONYMOUS = new JournalActor(null, null, null);

  /** Relais itself, for work no person does (filing the administration's mail). */
  public static JournalActor system(String component) {
    return new JournalActor("urn:relais", component, "Relais (" + component + ")");
  }
}
