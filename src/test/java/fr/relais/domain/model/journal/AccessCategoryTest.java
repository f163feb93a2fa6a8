package fr.relais.domain.model.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessCategoryTest {

  @ParameterizedTest
  @CsvSource({
    "sealed.open, contact, SEALED_CONTACT",
    "sealed.open, contact (lifting), SEALED_CONTACT",
    "sealed.open, mail-attachment, SEALED_ATTACHMENT",
    "sealed.open, document, SEALED_DOCUMENT",
    "sealed.open, document titles (2), SEALED_DOCUMENT",
    "document.add, COMPLAINT v1, DOCUMENTS",
    "sealed.open, notes (3), SEALED_NOTE",
    "note.add, sensitive, NOTES",
    "person.view, , FILE",
    "person.assign, 2 member(s), FILE",
    "person.history.view, , HISTORY",
    "person.self.history.view, , HISTORY",
    "mandate.evidence.download, , MANDATES",
    "person.access.link.create, , OWN_ACCESS",
    "emergency.lock, PERSON, OWN_ACCESS",
    "person.protect, PROTECTION_ORDER, PROTECTION",
    "person.protection.lift, IN_PERSON, PROTECTION",
    "protection.consent, OWN_ACCOUNT, PROTECTION",
    "blocked.add, EMAIL, PROTECTION"
  })
  void eachActionAboutHerNamesTheCategoryOfDataItTouched(
      String action, String detail, String expected) {
    assertEquals(AccessCategory.valueOf(expected), AccessCategory.of(action, detail));
  }

  @ParameterizedTest
  @CsvSource({"login, ", "journal.verify, "})
  void otherActionsTouchNone(String action, String detail) {
    assertNull(AccessCategory.of(action, detail));
  }
}
