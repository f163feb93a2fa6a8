package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints kept over exact values before canonical matching (S46) are hashed again over
 * canonical forms by the server's re-keying, which this class runs over every fingerprint:
 * afterwards a variant of a flagged address is recognised like the address itself.
 */
@org.junit.jupiter.api.parallel.Isolated("re-keys every fingerprint")
class FingerprintRekeyIT extends RelaisIT {

  private static final String API = Ports.base() + "/api/v1";

  private static final String CCAS = Structures.CCAS;

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String contact(String person) {
    return API + "/persons/" + person + "/contact";
  }

  private static UUID uuid(String id) {
    return UUID.fromString(id);
  }

  @Test
  void fingerprintsKeptOverExactValuesAreHashedAgainOverCanonicalForms() throws Exception {
    WebClient worker = Logins.signedIn("ts1.ccas");
    String tag = tag();
    String person = People.onCaseload(worker);
    String email = "Ancienne.Empreinte" + tag + "+Dossier@Exemple.fr";
    assertEquals(200, worker.json("PUT", contact(person), Map.of("email", email)).statusCode());
    String search =
        API
            + "/structures/"
            + CCAS
            + "/persons?q="
            + java.net.URLEncoder.encode(
                "ancienne.empreinte" + tag + "@exemple.fr", StandardCharsets.UTF_8);
    assertTrue(worker.get(search).body().contains(person), "found by a variant");
    // As a row written before canonical forms: the hash of the exact value, marked as such.
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update person_contact set email_fingerprint = ?, canonical_fingerprints = false"
                    + " where person_id = ?")) {
      ps.setString(1, hmac("contact:EMAIL", email.toLowerCase(Locale.ROOT)));
      ps.setObject(2, uuid(person));
      assertEquals(1, ps.executeUpdate());
    }
    assertFalse(worker.get(search).body().contains(person), "the old hash knows no variant");
    HttpResponse<String> run =
        Logins.signedIn("operateur").json("POST", API + "/test-support/fingerprints/rekeying", "");
    assertEquals(200, run.statusCode(), run.body());
    assertTrue(((Number) json(run).get("rows")).intValue() >= 1, run.body());
    assertTrue(worker.get(search).body().contains(person), "found by a variant again");
    assertEquals(
        true,
        fr.relais.it.support.Rows.one("person_contact", "person_id", uuid(person))
            .get("canonical_fingerprints"));
    assertNotEquals(
        hmac("contact:EMAIL", email.toLowerCase(Locale.ROOT)),
        fr.relais.it.support.Rows.one("person_contact", "person_id", uuid(person))
            .get("email_fingerprint"));
  }

  /** The server's keyed hash, computed here with the key file it made (development keys). */
  private static String hmac(String purpose, String value) throws Exception {
    Path key =
        Path.of(System.getProperty("relais.server.dir"), "standalone/data/relais/fingerprint.key");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(Base64.getDecoder().decode(Files.readString(key).trim()), "HmacSHA256"));
    mac.update(purpose.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }
}
