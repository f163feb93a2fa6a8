package fr.relais.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The deployment's addresses (A2) as mail systems hand them back, and the catch-all mailbox's own
 * address, which designates no one.
 */
class MailAddressingTest {

  private final MailAddressing addressing =
      new MailAddressing(
          "courrier.relais.example.fr", AddressForm.PLUS, "boite@courrier.relais.example.fr");

  @Test
  void theCatchAllMailboxIsRecognisedInAnyCaseWithOrWithoutADisplayName() {
    for (String raw :
        new String[] {
          "boite@courrier.relais.example.fr",
          "BOITE@Courrier.Relais.Example.FR",
          "<boite@courrier.relais.example.fr>",
          "\"Boîte Relais\" <boite@courrier.relais.example.fr>",
          " boite@courrier.relais.example.fr "
        }) {
      assertTrue(addressing.isMailbox(raw), raw);
    }
    assertEquals("boite@courrier.relais.example.fr", addressing.mailbox().orElseThrow());
  }

  @Test
  void nothingElseIsTheMailbox() {
    for (String raw :
        new String[] {
          "s-k7m2q9xa+h3kd8mq2xz7p@courrier.relais.example.fr",
          "s-k7m2q9xa@courrier.relais.example.fr",
          "boite@autre.example.fr",
          "boite+x@courrier.relais.example.fr",
          "autre@courrier.relais.example.fr",
          "",
          null
        }) {
      assertFalse(addressing.isMailbox(raw), String.valueOf(raw));
    }
    assertFalse(
        new MailAddressing("relais.test", AddressForm.PLUS).isMailbox("boite@relais.test"),
        "no mailbox configured: nothing is it");
  }

  @Test
  void withoutTheMailboxItsAddressWouldBeAnUnknownAddressOfOurDomain() {
    // Which is why the mailbox must be left out before routing: it designates no one, and would
    // otherwise send every message to the quarantine as well.
    assertInstanceOf(
        MailAddressing.Recipient.Unknown.class,
        addressing.recognise("boite@courrier.relais.example.fr").orElseThrow());
  }

  @Test
  void personAndStructureAddressesAreReadBackInBothForms() {
    assertInstanceOf(
        MailAddressing.Recipient.Person.class,
        addressing
            .recognise("\"Mme B\" <S-K7M2Q9XA+H3KD8MQ2XZ7P@Courrier.Relais.Example.fr>")
            .orElseThrow());
    assertInstanceOf(
        MailAddressing.Recipient.Person.class,
        addressing.recognise("h3kd8mq2xz7p@courrier.relais.example.fr").orElseThrow());
    assertInstanceOf(
        MailAddressing.Recipient.Structure.class,
        addressing.recognise("s-k7m2q9xa@courrier.relais.example.fr").orElseThrow());
    assertTrue(addressing.recognise("someone@example.org").isEmpty());
  }

  @Test
  void aMailboxThatIsNotAnAddressIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MailAddressing("relais.test", AddressForm.PLUS, "boite"));
  }
}
