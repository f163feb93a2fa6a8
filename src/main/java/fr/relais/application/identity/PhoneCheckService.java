package fr.relais.application.identity;

import fr.relais.application.InvalidInputException;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;

/**
 * The phone protocol (D2, S20, S23, S70). When a caller says she is the person, the member asks for
 * the code she makes in her own logged-in space, and types what the caller reads out: the only
 * proof is a channel she alone holds, never a fact about her. See docs/identity.md.
 */
public interface PhoneCheckService {

  /** Her code, shown to her once; she reads it out to the member on the phone. */
  record IssuedCode(String code, Instant expiresAt) {}

  /** A confirmed call: the caller holds her own access. */
  record Confirmation(boolean confirmed, Instant at) {}

  /**
   * A new code for the person herself (her own login), voiding her previous ones: 8 digits, single
   * use, valid {@code relais.identity.phone-code-minutes} (10).
   */
  IssuedCode issueMyCode();

  /**
   * The member's check of the code the caller read out. A wrong, expired, used or non-existent code
   * gets one and the same answer (400 on {@code code}); each answer is journaled; answers come with
   * a growing delay per member and person (429 with the time to wait), never a lock-out.
   */
  Confirmation check(PersonId personId, String code);

  /** The refusal of a code: the same for every reason; what it counted is kept. */
  class CodeRefusedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public CodeRefusedException() {
      super("code", "incorrect or expired");
    }
  }
}
