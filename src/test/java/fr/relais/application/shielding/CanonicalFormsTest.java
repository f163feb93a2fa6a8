package fr.relais.application.shielding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S46: every variant a provider treats as the same mailbox, number, person or login is one. */
class CanonicalFormsTest {

  private static final Set<String> OWN = Set.of("relais.test");
  private static final String SAMIRA = "samira.bouzld@exemple-mail.fr";

  private static String email(String raw) {
    return CanonicalForms.email(raw, OWN).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "samira.bouzld@exemple-mail.fr",
        "Samira.Bouzld@Exemple-Mail.FR",
        "  samira.bouzld@exemple-mail.fr  ",
        "samira.bouzld+x@exemple-mail.fr",
        "samira.bouzld+relais+2@exemple-mail.fr",
        "samira.bouzld@exemple-mail.fr.",
        ".samira.bouzld.@.exemple-mail.fr.",
        "samira..bouzld@exemple-mail.fr",
        "samira.bouzld\u200b@exemple-mail.fr",
        "sam\u200dira.bou\u00adzld@exem\u2060ple-mail.fr",
        "\ufeffsamira.bouzld@exemple-mail.fr",
        "samira.bouzld\u200e@exemple-mail.fr",
        "ｓａｍｉｒａ.bouzld＠exemple-mail.fr",
        "\"samira.bouzld\"@exemple-mail.fr",
        "Samira B <samira.bouzld+intrus@exemple-mail.fr>",
        "samira.bouzld @ exemple-mail.fr",
        "samira.bouzld@exemple-mail.fr\u0000",
      })
  void everyVariantOfAnAddressIsTheSameMailbox(String variant) {
    assertEquals(SAMIRA, email(variant), variant);
  }

  @Test
  void anUnrelatedAddressStaysApart() {
    assertNotEquals(SAMIRA, email("samira.bouzid@exemple-mail.fr"));
    assertNotEquals(SAMIRA, email("samira.bouzld@exemple-mail.com"));
    assertNotEquals(SAMIRA, email("samirabouzld@exemple-mail.fr"), "dots matter outside Gmail");
  }

  @Test
  void gmailIgnoresDotsAndAnswersForGooglemail() {
    String one = email("samira.bouzid@gmail.com");
    assertEquals("samirabouzid@gmail.com", one);
    assertEquals(one, email("S.a.m.i.r.a.Bouzid+anef@googlemail.com"));
  }

  @Test
  void protonIgnoresDotsHyphensUnderscoresAndItsAliases() {
    String one = email("samira.bouzid@proton.me");
    assertEquals(one, email("samira_bou-zid@protonmail.com"));
    assertEquals(one, email("samirabouzid+x@pm.me"));
  }

  @Test
  void internationalDomainsMeetTheirAsciiForm() {
    assertEquals(email("samira@" + java.net.IDN.toASCII("exemplé.fr")), email("samira@Exemplé.fr"));
    assertTrue(email("samira@exemplé.fr").contains("xn--"));
  }

  @Test
  void theDeploymentsOwnTagNamesAPerson() {
    assertEquals("s-abc+token1@relais.test", email("s-abc+token1@relais.test"));
    assertNotEquals(email("s-abc+token1@relais.test"), email("s-abc+token2@relais.test"));
  }

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(strings = {"", "  ", "pas-une-adresse", "@exemple.fr", "samira@", "a@b", "a@@b.fr"})
  void whatCannotBeAnAddressHasNoForm(String raw) {
    assertEquals(Optional.empty(), CanonicalForms.email(raw, OWN));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "0033612345678",
        "+33612345678",
        "０６１２３４５６７８",
        "06\u200b12 34 56 78",
      })
  void everyWayOfWritingANumberIsItsE164(String variant) {
    assertEquals(Optional.of("+33612345678"), CanonicalForms.phone(variant), variant);
  }

  @Test
  void foreignNumbersKeepTheirCountry() {
    assertEquals(Optional.of("+447700900123"), CanonicalForms.phone("+44 7700 900123"));
    assertEquals(Optional.of("+447700900123"), CanonicalForms.phone("0044 7700 900123"));
    assertEquals(Optional.of("+213551234567"), CanonicalForms.phone("+213 551 23 45 67"));
    assertNotEquals(CanonicalForms.phone("0612345678"), CanonicalForms.phone("0612345679"));
    assertEquals(Optional.empty(), CanonicalForms.phone("12"));
    assertEquals(Optional.empty(), CanonicalForms.phone("appelez-moi"));
  }

  @Test
  void aNameIsTheSameWhateverItsOrderCaseAccentsOrSigns() {
    LocalDate born = LocalDate.of(1990, 3, 14);
    String one = CanonicalForms.nameWithBirthDate("Samira BOUZID", born).orElseThrow();
    assertEquals("bouzid samira|1990-03-14", one);
    assertEquals(one, CanonicalForms.nameWithBirthDate("BOUZID Samira", born).orElseThrow());
    assertEquals(one, CanonicalForms.nameWithBirthDate("  bouzid,  samira ", born).orElseThrow());
    assertEquals(one, CanonicalForms.nameWithBirthDate("Samïra Bou\u200bzid", born).orElseThrow());
    assertEquals(
        CanonicalForms.nameWithBirthDate("Jean-Luc L'Œillet", born),
        CanonicalForms.nameWithBirthDate("loeillet jean luc", born));
    assertNotEquals(one, CanonicalForms.nameWithBirthDate("Samira Bouzid", born.plusDays(1)));
    assertEquals(Optional.empty(), CanonicalForms.nameWithBirthDate("Samira", null));
    assertEquals(Optional.empty(), CanonicalForms.nameWithBirthDate(" - ", born));
  }

  @Test
  void aForeignNationalNumberIsItsTenDigits() {
    assertEquals(Optional.of("7500012345"), CanonicalForms.foreignNumber("75 000 123 45"));
    assertEquals(Optional.of("7500012345"), CanonicalForms.foreignNumber("750-001-2345"));
    assertEquals(Optional.of("7500012345"), CanonicalForms.foreignNumber("７５０００１２３４５"));
    assertEquals(Optional.of("7500012345"), CanonicalForms.foreignNumber("7500\u200b012345"));
    assertEquals(Optional.empty(), CanonicalForms.foreignNumber("750001234"));
  }

  @Test
  void aLoginIsItsIssuerAndItsExactSubject() {
    String one = CanonicalForms.login("http://localhost:8089/relais-staff", "intrus").orElseThrow();
    assertEquals(one, CanonicalForms.login("HTTP://LocalHost:8089/relais-staff/", "intrus").get());
    assertNotEquals(
        one, CanonicalForms.login("http://localhost:8089/relais-staff", "Intrus").get());
    assertNotEquals(one, CanonicalForms.login("http://localhost:8089/other", "intrus").get());
    assertTrue(CanonicalForms.login("", "x").isEmpty());
  }
}
