package fr.relais.infrastructure.demo;

import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The demonstration mailbox addresses, fixed ({@link StartupData#DEMO_LOCAL_PARTS}, {@link
 * StartupData#DEMO_TOKENS}) so that the run command can deliver mail to them.
 */
@ApplicationScoped
class DemoMailbox {

  @Inject fr.relais.domain.model.mailbox.MailboxRepository mailbox;
  @Inject TimeSource clock;

  /**
   * The structure's institutional local part and, for the first people who are not protected, fixed
   * sub-address tokens; the last token issued then retired (the address leaked).
   */
  void create(
      StructureId structure,
      String localPart,
      String[] tokens,
      List<fr.relais.domain.model.person.Person> persons) {
    mailbox.setStructureLocalPart(structure, localPart);
    var now = clock.now();
    for (int i = 0; i < Math.min(tokens.length - 1, persons.size()); i++) {
      var person = persons.get(i);
      if (i == 1) {
        var leaked =
            new fr.relais.domain.model.mailbox.PersonMailToken(
                new fr.relais.domain.model.mailbox.SubAddressToken(tokens[tokens.length - 1]),
                person.id().value(),
                structure.value(),
                null,
                now.minusSeconds(90 * 86_400));
        mailbox.add(leaked);
        leaked.retire(null, now.minusSeconds(10 * 86_400));
        mailbox.flush();
      }
      mailbox.add(
          new fr.relais.domain.model.mailbox.PersonMailToken(
              new fr.relais.domain.model.mailbox.SubAddressToken(tokens[i]),
              person.id().value(),
              structure.value(),
              null,
              now));
    }
  }
}
