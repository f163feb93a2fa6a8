package fr.relais.application.documents;

import java.util.Objects;

/**
 * An uploaded piece of evidence refused by {@link EvidenceInspection} (S60). The {@link #reason()}
 * is a stable code meant for the caller to map to a message; the exception message never repeats
 * the content.
 */
public class EvidenceRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** No content, or zero bytes. */
  public static final String EMPTY = "EMPTY";

  /** Larger than the allowed size. */
  public static final String TOO_LARGE = "TOO_LARGE";

  /** Content is neither PDF, JPEG nor PNG (judged by its first bytes). */
  public static final String UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE";

  /** The declared media type is not the one detected from the content. */
  public static final String TYPE_MISMATCH = "TYPE_MISMATCH";

  /** An image that cannot be decoded, or whose decoded size is too large. */
  public static final String UNREADABLE_IMAGE = "UNREADABLE_IMAGE";

  /** A PDF that cannot be parsed, so its metadata cannot be removed. */
  public static final String UNREADABLE_PDF = "UNREADABLE_PDF";

  /** A PDF protected by a password: it cannot be rewritten without its metadata. */
  public static final String ENCRYPTED_PDF = "ENCRYPTED_PDF";

  private final String reason;

  public EvidenceRejectedException(String reason, String message) {
    this(reason, message, null);
  }

  public EvidenceRejectedException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** One of {@link #EMPTY}, {@link #TOO_LARGE}, {@link #UNSUPPORTED_TYPE}, etc. */
  public String reason() {
    return reason;
  }
}
