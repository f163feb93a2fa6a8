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

  @Override
  public OutgoingMail addressConfirmation(String to, String link) {
    return new OutgoingMail(
        to,
        "Relais - confirmez votre adresse / confirm your address",
        "Bonjour,\n\nCette adresse a été donnée pour vous joindre dans Relais. Pour la confirmer,"
            + " ouvrez ce lien et appuyez sur « Confirmer » (valable 24 heures, une seule fois) :\n"
            + link
            + "\n\nSi vous n'êtes pas à l'origine de cette demande, ne faites rien : l'adresse ne"
            + " sera pas utilisée.\n\n---\n\nHello,\n\nThis address was given to reach you in"
            + " Relais. To confirm it, open this link and press « Confirm » (valid for 24 hours,"
            + " once):\n"
            + link
            + "\n\nIf you did not ask for this, do nothing: the address will not be used.\n");
  }

  @Override
  public OutgoingMail addressReplaced(String to, String freezeLink) {
    return new OutgoingMail(
        to,
        "Relais - cette adresse n'est plus utilisée / this address is no longer used",
        "Bonjour,\n\nCette adresse n'est plus celle que Relais utilise pour vous joindre.\nSi"
            + " vous n'avez rien demandé, bloquez votre accès avec ce lien, puis contactez la"
            + " structure qui vous accompagne :\n"
            + freezeLink
            + "\n\n---\n\nHello,\n\nThis address is no longer the one Relais uses to reach"
            + " you.\nIf you did not ask for this, lock your access with this link, then contact"
            + " the structure that supports you:\n"
            + freezeLink
            + "\n");
  }

  @Override
  public OutgoingMail addressConfirmed(String to) {
    String home = publicUrl.replaceAll("/+$", "") + "/";
    return new OutgoingMail(
        to,
        "Relais - adresse confirmée / address confirmed",
        "Bonjour,\n\nCette adresse est désormais celle que Relais utilise pour vous joindre."
            + " Vos sessions ouvertes ont été fermées : reconnectez-vous sur "
            + home
            + "\n\n---\n\nHello,\n\nThis address is now the one Relais uses to reach you."
            + " Your open sessions were closed: sign in again at "
            + home
            + "\n");
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
