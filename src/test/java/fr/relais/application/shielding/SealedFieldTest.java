package fr.relais.application.shielding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SealedFieldTest {

  @Test
  void everyValueHasALabelOfItsOwn() {
    Set<String> labels = new HashSet<>();
    UUID owner = UUID.randomUUID();
    for (SealedField f : SealedField.values()) {
      Vault.Binding b = f.perRow() ? f.of(owner, UUID.randomUUID()) : f.of(owner);
      assertEquals(f.owner().kind(), b.kind());
      assertTrue(labels.add(b.kind() + ":" + b.field()), f + " shares its label");
    }
  }

  @Test
  void aValueSheHasSeveralOfIsBoundToItsRowUnlessWrittenBefore() {
    UUID person = UUID.randomUUID();
    UUID account = UUID.randomUUID();
    assertEquals(account, SealedField.ACCOUNT_ADDRESS.of(person, account).row());
    assertNull(SealedField.ACCOUNT_ADDRESS.of(person, null).row(), "a row written before V32");
    assertNull(SealedField.CONTACT.of(person).row());
    assertThrows(IllegalStateException.class, () -> SealedField.ACCOUNT_ADDRESS.of(person));
    assertThrows(IllegalStateException.class, () -> SealedField.CONTACT.of(person, account));
  }
}
