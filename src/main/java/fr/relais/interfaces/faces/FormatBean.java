package fr.relais.interfaces.faces;

import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the user's language, on French time. */
@Named("fmt")
@RequestScoped
public class FormatBean {

  @Inject ShellBean shell;

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(shell.getLocale())
            .format(date);
  }

  public String instant(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(shell.getLocale())
            .withZone(TimeSource.DEFAULT_ZONE)
            .format(instant);
  }

  /** A size in bytes, as people read it ("840 Ko", "2,1 Mo"). */
  public String size(long bytes) {
    java.text.NumberFormat n = java.text.NumberFormat.getNumberInstance(shell.getLocale());
    n.setMaximumFractionDigits(1);
    boolean fr = !"en".equals(shell.getLocale().getLanguage());
    if (bytes < 1024) {
      return bytes + (fr ? " o" : " B");
    }
    if (bytes < 1024 * 1024) {
      return n.format(bytes / 1024.0) + (fr ? " Ko" : " KB");
    }
    return n.format(bytes / (1024.0 * 1024)) + (fr ? " Mo" : " MB");
  }

  /** Codes such as departments, comma-separated ("31, 47, 82"); empty for none. */
  public String codes(java.util.Collection<String> codes) {
    return codes == null ? "" : String.join(", ", new java.util.TreeSet<>(codes));
  }
}
