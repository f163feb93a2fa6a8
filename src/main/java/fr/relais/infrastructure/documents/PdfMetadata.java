package fr.relais.infrastructure.documents;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import fr.relais.application.documents.EvidenceRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Removes a PDF's metadata before it is stored (S60): the document information dictionary (author,
 * title, subject, keywords, creator, producer, dates) and the XMP streams of the document and of
 * its pages — a scanner or a word processor can write her name, her device or where she now lives
 * there. The document is rewritten whole with OpenPDF (not appended to), so the old values do not
 * survive in an earlier revision; the pages and their content are kept as they are.
 */
final class PdfMetadata {

  private PdfMetadata() {}

  /**
   * The same document without its metadata; only a modification date is left, the moment of this
   * rewriting.
   *
   * @throws EvidenceRejectedException {@code UNREADABLE_PDF}, or {@code ENCRYPTED_PDF} for a
   *     document protected by a password
   */
  static byte[] strip(byte[] content) {
    PdfReader reader;
    try {
      reader = new PdfReader(content);
    } catch (com.lowagie.text.exceptions.BadPasswordException e) {
      throw new EvidenceRejectedException(
          EvidenceRejectedException.ENCRYPTED_PDF, "PDF protected by a password", e);
    } catch (IOException | RuntimeException e) {
      throw new EvidenceRejectedException(
          EvidenceRejectedException.UNREADABLE_PDF, "PDF cannot be read", e);
    }
    try {
      if (reader.isEncrypted()) {
        throw new EvidenceRejectedException(
            EvidenceRejectedException.ENCRYPTED_PDF, "PDF protected by a password");
      }
      Map<String, String> cleared = new HashMap<>();
      for (String key : reader.getInfo().keySet()) {
        cleared.put(key, null); // a null value removes the entry
      }
      reader.getCatalog().remove(PdfName.METADATA);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        PdfDictionary dictionary = reader.getPageN(page);
        dictionary.remove(PdfName.METADATA);
        dictionary.remove(new PdfName("PieceInfo"));
      }
      reader.removeUnusedObjects();
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
      PdfStamper stamper = new PdfStamper(reader, out);
      stamper.setInfoDictionary(cleared);
      stamper.close();
      return out.toByteArray();
    } catch (EvidenceRejectedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new EvidenceRejectedException(
          EvidenceRejectedException.UNREADABLE_PDF, "PDF cannot be rewritten", e);
    } finally {
      reader.close();
    }
  }
}
