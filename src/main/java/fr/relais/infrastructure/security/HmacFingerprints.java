package fr.relais.infrastructure.security;

import fr.relais.application.shielding.Fingerprints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Fingerprints} with the JDK's HMAC-SHA256 under {@code relais.fingerprint.key} (base64, at
 * least 32 bytes, the same on every node) in production; otherwise a key file created on first
 * start, owner-only, for development. The purpose is part of the message, so the same value of two
 * kinds hashes differently.
 */
@ApplicationScoped
public class HmacFingerprints implements Fingerprints {

  @Inject
  @ConfigProperty(name = "relais.fingerprint.key")
  Optional<String> keyBase64;

  @Inject
  @ConfigProperty(name = "relais.fingerprint.key-file")
  Optional<String> keyFile;

  private SecretKeySpec key;

  @PostConstruct
  void load() {
    byte[] raw;
    if (keyBase64.isPresent() && !keyBase64.get().isBlank()) {
      raw = Base64.getDecoder().decode(keyBase64.get().trim());
    } else {
      Path file =
          Path.of(
              keyFile.orElseGet(
                  () ->
                      System.getProperty("jboss.server.data.dir", ".")
                          + "/relais/fingerprint.key"));
      try {
        raw =
            JournalKeyProvider.readOrCreate(
                file, "relais.fingerprint.key", "RELAIS_FINGERPRINT_KEY");
      } catch (IOException e) {
        throw new IllegalStateException("fingerprint key unavailable at " + file, e);
      }
    }
    if (raw.length < 32) {
      throw new IllegalStateException("relais.fingerprint.key: at least 32 bytes");
    }
    this.key = new SecretKeySpec(raw, "HmacSHA256");
  }

  @Override
  public String of(String purpose, String normalised) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
