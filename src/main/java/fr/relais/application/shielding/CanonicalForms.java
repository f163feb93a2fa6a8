package fr.relais.application.shielding;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import fr.relais.domain.model.person.PersonIdentity;
import java.net.IDN;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one canonical form of each kind of identity value (S46): two values with the same canonical
 * form are the same address, phone, person or login, whatever way they were typed. Only what a mail
 * provider, a phone network or a provider of logins treats as the same is folded together;
 * docs/identity.md lists each rule and what cannot be caught.
 *
 * <p>Every form starts the same way: Unicode compatibility normalisation (NFKC: full-width letters
 * and digits, ligatures, the full-width at sign) and the removal of every invisible character
 * (zero-width spaces and joiners, direction marks, soft hyphens, word joiners, variation selectors,
 * fillers, controls and any space).
 */
public final class CanonicalForms {

  private CanonicalForms() {}

  /** The longest address a mailbox can have (RFC 5321). */
  static final int MAX_EMAIL = 254;

  /** Providers that deliver addresses of several domains to the same mailbox, by domain. */
  private static final Map<String, String> SAME_MAILBOX_DOMAINS =
      Map.of(
          "googlemail.com", "gmail.com",
          "protonmail.com", "proton.me",
          "protonmail.ch", "proton.me",
          "pm.me", "proton.me");

  /** Providers that ignore some characters of the local part, by their canonical domain. */
  private static final Map<String, String> IGNORED_IN_LOCAL_PART =
      Map.of(
          "gmail.com", ".",
          "proton.me", ".-_");

  /**
   * An email address as one mailbox: lower case; the address inside {@code Name <…>}; quotes around
   * the local part and dots around either part removed, doubled dots made single; the domain in its
   * ASCII (IDNA) form without its final dot; the sub-address tag after the first {@code +} cut,
   * except on {@code tagsOwned} (the deployment's own domain, where the tag is Relais's sub-address
   * and names a person); the dots Gmail ignores and the dots, hyphens and underscores Proton
   * ignores removed, and the aliases of these providers' domains folded into one.
   *
   * @return empty when the value cannot be an address
   */
  public static Optional<String> email(String raw, Set<String> tagsOwned) {
    String v = clean(raw);
    int open = v.lastIndexOf('<');
    int close = v.lastIndexOf('>');
    if (open >= 0 && close > open) {
      v = v.substring(open + 1, close);
    }
    v = v.toLowerCase(Locale.ROOT);
    int at = v.lastIndexOf('@');
    if (at <= 0 || at == v.length() - 1) {
      return Optional.empty();
    }
    String local = v.substring(0, at);
    String domain = trimDots(v.substring(at + 1));
    if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
      local = local.substring(1, local.length() - 1);
    }
    local = trimDots(local).replaceAll("\\.{2,}", ".");
    domain = domain.replaceAll("\\.{2,}", ".");
    try {
      domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!tagsOwned.contains(domain)) {
      int plus = local.indexOf('+');
      if (plus >= 0) {
        local = local.substring(0, plus);
      }
    }
    domain = SAME_MAILBOX_DOMAINS.getOrDefault(domain, domain);
    String ignored = IGNORED_IN_LOCAL_PART.get(domain);
    if (ignored != null) {
      StringBuilder b = new StringBuilder(local.length());
      local.chars().filter(c -> ignored.indexOf(c) < 0).forEach(b::appendCodePoint);
      local = b.toString();
    }
    if (local.isEmpty()
        || local.contains("@")
        || local.contains("\"")
        || !domain.contains(".")
        || domain.startsWith("-")
        || local.length() + 1 + domain.length() > MAX_EMAIL) {
      return Optional.empty();
    }
    return Optional.of(local + "@" + domain);
  }

  /**
   * A phone number in E.164 ({@code +33612345678}): national forms read as French, {@code 00} as
   * the international prefix, the trunk {@code 0} and separators dropped as each country's plan
   * says (libphonenumber).
   *
   * @return empty when the value cannot be a phone number
   */
  public static Optional<String> phone(String raw) {
    String v = clean(raw);
    if (v.startsWith("00")) {
      v = "+" + v.substring(2);
    }
    if (v.isEmpty() || v.length() > 40 || !v.matches("[+0-9().\\-/]+")) {
      return Optional.empty();
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      Phonenumber.PhoneNumber n = util.parse(v, "FR");
      if (!util.isPossibleNumber(n)) {
        return Optional.empty();
      }
      return Optional.of(util.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A name with a birth date: accents and case removed, ligatures spelled out, apostrophes dropped,
   * every other sign between words (hyphen, comma, dot) a space, the words in alphabetical order —
   * so that « BOUZID Samira » and « Samira Bouzid » are one person — then the date in ISO form.
   *
   * @return empty without a name or a date
   */
  public static Optional<String> nameWithBirthDate(String name, LocalDate birthDate) {
    if (birthDate == null) {
      return Optional.empty();
    }
    // An apostrophe joins (« L'Œillet » is « Loeillet »); other signs separate words.
    String v = spellOutLigatures(clean(name, true)).replaceAll("['’ʼ`´]", "");
    String key = PersonIdentity.searchKey(v);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String words = Arrays.stream(key.split(" ")).sorted().collect(Collectors.joining(" "));
    return Optional.of(words + "|" + birthDate);
  }

  /**
   * A foreign-national number: its ten digits, whatever separated them.
   *
   * @return empty unless exactly ten digits remain
   */
  public static Optional<String> foreignNumber(String raw) {
    String d = clean(raw).replaceAll("[.\\-/]", "");
    return d.matches("\\d{10}") ? Optional.of(d) : Optional.empty();
  }

  /**
   * An OpenID identity: the issuer as a URL with lower-case scheme and host and no final slash, a
   * space, the subject exactly as the provider gives it (subjects are case-sensitive, S1).
   *
   * @return empty without an issuer or a subject
   */
  public static Optional<String> login(String issuer, String subject) {
    if (issuer == null || issuer.isBlank() || subject == null || subject.isEmpty()) {
      return Optional.empty();
    }
    String i = issuer.strip();
    while (i.endsWith("/")) {
      i = i.substring(0, i.length() - 1);
    }
    try {
      URI u = URI.create(i);
      if (u.getScheme() != null && u.getHost() != null) {
        i =
            u.getScheme().toLowerCase(Locale.ROOT)
                + "://"
                + u.getHost().toLowerCase(Locale.ROOT)
                + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "" : u.getRawPath());
      }
    } catch (IllegalArgumentException e) {
      // Not a URL: compared as given.
    }
    return Optional.of(i + " " + subject);
  }

  /** NFKC, then every invisible character and every space removed. */
  static String clean(String raw) {
    return clean(raw, false);
  }

  private static String clean(String raw, boolean keepSpaces) {
    if (raw == null) {
      return "";
    }
    String n = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .forEach(
            c -> {
              if (isSpace(c)) {
                if (keepSpaces) {
                  b.append(' ');
                }
              } else if (!isInvisible(c)) {
                b.appendCodePoint(c);
              }
            });
    return b.toString().strip();
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Characters that show nothing: formats (Cf, among them zero-width spaces and joiners, direction
   * marks, the soft hyphen, the word joiner and the byte-order mark), controls, the combining
   * grapheme joiner, variation selectors, and the fillers of Hangul and Braille.
   */
  static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || c == 0x034F
        || c == 0x115F
        || c == 0x1160
        || c == 0x17B4
        || c == 0x17B5
        || c >= 0x180B && c <= 0x180F
        || c == 0x2800
        || c == 0x3164
        || c >= 0xFE00 && c <= 0xFE0F
        || c == 0xFFA0
        || c >= 0xE0100 && c <= 0xE01EF;
  }

  private static String trimDots(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '.') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '.') {
      to--;
    }
    return s.substring(from, to);
  }

  private static String spellOutLigatures(String s) {
    return s.replace("œ", "oe")
        .replace("Œ", "OE")
        .replace("æ", "ae")
        .replace("Æ", "AE")
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ı", "i");
  }
}
