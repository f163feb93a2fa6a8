package fr.relais.infrastructure.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.application.documents.PdfDocuments.Line;
import fr.relais.application.documents.PdfDocuments.Section;
import fr.relais.domain.shared.TimeSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

/**
 * A person's file as one PDF (F4), rendered with OpenPDF from what the application layer decided to
 * show — sections of labelled lines. Its metadata names no one: a neutral title, the creator, the
 * date; never her name (a PDF's properties travel with it).
 */
public final class FileSummaryPdf {

  /** The document's title in its metadata and at the top of its first page. */
  public static final String TITLE = "Dossier d'une personne accompagnée";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final BaseFont regular;
  private final BaseFont bold;

  public FileSummaryPdf() {
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Standard Helvetica fonts unavailable", e);
    }
  }

  /** Renders the sections under the person's name, dated {@code at}. */
  public byte[] render(String name, String issuedBy, Instant at, List<Section> sections) {
    return render(TITLE, name, issuedBy, at, sections);
  }

  /** The same, under another neutral title (never her name). */
  public byte[] render(
      String documentTitle, String name, String issuedBy, Instant at, List<Section> sections) {
    Objects.requireNonNull(sections, "sections");
    Font titleFont = new Font(bold, 16);
    Font headingFont = new Font(bold, 12);
    Font labelFont = new Font(bold, 10);
    Font bodyFont = new Font(regular, 10);
    Font smallFont = new Font(regular, 8.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(documentTitle);
    document.addCreator("Relais");
    document.open();
    try {
      PdfDate date =
          new PdfDate(GregorianCalendar.from(ZonedDateTime.ofInstant(at, TimeSource.DEFAULT_ZONE)));
      writer.getInfo().put(PdfName.CREATIONDATE, date);
      writer.getInfo().put(PdfName.MODDATE, date);
      Paragraph title = new Paragraph(ConsentPdfGenerator.text(name), titleFont);
      title.setAlignment(Element.ALIGN_LEFT);
      document.add(title);
      document.add(
          new Paragraph(
              ConsentPdfGenerator.text(
                  documentTitle
                      + " — établi le "
                      + STAMP.format(ZonedDateTime.ofInstant(at, TimeSource.DEFAULT_ZONE))
                      + " (heure de Paris) par "
                      + issuedBy),
              smallFont));
      for (Section s : sections) {
        Paragraph heading = new Paragraph(ConsentPdfGenerator.text(s.title()), headingFont);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {1.1f, 2.4f});
        table.setWidthPercentage(100);
        for (Line l : s.lines()) {
          table.addCell(cell(l.label(), labelFont));
          table.addCell(cell(l.value() == null || l.value().isBlank() ? "—" : l.value(), bodyFont));
        }
        document.add(table);
      }
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell c = new PdfPCell(new com.lowagie.text.Phrase(ConsentPdfGenerator.text(text), font));
    c.setBorderWidth(0.3f);
    c.setPadding(4);
    return c;
  }
}
