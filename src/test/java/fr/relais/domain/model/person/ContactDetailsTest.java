package fr.relais.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactDetailsTest {

  @Test
  void blankPartsAreAbsentAndTheOthersTrimmed() {
    ContactDetails d =
        new ContactDetails(" a@b.fr ", "  ", null, true, " Foyer  ", "", "\tÉcole\n");
    assertEquals("a@b.fr", d.email());
    assertNull(d.phone());
    assertEquals("Foyer", d.shelter());
    assertNull(d.workplace());
    assertEquals("École", d.childrenSchool());
    assertTrue(d.domiciledAtStructure());
    assertTrue(d.hasSealable());
    assertFalse(ContactDetails.none().hasSealable());
    assertFalse(new ContactDetails(null, null, null, true, null, null, null).hasSealable());
  }

  @Test
  void eachRefusalNamesItsPart() {
    assertEquals(
        "email: not an email address",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContactDetails("pas-une-adresse", null, null, false, null, null, null))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContactDetails(null, "appelez-moi", null, false, null, null, null))
            .getMessage()
            .startsWith("phone:"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContactDetails(null, null, null, false, null, "x".repeat(301), null))
            .getMessage()
            .startsWith("workplace:"));
    assertEquals(
        300,
        new ContactDetails(null, null, null, false, "x".repeat(300), null, null)
            .shelter()
            .length());
  }

  @ParameterizedTest
  @CsvSource({
    "06 12 34 56 78, 0612345678",
    "+33 6 12 34 56 78, 0612345678",
    "0033612345678, 0612345678",
    "06.12.34.56.78, 0612345678",
    "+44 20 7946 0958, 442079460958"
  })
  void phonesAreMatchedWhateverTheirWriting(String written, String normalised) {
    assertEquals(normalised, ContactDetails.normalisePhone(written));
  }

  @Test
  void whatCannotBeMatchedIsNull() {
    assertNull(ContactDetails.normalisePhone("12"));
    assertNull(ContactDetails.normalisePhone(null));
    assertNull(ContactDetails.normaliseEmail("pas une adresse"));
    assertEquals("elle@exemple.fr", ContactDetails.normaliseEmail("  Elle@Exemple.FR "));
  }
}
