package fr.relais.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which address is the catch-all mailbox's own, from the configuration. */
class MailConfigurationTest {

  @Test
  void theConfiguredAddressComesFirst() {
    assertEquals(
        "boite@courrier.example.fr",
        MailConfiguration.mailbox(
            "courrier.example.fr",
            Optional.of(" boite@courrier.example.fr "),
            Optional.of("imap-relais")));
  }

  @Test
  void elseTheImapLoginWhenItIsAnAddress() {
    assertEquals(
        "boite@relais.test",
        MailConfiguration.mailbox(
            "relais.test", Optional.empty(), Optional.of("boite@relais.test")));
    assertEquals(
        "boite@relais.test",
        MailConfiguration.mailbox(
            "relais.test", Optional.of(" "), Optional.of("boite@relais.test")));
  }

  @Test
  void elseTheLoginOnTheDeploymentsDomain() {
    assertEquals(
        "boite@courrier.example.fr",
        MailConfiguration.mailbox("courrier.example.fr", Optional.empty(), Optional.of("boite")));
  }

  @Test
  void noMailboxReadNoAddress() {
    assertNull(MailConfiguration.mailbox("relais.test", Optional.empty(), Optional.empty()));
    assertNull(MailConfiguration.mailbox("relais.test", Optional.empty(), Optional.of("")));
  }
}
