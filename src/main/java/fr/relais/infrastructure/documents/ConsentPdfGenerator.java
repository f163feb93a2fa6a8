package fr.relais.infrastructure.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.application.documents.ConsentDocumentContent;
import fr.relais.domain.shared.TimeSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Objects;

/**
 * Produces the consent form of a mandate as an A4 PDF in French: who is represented, by which
 * structure, for which procedures and for how long, on what legal basis, the person's rights, and a
 * signature area. Every page carries a footer with the verification code, the mandate id and the
 * template version.
 *
 * <p>Text is set in the standard Helvetica fonts (not embedded) with the WinAnsi (CP1252) encoding,
 * which covers French. Input text is normalised to NFC; characters outside CP1252 are printed as
 * {@code ?} rather than silently dropped. An instance may be shared: each call renders into its own
 * document.
 */
public final class ConsentPdfGenerator {

  /** Version of the template this class renders; printed in the footer of every page. */
  public static final String TEMPLATE_VERSION = "consentement-v1";

  static final String TITLE = "Mandat d'accompagnement administratif — consentement";

  private static final String CREATOR = "Relais";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private final BaseFont regular;
  private final BaseFont bold;

  public ConsentPdfGenerator() {
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Standard Helvetica fonts unavailable", e);
    }
  }

  /**
   * Renders the consent form.
   *
   * @param c what to print
   * @return the PDF bytes
   * @throws IllegalArgumentException if {@code c.templateVersion()} is not {@link
   *     #TEMPLATE_VERSION}: the footer must name the template actually used
   */
  public byte[] generate(ConsentDocumentContent c) {
    Objects.requireNonNull(c, "content");
    if (!TEMPLATE_VERSION.equals(c.templateVersion())) {
      throw new IllegalArgumentException(
          "This generator renders " + TEMPLATE_VERSION + ", not " + c.templateVersion());
    }
    Font titleFont = new Font(bold, 16);
    Font headingFont = new Font(bold, 12);
    Font bodyFont = new Font(regular, 10.5f);
    Font strongFont = new Font(bold, 10.5f);
    Font smallFont = new Font(regular, 9);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(
        new Footer(
            text(
                "Vérification : "
                    + c.verificationCode()
                    + " — mandat "
                    + c.mandateId()
                    + " — modèle "
                    + c.templateVersion())));
    document.addTitle(TITLE);
    document.addCreator(CREATOR);
    document.open();
    try {
      // Dated from the content rather than from the clock of the rendering.
      PdfDate date =
          new PdfDate(
              GregorianCalendar.from(
                  ZonedDateTime.ofInstant(c.generatedAt(), TimeSource.DEFAULT_ZONE)));
      writer.getInfo().put(PdfName.CREATIONDATE, date);
      writer.getInfo().put(PdfName.MODDATE, date);
      Paragraph title = new Paragraph(TITLE, titleFont);
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(4);
      document.add(title);
      ZonedDateTime generated = ZonedDateTime.ofInstant(c.generatedAt(), TimeSource.DEFAULT_ZONE);
      Paragraph issued =
          new Paragraph(
              "Document établi le "
                  + DATE.format(generated)
                  + " à "
                  + TIME.format(generated)
                  + " (heure de Paris)",
              smallFont);
      issued.setAlignment(Element.ALIGN_CENTER);
      issued.setSpacingAfter(14);
      document.add(issued);

      document.add(
          body(
              "Ce document décrit le mandat par lequel la structure ci-dessous agit pour le compte"
                  + " de la personne représentée, pour les seules démarches listées.",
              bodyFont));

      document.add(heading("Personne représentée", headingFont));
      document.add(field("Nom : ", c.personFullName(), strongFont, bodyFont));
      document.add(field("Née ou né le : ", date(c.personBirthDate()), strongFont, bodyFont));

      document.add(heading("Structure mandatée", headingFont));
      document.add(field("Nom : ", c.structureName(), strongFont, bodyFont));
      document.add(field("Adresse : ", c.structureAddress(), strongFont, bodyFont));

      document.add(heading("Démarches couvertes par le mandat", headingFont));
      com.lowagie.text.List procedures = new com.lowagie.text.List(false, 14);
      procedures.setListSymbol(new Chunk("•", bodyFont));
      for (String label : c.procedureLabels()) {
        ListItem item = new ListItem(text(label), bodyFont);
        item.setSpacingAfter(2);
        procedures.add(item);
      }
      document.add(procedures);

      document.add(heading("Durée", headingFont));
      document.add(body("Du " + date(c.startsOn()) + " au " + date(c.endsOn()) + ".", bodyFont));

      document.add(heading("Fondement du mandat", headingFont));
      document.add(body(text(c.legalBasisLabel()), bodyFont));

      document.add(heading("Vos droits", headingFont));
      com.lowagie.text.List rights = new com.lowagie.text.List(false, 14);
      rights.setListSymbol(new Chunk("•", bodyFont));
      for (String right :
          new String[] {
            "Vous pouvez révoquer ce mandat à tout moment, en entier ou pour une seule démarche,"
                + " en le disant à la structure ou en vous connectant à Relais.",
            "Le mandat prend fin automatiquement le " + date(c.endsOn()) + ".",
            "Chaque action faite en votre nom est enregistrée. Vous pouvez voir qui a"
                + " consulté votre dossier.",
            "La structure ne peut pas agir pour vous dans des démarches qui ne sont pas"
                + " listées ci-dessus."
          }) {
        ListItem item = new ListItem(right, bodyFont);
        item.setSpacingAfter(3);
        rights.add(item);
      }
      document.add(rights);

      document.add(signatures(headingFont, bodyFont, strongFont));
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static Paragraph heading(String label, Font font) {
    Paragraph p = new Paragraph(label, font);
    p.setLeading(font.getSize() * 1.2f);
    p.setSpacingBefore(10);
    p.setSpacingAfter(3);
    return p;
  }

  private static Paragraph body(String content, Font font) {
    Paragraph p = new Paragraph(content, font);
    p.setLeading(font.getSize() * 1.35f);
    return p;
  }

  private static Paragraph field(String label, String value, Font labelFont, Font valueFont) {
    Paragraph p = new Paragraph();
    p.setLeading(valueFont.getSize() * 1.35f);
    p.add(new Chunk(label, labelFont));
    p.add(new Chunk(text(value), valueFont));
    return p;
  }

  /** The signature area, as one table so that it is never split across pages. */
  private static PdfPTable signatures(Font headingFont, Font bodyFont, Font strongFont) {
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setKeepTogether(true);
    PdfPCell heading = new PdfPCell(new Phrase("Signatures", headingFont));
    heading.setColspan(2);
    heading.setBorder(Rectangle.NO_BORDER);
    heading.setPadding(0);
    heading.setPaddingBottom(8);
    table.addCell(heading);
    PdfPCell place = new PdfPCell(new Phrase("Fait à ………………………… le ………………", bodyFont));
    place.setColspan(2);
    place.setBorder(Rectangle.NO_BORDER);
    place.setPadding(0);
    place.setPaddingBottom(10);
    table.addCell(place);
    for (String who :
        new String[] {"Signature de la personne", "Signature du représentant de la structure"}) {
      PdfPCell cell = new PdfPCell(new Phrase(who, strongFont));
      cell.setFixedHeight(96);
      cell.setPadding(6);
      cell.setVerticalAlignment(Element.ALIGN_TOP);
      table.addCell(cell);
    }
    return table;
  }

  private static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * Makes caller-supplied text printable with a CP1252 font: NFC (so that decomposed accents are
   * not lost), typographic spaces as no-break spaces, anything else outside CP1252 as {@code ?}.
   */
  static String text(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    CharsetEncoder encoder = CP1252.newEncoder();
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x202F || cp == 0x2009 || cp == 0x2007) {
        b.append('\u00A0');
      } else if (cp == 0x2011) {
        b.append('-');
      } else if (Character.isBmpCodePoint(cp)
          && !Character.isISOControl(cp)
          && encoder.canEncode((char) cp)) {
        b.append((char) cp);
      } else if (cp == '\t' || cp == '\n' || cp == '\r') {
        b.append(' ');
      } else {
        b.append('?');
      }
    }
    return b.toString();
  }

  /** Writes the verification footer at the bottom of every page. */
  private final class Footer extends PdfPageEventHelper {
    private final String line;

    Footer(String line) {
      this.line = line;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      float x = (document.left() + document.right()) / 2;
      cb.beginText();
      cb.setFontAndSize(regular, 8);
      cb.showTextAligned(PdfContentByte.ALIGN_CENTER, line, x, document.bottom() - 28, 0);
      cb.endText();
    }
  }
}
