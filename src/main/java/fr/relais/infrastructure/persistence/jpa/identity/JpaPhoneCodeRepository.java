package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.identity.PhoneCheckThrottle;
import fr.relais.domain.model.identity.PhoneCode;
import fr.relais.domain.model.identity.PhoneCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Phone codes by account (indexed), and the members' delays, each row locked while it is used. */
@ApplicationScoped
public class JpaPhoneCodeRepository implements PhoneCodeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(PhoneCode code) {
    em.persist(code);
  }

  @Override
  public List<PhoneCode> openCodesForUpdate(UUID account) {
    return em.createQuery(
            "select c from PhoneCode c where c.accountId = :account and c.usedAt is null"
                + " and c.voidedAt is null order by c.createdAt desc",
            PhoneCode.class)
        .setParameter("account", account)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(10)
        .getResultList();
  }

  @Override
  public PhoneCheckThrottle throttleForUpdate(UUID member, UUID person) {
    List<PhoneCheckThrottle> found =
        em.createQuery(
                "select t from PhoneCheckThrottle t where t.memberId = :member"
                    + " and t.personId = :person",
                PhoneCheckThrottle.class)
            .setParameter("member", member)
            .setParameter("person", person)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    PhoneCheckThrottle made = new PhoneCheckThrottle(member, person);
    em.persist(made);
    em.flush();
    return made;
  }
}
