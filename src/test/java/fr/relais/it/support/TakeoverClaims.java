package fr.relais.it.support;

/**
 * Takeover claims (E3): her structure files one with evidence of her identity when someone else
 * holds her account; a prefecture agent decides.
 */
public final class TakeoverClaims {
  private TakeoverClaims() {}

  /** The person's takeover claims. */
  public static String of(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/takeover-claims";
  }
}
