package fr.relais.it.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * A claim as her structure files it: the identifier of the usurped account, the intruder's
   * addresses, whether she still holds an access of her own; held for two years.
   */
  public static Map<String, Object> body(
      String identifier, List<String> intruders, boolean ownAccess) {
    Map<String, Object> c = new HashMap<>();
    c.put("identifier", identifier);
    c.put("intruderAddresses", intruders);
    c.put(
        "description",
        "Compte ANEF ouvert à son nom par sa belle-famille, adresse ressemblante; ses demandes"
            + " refusées depuis deux ans");
    c.put("ownAccessHeld", ownAccess);
    c.put("heldSince", LocalDate.now(ZoneId.of("Europe/Paris")).minusYears(2).toString());
    return c;
  }
}
