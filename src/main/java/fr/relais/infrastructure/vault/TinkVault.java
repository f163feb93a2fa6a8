package fr.relais.infrastructure.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.shielding.DataKey;
import fr.relais.domain.model.shielding.DataKeyRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The vault with Google Tink (F2, S12, S41). Each owner's data key is a Tink AEAD keyset
 * (AES-256-GCM, random 96-bit nonces), stored only as Tink's encrypted keyset format under the
 * current master key, with the owner ({@code kind:id}) as associated data — a wrapped key copied to
 * another owner does not unwrap. Each ciphertext has {@code kind:id:field} as associated data,
 * {@code kind:id:field:row} for a value bound to its row too. Tink chooses the nonces and formats;
 * nothing here is a mode of its own.
 */
@ApplicationScoped
public class TinkVault implements Vault {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Inject MasterKeyStore masters;
  @Inject DataKeyRepository keys;

  /**
   * The master keys as AEAD primitives, made once per key: the keystore is read at start-up and
   * does not change while the node runs. This node's own, not cluster state.
   */
  private final java.util.concurrent.ConcurrentMap<String, Aead> masterAeads =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  @Transactional(TxType.MANDATORY)
  public byte[] seal(Binding binding, byte[] plaintext) {
    try {
      KeysetHandle dataKey =
          keys.find(binding.kind(), binding.owner())
              .map(k -> unwrap(k, binding))
              .orElseGet(() -> newDataKey(binding));
      return aead(dataKey).encrypt(plaintext, associated(binding));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  @Override
  public byte[] open(Binding binding, byte[] ciphertext) {
    DataKey key =
        keys.find(binding.kind(), binding.owner())
            .orElseThrow(
                () ->
                    new SealedDataUnavailableException(
                        "no data key for this " + binding.kind(), null));
    try {
      return aead(unwrap(key, binding)).decrypt(ciphertext, associated(binding));
    } catch (GeneralSecurityException e) {
      throw new SealedDataUnavailableException(
          "this ciphertext is not " + binding.kind() + "'s " + binding.field(), e);
    }
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int rewrapBatch(int limit) {
    String current = masters.current();
    List<DataKey> claimed = keys.claimNotWrappedBy(current, limit);
    Aead master = master(current);
    Instant now = TimeSource.machineTime();
    for (DataKey k : claimed) {
      Binding owner = new Binding(k.ownerKind(), k.ownerId(), "key");
      try {
        KeysetHandle handle = unwrap(k, owner);
        k.rewrap(
            current,
            TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, owner(owner)),
            now);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("re-wrapping failed", e);
      }
    }
    return claimed.size();
  }

  @Override
  @Transactional
  public Status status() {
    return new Status(masters.current(), keys.countByMasterKey());
  }

  @Override
  @Transactional
  public List<String> selfCheck() {
    List<String> problems = new java.util.ArrayList<>();
    for (String master : keys.countByMasterKey().keySet()) {
      DataKey sample = keys.anyWrappedBy(master).orElse(null);
      if (sample == null) {
        continue;
      }
      try {
        unwrap(sample, new Binding(sample.ownerKind(), sample.ownerId(), "key"));
      } catch (SealedDataUnavailableException e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  private KeysetHandle newDataKey(Binding binding) {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      String current = masters.current();
      keys.add(
          new DataKey(
              binding.kind(),
              binding.owner(),
              current,
              TinkProtoKeysetFormat.serializeEncryptedKeyset(
                  handle, master(current), owner(binding)),
              TimeSource.machineTime()));
      return handle;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("data key creation failed", e);
    }
  }

  private KeysetHandle unwrap(DataKey key, Binding binding) {
    Optional<Aead> master = masterIfHeld(key.masterKey());
    if (master.isEmpty()) {
      throw new SealedDataUnavailableException(
          "the master key " + key.masterKey() + " is not in this node's vault keystore", null);
    }
    try {
      return TinkProtoKeysetFormat.parseEncryptedKeyset(
          key.wrapped(), master.get(), owner(binding));
    } catch (GeneralSecurityException e) {
      throw new SealedDataUnavailableException(
          "the master key "
              + key.masterKey()
              + " of this keystore does not unwrap the data key (another key under that name?)",
          e);
    }
  }

  private Aead master(String alias) {
    return masterIfHeld(alias)
        .orElseThrow(() -> new IllegalStateException("master key " + alias + " not held"));
  }

  /** A master key as an AES-256-GCM AEAD, or empty when this node's keystore lacks it. */
  private Optional<Aead> masterIfHeld(String alias) {
    Aead cached = masterAeads.get(alias);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<byte[]> raw = masters.key(alias);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Aead made = aeadOf(alias, raw.get());
    masterAeads.putIfAbsent(alias, made);
    return Optional.of(made);
  }

  /** A Tink AES-256-GCM key made of the keystore's raw bytes. */
  private static Aead aeadOf(String alias, byte[] raw) {
    try {
      AesGcmKey key =
          AesGcmKey.builder()
              .setParameters(
                  AesGcmParameters.builder()
                      .setKeySizeBytes(32)
                      .setIvSizeBytes(12)
                      .setTagSizeBytes(16)
                      .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                      .build())
              .setKeyBytes(SecretBytes.copyFrom(raw, InsecureSecretKeyAccess.get()))
              .build();
      KeysetHandle handle =
          KeysetHandle.newBuilder()
              .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
              .build();
      return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("master key " + alias + " unusable", e);
    }
  }

  private static Aead aead(KeysetHandle handle) throws GeneralSecurityException {
    return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  private static byte[] owner(Binding b) {
    return ("relais-vault:" + b.kind() + ":" + b.owner()).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] associated(Binding b) {
    return ("relais-vault:"
            + b.kind()
            + ":"
            + b.owner()
            + ":"
            + b.field()
            + (b.row() == null ? "" : ":" + b.row()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
