package fr.relais.domain.model.identity;

import java.util.List;
import java.util.UUID;

/** Phone codes and the members' delays between answers. */
public interface PhoneCodeRepository {

  void add(PhoneCode code);

  /** Her codes not used nor void, newest first, locked for the caller's transaction. */
  List<PhoneCode> openCodesForUpdate(UUID account);

  /** The member's delay for this person, locked for the caller's transaction (made if absent). */
  PhoneCheckThrottle throttleForUpdate(UUID member, UUID person);
}
