package fr.relais.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The urgency rules on realistic French mail from prefectures and the online service, received on
 * Friday 15 January 2027: the kind, whether it is urgent, and the due date expected.
 */
class UrgencyRulesTest {

  private static final LocalDate RECEIVED = LocalDate.of(2027, 1, 15);
  private static final UrgencyRules RULES = UrgencyRules.standard();

  static Stream<Arguments> samples() {
    return Stream.of(
        sample(
            "Demande de pièces complémentaires",
            "Madame, Monsieur,\nL'instruction de votre demande de renouvellement de titre de séjour"
                + " nécessite des pièces complémentaires. Merci de transmettre les documents"
                + " suivants dans un délai de 15 jours : justificatif de domicile, avis"
                + " d'imposition.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-01-30"),
        sample(
            "Votre demande sur l'ANEF",
            "Votre demande est incomplète. Veuillez déposer les pièces complémentaires sur votre"
                + " espace personnel avant le 10/02/2027.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-10"),
        sample(
            "Action requise",
            "Nous vous invitons à compléter votre demande en vous connectant à votre espace.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-14"),
        sample(
            "Pièces manquantes",
            "Pièces manquantes : justificatif de domicile de moins de 3 mois, 3 photographies"
                + " d'identité. À fournir au plus tard le 1er mars 2027.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-03-01"),
        sample(
            "Dossier n° 310-2026-004512",
            "Votre dossier est incomplet. Nous vous remercions de nous faire parvenir les éléments"
                + " sous huit jours.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-01-23"),
        sample(
            "Convocation",
            "Vous êtes convoqué(e) le mardi 9 février 2027 à 10h30 à la préfecture de la"
                + " Haute-Garonne, bureau des étrangers, muni(e) de votre passeport.",
            MessageKind.APPOINTMENT,
            true,
            "2027-02-09"),
        sample(
            "Remise de votre titre de séjour",
            "Convocation pour la remise de votre titre de séjour le 22/02/2027 à 14 h, guichet 4.",
            MessageKind.APPOINTMENT,
            true,
            "2027-02-22"),
        sample(
            "Prise d'empreintes",
            "Un rendez-vous a été fixé le 03.03.2027 à 9h pour la prise d'empreintes.",
            MessageKind.APPOINTMENT,
            true,
            "2027-03-03"),
        sample(
            "Notification d'une décision",
            "Par arrêté du 12 janvier 2027, le préfet vous fait obligation de quitter le territoire"
                + " français. Vous disposez d'un délai de trente jours pour former un recours devant"
                + " le tribunal administratif.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-02-14"),
        sample(
            "Décision relative à votre demande",
            "Décision de refus de séjour. Cette décision peut faire l'objet d'un recours"
                + " contentieux dans un délai de deux mois.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-03-15"),
        sample(
            "Votre demande de naturalisation",
            "Nous avons le regret de vous informer que votre demande de naturalisation est"
                + " rejetée.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-03-16"),
        sample(
            "OQTF",
            "OQTF avec délai de départ volontaire de 30 jours. Recours possible dans les 48 heures"
                + " suivant la notification.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-01-17"),
        sample(
            "Accusé de réception",
            "Accusé de réception de votre demande de titre de séjour déposée le 14/01/2027.",
            MessageKind.FILING_RECEIPT,
            false,
            null),
        sample(
            "Confirmation",
            "Votre demande a bien été enregistrée sous le numéro 7500012345.",
            MessageKind.FILING_RECEIPT,
            false,
            null),
        sample(
            "Attestation",
            "Veuillez trouver ci-joint votre attestation de prolongation d'instruction valable"
                + " jusqu'au 14/07/2027. Elle vous autorise à travailler.",
            MessageKind.ATTESTATION,
            false,
            "2027-07-14"),
        sample(
            "Votre titre est disponible",
            "Votre titre de séjour est disponible. Vous pouvez le retirer en préfecture sur"
                + " rendez-vous.",
            MessageKind.PERMIT_AVAILABLE,
            false,
            null),
        sample(
            "Retrait",
            "Votre carte de séjour est prête. Merci de la retirer dans un délai de 3 mois.",
            MessageKind.PERMIT_AVAILABLE,
            false,
            "2027-04-15"),
        sample(
            "Votre demande de renouvellement",
            "Une décision favorable a été prise concernant votre demande de renouvellement.",
            MessageKind.DECISION_FAVOURABLE,
            false,
            null),
        sample(
            "Formulaire",
            "Merci de nous retourner le formulaire signé avant le 20 janvier 2027.",
            MessageKind.DEADLINE,
            true,
            "2027-01-20"),
        sample(
            "Information",
            "Les horaires d'accueil du bureau des étrangers changent à compter du 1er février.",
            MessageKind.OTHER,
            false,
            null),
        sample(
            "Lettre d'information de la préfecture",
            "Retrouvez toutes les actualités de la préfecture sur notre site.",
            MessageKind.OTHER,
            false,
            null),
        sample(
            "Complément d'information",
            "Dans le cadre de l'instruction, veuillez nous adresser un complément d'information"
                + " sous 10 jours.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-01-25"),
        sample(
            "Demande de compléments – dossier 310-2026-004512",
            "Bonjour, votre demande nécessite des compléments.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-14"),
        sample(
            "PIÈCES COMPLÉMENTAIRES À FOURNIR",
            "MERCI DE FOURNIR LES PIÈCES DEMANDÉES.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-14"),
        sample(
            "Accueil des étrangers",
            "Vous êtes invitée à vous présenter au guichet le 5 février 2027 à 8 h 45.",
            MessageKind.APPOINTMENT,
            true,
            "2027-02-05"),
        sample(
            "Rendez-vous confirmé",
            "Votre rendez-vous du 12/02/27 à 11h00 est confirmé.",
            MessageKind.APPOINTMENT,
            true,
            "2027-02-12"),
        sample(
            "Commission du titre de séjour",
            "La commission a rendu un avis défavorable. Vous disposez d'un délai de recours de 15"
                + " jours.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-01-30"),
        sample(
            "Récépissé",
            "Récépissé de demande de carte de séjour valable jusqu'au 15 avril 2027, autorisant"
                + " son titulaire à travailler.",
            MessageKind.ATTESTATION,
            false,
            "2027-04-15"),
        sample(
            "Instruction de votre dossier",
            "Merci de déposer les justificatifs suivants d'ici le 31/01/2027 : bulletins de salaire"
                + " des trois derniers mois.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-01-31"),
        sample(
            "Documents",
            "Vous devez fournir les documents suivants sous un délai d'un mois.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-15"),
        sample(
            "Rappel",
            "Rappel : votre dossier est incomplet. Sans réponse de votre part avant le 28/01/2027,"
                + " il sera classé sans suite.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-01-28"),
        sample(
            "Attestation de décision favorable",
            "Votre attestation de décision favorable est valable jusqu'au 30/06/2027.",
            MessageKind.DECISION_FAVOURABLE,
            false,
            "2027-06-30"),
        sample(
            "Votre demande du 12/12/2026",
            "Nous accusons réception de votre courrier du 12/12/2026 et vous en remercions.",
            MessageKind.OTHER,
            false,
            null),
        sample(
            "Demande de pièces",
            "Pièces justificatives manquantes à déposer avant le 31/02/2027, ou au plus tard le"
                + " 05/02/2027.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-05"));
  }

  /**
   * Decisions against the person (A5, C6, R5): closures, refusals, inadmissibility and orders to
   * leave the territory, as prefectures and the online service word them. Each is urgent and at the
   * highest level; the due date is the time given to appeal, or the rule's default.
   */
  static Stream<Arguments> decisionsAgainstThePerson() {
    return Stream.of(
        // The notice the run against a real mailbox found unflagged.
        sample(
            "Votre demande a été clôturée",
            "Madame,\nVotre demande de renouvellement de titre de séjour a été clôturée : les pièces"
                + " complémentaires demandées n'ont pas été transmises dans le délai imparti.\nVous"
                + " pouvez déposer une nouvelle demande sur le site de l'ANEF.",
            MessageKind.CLOSURE,
            true,
            "2027-03-16"),
        sample(
            "ANEF - Information sur votre demande",
            "Votre dossier n° 7500012345 a été clôturé faute de réponse de votre part dans le délai"
                + " imparti.",
            MessageKind.CLOSURE,
            true,
            "2027-03-16"),
        sample(
            "Classement sans suite",
            "Votre demande d'admission exceptionnelle au séjour a été classée sans suite, faute de"
                + " présentation au rendez-vous du 5 janvier 2027.",
            MessageKind.CLOSURE,
            true,
            "2027-03-16"),
        sample(
            "Décision de classement sans suite",
            "Nous vous notifions la décision de classement sans suite de votre demande de titre de"
                + " séjour. Vous disposez d'un délai de deux mois pour former un recours gracieux"
                + " auprès du préfet.",
            MessageKind.CLOSURE,
            true,
            "2027-03-15"),
        sample(
            "Votre demande",
            "Nous avons le regret de vous informer que votre demande a été clôturée.",
            MessageKind.CLOSURE,
            true,
            "2027-03-16"),
        sample(
            "Notification d'un arrêté",
            "Arrêté portant obligation de quitter le territoire français sans délai et interdiction"
                + " de retour sur le territoire français d'une durée d'un an. Vous pouvez contester"
                + " cette décision devant le tribunal administratif dans un délai de 48 heures.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-01-17"),
        sample(
            "Refus de séjour",
            "Par arrêté du 8 janvier 2027, le préfet de la Haute-Garonne a refusé de vous délivrer"
                + " un titre de séjour. Vous pouvez former un recours contentieux devant le tribunal"
                + " administratif de Toulouse dans un délai de trente jours à compter de la"
                + " notification de la présente décision.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-02-14"),
        sample(
            "Recours gracieux",
            "Votre recours gracieux a été rejeté. La décision de refus de titre de séjour du 3"
                + " novembre 2026 est maintenue.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-03-16"),
        sample(
            "Rejet de votre demande",
            "Votre demande de changement de statut a été rejetée : les conditions ne sont pas"
                + " remplies.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-03-16"),
        sample(
            "Irrecevabilité",
            "Votre demande a été déclarée irrecevable : le dossier déposé ne comporte pas la preuve"
                + " de votre résidence habituelle en France. Vous pouvez former un recours dans un"
                + " délai de quinze jours.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-01-30"),
        sample(
            "Décision d'irrecevabilité",
            "Décision d'irrecevabilité de votre demande d'asile en procédure accélérée.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-02-14"),
        sample(
            "Refus d'enregistrement",
            "Refus d'enregistrement de votre demande : la demande a été déposée dans un département"
                + " qui n'est pas celui de votre domicile.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-03-16"),
        sample(
            "Retrait de titre",
            "Arrêté portant retrait de votre carte de séjour temporaire « vie privée et familiale »."
                + " Vous disposez d'un délai de départ volontaire de trente jours.",
            MessageKind.DECISION_UNFAVOURABLE,
            true,
            "2027-02-14"));
  }

  /**
   * What only warns of a closure or a refusal is a time limit to meet, not a decision: urgent,
   * below decisions.
   */
  static Stream<Arguments> warningsBeforeAClosure() {
    return Stream.of(
        sample(
            "Dossier incomplet",
            "Votre dossier est incomplet. Faute de transmission des pièces avant le 05/02/2027, votre"
                + " demande sera clôturée.",
            MessageKind.DOCUMENTS_REQUESTED,
            true,
            "2027-02-05"),
        sample(
            "Relance",
            "À défaut de réponse dans un délai de 15 jours, votre demande fera l'objet d'un"
                + " classement sans suite.",
            MessageKind.DEADLINE,
            true,
            "2027-01-30"),
        sample(
            "Rappel",
            "Sans réponse de votre part, votre demande est susceptible d'être clôturée"
                + " automatiquement au plus tard le 12/02/2027.",
            MessageKind.DEADLINE,
            true,
            "2027-02-12"));
  }

  private static Arguments sample(
      String subject, String body, MessageKind kind, boolean urgent, String due) {
    return Arguments.of(subject, body, kind, urgent, due == null ? null : LocalDate.parse(due));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void recognisesTheKindAndTheDueDate(
      String subject, String body, MessageKind kind, boolean urgent, LocalDate due) {
    UrgencyAssessment a = RULES.assess(subject, body, RECEIVED);
    assertEquals(kind, a.kind(), "kind of: " + body);
    assertEquals(urgent, a.urgent(), "urgent: " + body);
    assertEquals(due, a.dueOn(), "due date of: " + body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decisionsAgainstThePerson")
  void closuresRefusalsAndOrdersToLeaveAreTheMostUrgent(
      String subject, String body, MessageKind kind, boolean urgent, LocalDate due) {
    UrgencyAssessment a = RULES.assess(subject, body, RECEIVED);
    assertEquals(kind, a.kind(), "kind of: " + body);
    assertEquals(urgent, a.urgent(), "urgent: " + body);
    assertEquals(due, a.dueOn(), "due date of: " + body);
    assertTrue(a.kind().againstThePerson(), body);
    assertEquals(UrgencyAssessment.DECISION_AGAINST, a.level(), "level of: " + body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warningsBeforeAClosure")
  void aWarningOfClosureIsATimeLimitNotADecision(
      String subject, String body, MessageKind kind, boolean urgent, LocalDate due) {
    UrgencyAssessment a = RULES.assess(subject, body, RECEIVED);
    assertEquals(kind, a.kind(), "kind of: " + body);
    assertEquals(urgent, a.urgent(), "urgent: " + body);
    assertEquals(due, a.dueOn(), "due date of: " + body);
    assertEquals(UrgencyAssessment.URGENT, a.level(), "level of: " + body);
  }

  @Test
  void levelsOrderDecisionsAgainstHerThenTimeLimitsThenTheRest() {
    assertEquals(
        UrgencyAssessment.NOT_URGENT,
        RULES.assess("Information", "Les horaires changent.", RECEIVED).level());
    assertEquals(
        UrgencyAssessment.NOT_URGENT,
        RULES.assess("Votre titre est disponible", "Votre titre est prêt.", RECEIVED).level());
    assertEquals(
        UrgencyAssessment.URGENT,
        RULES.assess("Pièces", "Pièces complémentaires sous 8 jours.", RECEIVED).level());
    // A member who marks a decision not urgent takes it out of the top level, and back.
    assertEquals(
        UrgencyAssessment.NOT_URGENT,
        UrgencyAssessment.level(MessageKind.DECISION_UNFAVOURABLE, false));
    assertEquals(
        UrgencyAssessment.DECISION_AGAINST, UrgencyAssessment.level(MessageKind.CLOSURE, true));
    assertEquals(UrgencyAssessment.URGENT, UrgencyAssessment.level(MessageKind.OTHER, true));
    assertTrue(UrgencyAssessment.DECISION_AGAINST > UrgencyAssessment.URGENT);
    assertTrue(UrgencyAssessment.URGENT > UrgencyAssessment.NOT_URGENT);
  }

  @Test
  void thereAreAtLeastThirtySamples() {
    assertEquals(true, samples().count() >= 30);
  }

  @Test
  void aMalformedRuleIsRefusedNotSkipped() {
    assertThrows(
        IllegalArgumentException.class, () -> UrgencyRules.parse(List.of("id | OTHER | true")));
    assertThrows(
        IllegalArgumentException.class,
        () -> UrgencyRules.parse(List.of("id | NOT_A_KIND | true | - | x")));
  }
}
