package fr.relais.domain.model.mailbox;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deployment's inbound addresses (A2): one mail domain, a structure's institutional address
 * ({@code s-…@domain}), a person's sub-address in the deployment's {@link AddressForm}. Reading an
 * address back is tolerant of what mail systems do to it: a display name, angle brackets, quotes,
 * upper case, either form whatever the deployment writes.
 */
public final class MailAddressing {

  private static final Pattern ANGLE = Pattern.compile("<([^<>]*)>");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String domain;
  private final AddressForm form;
  private final String mailbox;

  public MailAddressing(String domain, AddressForm form) {
    this(domain, form, null);
  }

  /**
   * @param mailbox the catch-all mailbox's own address, or null: the address the mail system
   *     delivers everything to ({@code Delivered-To} of a Postfix catch-all), which designates no
   *     one
   */
  public MailAddressing(String domain, AddressForm form, String mailbox) {
    Objects.requireNonNull(domain, "domain");
    this.domain = domain.trim().toLowerCase(Locale.ROOT);
    if (!this.domain.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      throw new IllegalArgumentException("not a mail domain: " + domain);
    }
    this.form = Objects.requireNonNull(form, "form");
    String m = mailbox == null ? null : bare(mailbox);
    if (m != null && m.lastIndexOf('@') <= 0) {
      throw new IllegalArgumentException("not a mail address: " + mailbox);
    }
    this.mailbox = m;
  }

  /** The catch-all mailbox's own address, if configured. */
  public Optional<String> mailbox() {
    return Optional.ofNullable(mailbox);
  }

  /**
   * Whether an address is the catch-all mailbox's own: how a message reached Relais, never where it
   * goes (a {@code Delivered-To} header names it on every message a catch-all delivers).
   */
  public boolean isMailbox(String raw) {
    return mailbox != null && raw != null && mailbox.equals(bare(raw));
  }

  /** An address without display name, brackets or quotes, in lower case. */
  private static String bare(String raw) {
    String a = raw.trim();
    Matcher m = ANGLE.matcher(a);
    if (m.find()) {
      a = m.group(1);
    }
    return a.replace("\"", "").trim().toLowerCase(Locale.ROOT);
  }

  public String domain() {
    return domain;
  }

  public AddressForm form() {
    return form;
  }

  /** A new, neutral local part for a structure: {@code s-} and eight random characters. */
  public static String newStructureLocalPart() {
    StringBuilder b = new StringBuilder("s-");
    for (int i = 0; i < 8; i++) {
      b.append(SubAddressToken.ALPHABET.charAt(RANDOM.nextInt(SubAddressToken.ALPHABET.length())));
    }
    return b.toString();
  }

  public String structureAddress(String localPart) {
    return localPart + "@" + domain;
  }

  public String personAddress(String structureLocalPart, SubAddressToken token) {
    return (form == AddressForm.PLUS ? structureLocalPart + "+" + token : token.value())
        + "@"
        + domain;
  }

  /** What an address of ours designates. */
  public sealed interface Recipient {
    String address();

    /** A person's token, with the structure part when the plus form gave one. */
    record Person(String address, SubAddressToken token, String structureLocalPart)
        implements Recipient {}

    /** A structure's institutional address. */
    record Structure(String address, String structureLocalPart) implements Recipient {}

    /** A structure's local part, a plus, and something that is not a token. */
    record UnknownToken(String address, String structureLocalPart) implements Recipient {}

    /** Of our domain, but neither: an unknown or malformed local part. */
    record Unknown(String address) implements Recipient {}
  }

  /**
   * The recipient an address designates, empty when it is not of this deployment's domain.
   *
   * @param raw a header value such as {@code "Mme B" <S-K7M2Q9XA+H3KD8MQ2XZ7P@Relais.example>}
   */
  public Optional<Recipient> recognise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String a = bare(raw);
    int at = a.lastIndexOf('@');
    if (at <= 0 || !a.substring(at + 1).equals(domain)) {
      return Optional.empty();
    }
    String local = a.substring(0, at);
    String address = local + "@" + domain;
    int plus = local.indexOf('+');
    if (plus > 0) {
      String structure = local.substring(0, plus);
      String token = local.substring(plus + 1);
      return Optional.of(
          SubAddressToken.isWellFormed(token)
              ? new Recipient.Person(address, new SubAddressToken(token), structure)
              : new Recipient.UnknownToken(address, structure));
    }
    if (local.startsWith("s-")) {
      return Optional.of(new Recipient.Structure(address, local));
    }
    if (SubAddressToken.isWellFormed(local)) {
      return Optional.of(new Recipient.Person(address, new SubAddressToken(local), null));
    }
    return Optional.of(new Recipient.Unknown(address));
  }
}
