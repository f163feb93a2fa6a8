package fr.relais.infrastructure.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.application.documents.PdfDocuments.BlockageAttestation;
import fr.relais.domain.shared.TimeSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;

/**
 * The attestation of a technical blockage of the online service and the letter that asks the
 * prefecture for the non-digital channel (C7, recommendations 1 and 10 of the source report), as
 * one PDF rendered with OpenPDF; the verification code on every page. Its metadata names no one.
 */
public final class BlockageAttestationPdf {

  public static final String TITLE = "Attestation de blocage technique";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

  private final BaseFont regular;
  private final BaseFont bold;

  public BlockageAttestationPdf() {
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Standard Helvetica fonts unavailable", e);
    }
  }

  public byte[] render(BlockageAttestation c) {
    Font title = new Font(bold, 15);
    Font heading = new Font(bold, 11.5f);
    Font body = new Font(regular, 10.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document d = new Document(PageSize.A4, 56, 56, 56, 64);
    PdfWriter writer = PdfWriter.getInstance(d, out);
    String footer = "Vérification : " + c.verificationCode() + " — Relais";
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter w, Document document) {
            PdfContentByte cb = w.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(regular, 8);
            cb.showTextAligned(
                PdfContentByte.ALIGN_CENTER,
                ConsentPdfGenerator.text(footer),
                (document.left() + document.right()) / 2,
                document.bottom() - 28,
                0);
            cb.endText();
          }
        });
    d.addTitle(TITLE);
    d.addCreator("Relais");
    d.open();
    try {
      PdfDate date =
          new PdfDate(
              GregorianCalendar.from(
                  ZonedDateTime.ofInstant(c.recordedAt(), TimeSource.DEFAULT_ZONE)));
      writer.getInfo().put(PdfName.CREATIONDATE, date);
      writer.getInfo().put(PdfName.MODDATE, date);
      Paragraph t = new Paragraph(ConsentPdfGenerator.text(TITLE), title);
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingAfter(12);
      d.add(t);
      add(
          d,
          body,
          "La structure "
              + c.structureName()
              + " ("
              + c.structureAddress()
              + "), qui accompagne "
              + c.personName()
              + ", atteste que le service en ligne de l'administration n'a pas permis la"
              + " démarche suivante :");
      add(d, heading, "Démarche");
      add(
          d,
          body,
          c.procedureLabel()
              + (c.administrationReference() == null
                  ? ""
                  : " — référence " + c.administrationReference()));
      add(d, heading, "Date et heure du blocage");
      add(d, body, stamp(c.occurredAt()) + " (heure de Paris)");
      add(d, heading, "Message d'erreur ou impossibilité constatée");
      add(d, body, c.errorText());
      add(d, heading, "Démarches tentées");
      add(d, body, c.stepsTried());
      add(d, heading, "Pièces");
      add(
          d,
          body,
          c.evidenceCount() == 0
              ? "Aucune capture d'écran jointe."
              : c.evidenceCount()
                  + " capture(s) d'écran conservée(s) au dossier par la structure.");
      add(
          d,
          body,
          "Établie le "
              + stamp(c.recordedAt())
              + " par "
              + c.recordedBy()
              + ". Code de"
              + " vérification : "
              + c.verificationCode()
              + ".");
      d.newPage();
      Paragraph l =
          new Paragraph(ConsentPdfGenerator.text("Demande de dépôt par une autre voie"), title);
      l.setSpacingAfter(12);
      d.add(l);
      add(d, body, c.structureName() + ", " + c.structureAddress());
      add(
          d,
          body,
          "À l'attention de Madame la Préfète ou de Monsieur le Préfet — service des étrangers");
      add(d, body, "Objet : demande de traitement non dématérialisé — " + c.procedureLabel());
      add(d, body, "Madame, Monsieur,");
      add(
          d,
          body,
          "Nous accompagnons "
              + c.personName()
              + " dans la démarche « "
              + c.procedureLabel()
              + " ». Le "
              + stamp(c.occurredAt())
              + ", le téléservice n'a pas permis de la mener à bien,"
              + " comme l'établit l'attestation ci-jointe (code "
              + c.verificationCode()
              + ").");
      add(
          d,
          body,
          "Le droit au dépôt d'une demande ne peut dépendre du seul téléservice : lorsque"
              + " celui-ci ne permet pas la démarche, une solution de substitution doit être proposée."
              + " Nous vous demandons donc de bien vouloir recevoir cette demande par une autre voie"
              + " (dépôt au guichet, envoi postal ou rendez-vous), et d'en délivrer récépissé.");
      add(
          d,
          body,
          "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations"
              + " distinguées.");
      add(d, body, c.recordedBy() + ", pour " + c.structureName());
    } finally {
      d.close();
    }
    return out.toByteArray();
  }

  private static void add(Document d, Font f, String text) {
    Paragraph p = new Paragraph(ConsentPdfGenerator.text(text), f);
    p.setSpacingAfter(6);
    d.add(p);
  }

  private static String stamp(Instant at) {
    return STAMP.format(ZonedDateTime.ofInstant(at, TimeSource.DEFAULT_ZONE));
  }
}
