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
        details(
            true,
            ContactPart.EMAIL,
            " a@b.fr ",
            ContactPart.PHONE,
            "  ",
            ContactPart.SHELTER,
            " Foyer  ",
            ContactPart.WORKPLACE,
            "",
            ContactPart.CHILDREN_SCHOOL,
            "\tÉcole\n");
    assertEquals("a@b.fr", d.email());
    assertNull(d.phone());
    assertEquals("Foyer", d.part(ContactPart.SHELTER));
    assertNull(d.part(ContactPart.WORKPLACE));
    assertEquals("École", d.part(ContactPart.CHILDREN_SCHOOL));
    assertTrue(d.domiciledAtStructure());
    assertTrue(d.hasSealable());
    assertFalse(ContactDetails.none().hasSealable());
    assertFalse(details(true).hasSealable());
  }

  @Test
  void eachRefusalNamesItsPart() {
    assertEquals(
        "email: not an email address",
        assertThrows(
                IllegalArgumentException.class,
                () -> details(false, ContactPart.EMAIL, "pas-une-adresse"))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> details(false, ContactPart.PHONE, "appelez-moi"))
            .getMessage()
            .startsWith("phone:"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> details(false, ContactPart.WORKPLACE, "x".repeat(301)))
            .getMessage()
            .startsWith("workplace:"));
    assertEquals(
        300,
        details(false, ContactPart.SHELTER, "x".repeat(300)).part(ContactPart.SHELTER).length());
  }

  @Test
  void whatChangedIsNamedByPartInTheCataloguesOrder() {
    ContactDetails before = details(false, ContactPart.EMAIL, "a@b.fr", ContactPart.SHELTER, "F");
    ContactDetails after =
        details(true, ContactPart.CHILDREN_SCHOOL, "École", ContactPart.SHELTER, "G");
    assertEquals(
        java.util.List.of("email", "shelter", "childrenSchool", "domiciledAtStructure"),
        after.changedFrom(before));
    assertEquals(java.util.List.of("nothing"), before.changedFrom(before));
  }

  /** Details of {@code partsAndValues}: a part, its value, the next part… */
  private static ContactDetails details(boolean domiciled, Object... partsAndValues) {
    java.util.Map<ContactPart, String> parts = new java.util.EnumMap<>(ContactPart.class);
    for (int i = 0; i < partsAndValues.length; i += 2) {
      parts.put((ContactPart) partsAndValues[i], (String) partsAndValues[i + 1]);
    }
    return new ContactDetails(parts, domiciled);
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
