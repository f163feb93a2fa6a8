package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.TooManyAttemptsException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.PhoneCheckService;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.domain.model.identity.PhoneCheckThrottle;
import fr.relais.domain.model.identity.PhoneCode;
import fr.relais.domain.model.identity.PhoneCodeRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The phone protocol. Codes are compared as keyed hashes, in constant time; a refused answer
 * commits what it counted (the code's failures, the member's delay) while the exception tells the
 * caller, so the count cannot be escaped by failing.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = PhoneCheckService.CodeRefusedException.class)
public class DefaultPhoneCheckService implements PhoneCheckService {

  static final String PURPOSE = "phone-code";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AccessPolicy policy;
  @Inject PhoneCodeRepository codes;
  @Inject PersonAccessRepository access;
  @Inject Fingerprints fingerprints;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.identity.phone-code-minutes", defaultValue = "10")
  int validityMinutes;

  @Override
  public IssuedCode issueMyCode() {
    AuthenticatedUser user = policy.own().requireEnter("identity.phone.code");
    Instant now = clock.now();
    for (PhoneCode old : codes.openCodesForUpdate(user.accountId().value())) {
      old.voidNow(now);
    }
    String code = String.format("%08d", RANDOM.nextInt(100_000_000));
    Instant expires = now.plus(Duration.ofMinutes(validityMinutes));
    codes.add(new PhoneCode(user.accountId().value(), hash(code), now, expires));
    // Never the code itself (S42).
    journal.record(
        user.journal()
            .about("account", user.accountId().toString())
            .success("identity.phone.code"));
    return new IssuedCode(code, expires);
  }

  @Override
  public Confirmation check(PersonId personId, String code) {
    Person person = policy.persons().requireSeeFile(personId, "identity.phone.check");
    AuthenticatedUser user = policy.requireAuthenticated();
    Instant now = clock.now();
    PhoneCheckThrottle throttle =
        codes.throttleForUpdate(user.accountId().value(), person.id().value());
    Duration wait = throttle.wait(now);
    if (!wait.isZero()) {
      journal.recordSeparately(
          user.journal().about(person).refused("identity.phone.check", "WAIT"));
      throw new TooManyAttemptsException(wait);
    }
    String given = code == null ? "" : code.replaceAll("[\\s.-]", "");
    // Her codes, through her own access to this record: none, and the answer is the same.
    List<PhoneCode> open =
        access
            .currentFor(person.id())
            .map(a -> codes.openCodesForUpdate(a.account().value()))
            .orElse(List.of());
    String wanted = given.matches("[0-9]{8}") ? hash(given) : null;
    PhoneCode match = null;
    for (PhoneCode c : open) {
      if (c.usable(now)
          && wanted != null
          && MessageDigest.isEqual(
              c.codeHash().getBytes(StandardCharsets.US_ASCII),
              wanted.getBytes(StandardCharsets.US_ASCII))) {
        match = c;
      }
    }
    if (match == null) {
      open.forEach(c -> c.failed(now));
      throttle.failed(now);
      journal.record(user.journal().about(person).failed("identity.phone.check", "WRONG_CODE"));
      throw new CodeRefusedException();
    }
    match.use(now);
    throttle.succeeded();
    journal.record(user.journal().about(person).success("identity.phone.check"));
    return new Confirmation(true, now);
  }

  private String hash(String code) {
    return fingerprints.of(PURPOSE, code);
  }
}
