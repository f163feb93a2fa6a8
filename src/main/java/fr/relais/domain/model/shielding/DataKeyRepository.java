package fr.relais.domain.model.shielding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The wrapped data keys. */
public interface DataKeyRepository {

  Optional<DataKey> find(String ownerKind, UUID ownerId);

  void add(DataKey key);

  /**
   * Up to {@code limit} keys wrapped by another master key than {@code current}, locked for the
   * caller's transaction ({@code FOR UPDATE SKIP LOCKED}): two nodes re-wrapping at once take
   * different keys.
   */
  List<DataKey> claimNotWrappedBy(String current, int limit);

  /** One data key that {@code masterKey} wraps, if any. */
  Optional<DataKey> anyWrappedBy(String masterKey);

  /** How many data keys each master key wraps. */
  Map<String, Long> countByMasterKey();
}
