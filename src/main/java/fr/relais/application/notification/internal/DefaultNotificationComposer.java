package fr.relais.application.notification.internal;

import fr.relais.application.notification.NotificationComposer;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes every outgoing mail of Relais (S42). The text is the same for every kind of event: the kind
 * only exists so that members can choose how they hear of it. No name, no subject copied, no body,
 * no sender, no link but the home page — a mailbox read by someone else learns only that the member
 * uses Relais.
 */
@ApplicationScoped
public class DefaultNotificationComposer implements NotificationComposer {

  @Inject
  @ConfigProperty(name = "relais.public-url")
  String publicUrl;

  @Override
  public OutgoingMail compose(String to, Locale locale, NotificationKind kind) {
    return mail(to, locale);
  }

  @Override
  public OutgoingMail digest(String to, Locale locale) {
    return mail(to, locale);
  }

  @Override
  public OutgoingMail checkpoint(String to, String checkpointLine) {
    return new OutgoingMail(
        to,
        "Relais - point de controle du journal",
        "Point de controle signe du journal de Relais, a conserver hors de la base de donnees :\n\n"
            + checkpointLine
            + "\n\nVerification : ./mvnw -q exec:java@verify-journal avec --checkpoints sur un"
            + " fichier qui contient cette ligne (docs/operations.md, \"Checking the journal\").\n");
  }

  private OutgoingMail mail(String to, Locale locale) {
    String home = publicUrl.replaceAll("/+$", "") + "/";
    if ("en".equals(locale.getLanguage())) {
      return new OutgoingMail(
          to,
          "Something new is waiting for you in Relais",
          "Hello,\n\nSomething new is waiting for you in Relais.\nSign in to see it: "
              + home
              + "\n\nThis message deliberately says nothing more.\n");
    }
    return new OutgoingMail(
        to,
        "Vous avez du nouveau dans Relais",
        "Bonjour,\n\nVous avez du nouveau dans Relais.\nConnectez-vous pour le consulter : "
            + home
            + "\n\nCe message ne contient volontairement aucun détail.\n");
  }
}
