package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.domain.model.shielding.DataKey;
import fr.relais.domain.model.shielding.DataKeyRepository;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The vault's wrapped data keys, one row per owner, indexed by owner and by master key. */
@ApplicationScoped
public class JpaDataKeyRepository implements DataKeyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<DataKey> find(String ownerKind, UUID ownerId) {
    return em.createQuery(
            "select k from DataKey k where k.ownerKind = :kind and k.ownerId = :owner",
            DataKey.class)
        .setParameter("kind", ownerKind)
        .setParameter("owner", ownerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DataKey key) {
    em.persist(key);
  }

  @Override
  public List<DataKey> claimNotWrappedBy(String current, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from vault_data_key where master_key <> ? order by id limit "
                    + limit
                    + " for update skip locked")
            .setParameter(1, current)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select k from DataKey k where k.id in :ids", DataKey.class)
        .setParameter("ids", ids.stream().map(NativeValues::uuid).toList())
        .getResultList();
  }

  @Override
  public Optional<DataKey> anyWrappedBy(String masterKey) {
    return em.createQuery("select k from DataKey k where k.masterKey = :master", DataKey.class)
        .setParameter("master", masterKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, Long> countByMasterKey() {
    Map<String, Long> out = new TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "select k.masterKey, count(k) from DataKey k group by k.masterKey", Object[].class)
            .getResultList()) {
      out.put((String) row[0], (Long) row[1]);
    }
    return out;
  }
}
