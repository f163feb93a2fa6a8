package fr.relais.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the documents Relais writes in French — the file's PDF, the caseload's CSV — taken
 * from the message bundles, so that a part of her contact and « masqué » read the same in a
 * document as on the page.
 */
public final class DocumentLabels {

  /** The message key of « masqué »: a sealed value withheld, on the page and in every document. */
  public static final String MASKED = "sealed.masked";

  private static final String BUNDLE = "fr.relais.i18n.messages";

  private DocumentLabels() {}

  /** The French text of a message key. */
  public static String french(String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no French label for " + key, e);
    }
  }

  /** « masqué ». */
  public static String masked() {
    return french(MASKED);
  }
}
