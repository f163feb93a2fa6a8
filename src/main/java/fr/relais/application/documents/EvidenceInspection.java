package fr.relais.application.documents;

/**
 * Checks an uploaded piece of evidence before it is stored (S60): the size limit, the allowed types
 * (PDF, JPEG, PNG) recognised by their magic bytes rather than by name or declared type, and the
 * content stripped of its metadata (EXIF and GPS position of images, a PDF's information dictionary
 * and XMP) — a photo of a form can reveal where the person lives. Implemented in infrastructure.
 */
public interface EvidenceInspection {

  /** Largest upload accepted, whatever the caller asks for. */
  long MAX_BYTES = 10L * 1024 * 1024;

  /**
   * Accepted evidence, ready to store.
   *
   * @param mediaType the detected type: {@code application/pdf}, {@code image/jpeg} or {@code
   *     image/png}
   * @param content the bytes to store (re-encoded for images, rewritten without metadata for PDF)
   * @param sha256Hex SHA-256 of {@code content}, lower-case hexadecimal
   */
  record Inspected(String mediaType, byte[] content, String sha256Hex) {}

  /** Same as {@link #inspect(byte[], String, long)} with {@link #MAX_BYTES}. */
  default Inspected inspect(byte[] content, String declaredMediaType) {
    return inspect(content, declaredMediaType, MAX_BYTES);
  }

  /**
   * Checks and sanitises an upload.
   *
   * @param content the uploaded bytes
   * @param declaredMediaType the type announced by the client, parameters allowed ({@code ;
   *     charset=…}); {@code null} or blank to rely on detection alone
   * @param maxBytes size limit for this upload; {@link #MAX_BYTES} applies if it is larger
   * @return the detected type, the bytes to store and their SHA-256
   * @throws EvidenceRejectedException with a reason code: {@code EMPTY}, {@code TOO_LARGE}, {@code
   *     UNSUPPORTED_TYPE}, {@code TYPE_MISMATCH} (declared type ≠ detected), {@code
   *     UNREADABLE_IMAGE}, {@code UNREADABLE_PDF}, {@code ENCRYPTED_PDF}
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  Inspected inspect(byte[] content, String declaredMediaType, long maxBytes);
}
