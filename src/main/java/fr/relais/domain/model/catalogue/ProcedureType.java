package fr.relais.domain.model.catalogue;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * One procedure of the catalogue: what a mandate scope names and what a structure tracks. The code
 * never changes; the platform operator may relabel the procedure or withdraw it from new choices.
 */
@Entity
@Table(name = "procedure_type")
@Access(AccessType.FIELD)
@NamedQuery(
    name = "ProcedureType.all",
    query = "select p from ProcedureType p order by p.sortOrder, p.code")
@NamedQuery(
    name = "ProcedureType.active",
    query = "select p from ProcedureType p where p.active = true order by p.sortOrder, p.code")
@NamedQuery(
    name = "ProcedureType.byCodes",
    query = "select p from ProcedureType p where p.code in :codes order by p.sortOrder, p.code")
public class ProcedureType {

  /** Longest label, in characters, in either language. */
  public static final int MAX_LABEL_LENGTH = 200;

  @Id
  @Column(name = "code", length = 60, updatable = false)
  private String code;

  @Column(name = "label_fr", nullable = false, length = MAX_LABEL_LENGTH)
  private String labelFr;

  @Column(name = "label_en", nullable = false, length = MAX_LABEL_LENGTH)
  private String labelEn;

  @Column(name = "family", nullable = false, length = 40)
  private String family;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private Channel channel;

  @Column(name = "for_child", nullable = false)
  private boolean forChild;

  @Column(name = "victims_entry", nullable = false)
  private boolean victimsEntry;

  @Column(name = "ase_entry", nullable = false)
  private boolean aseEntry;

  @Column(name = "legal_reference", length = 100)
  private String legalReference;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ProcedureType() {}

  /**
   * A new, active procedure type.
   *
   * @throws IllegalArgumentException when a label is blank or longer than {@value
   *     #MAX_LABEL_LENGTH} characters, the family is blank or longer than 40 characters, or the
   *     legal reference is longer than 100 characters
   */
  public ProcedureType(
      ProcedureCode code,
      String labelFr,
      String labelEn,
      String family,
      Channel channel,
      boolean forChild,
      boolean victimsEntry,
      boolean aseEntry,
      String legalReference,
      int sortOrder) {
    this.code = Objects.requireNonNull(code, "code").value();
    this.labelFr = requireText(labelFr, MAX_LABEL_LENGTH, "French label");
    this.labelEn = requireText(labelEn, MAX_LABEL_LENGTH, "English label");
    this.family = requireText(family, 40, "family");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.forChild = forChild;
    this.victimsEntry = victimsEntry;
    this.aseEntry = aseEntry;
    if (legalReference != null && legalReference.length() > 100) {
      throw new IllegalArgumentException("legal reference too long");
    }
    this.legalReference =
        legalReference == null || legalReference.isBlank() ? null : legalReference;
    this.sortOrder = sortOrder;
    this.active = true;
  }

  public ProcedureCode code() {
    return new ProcedureCode(code);
  }

  public String labelFr() {
    return labelFr;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The label in English for an English locale, in French otherwise. */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelFr;
  }

  /**
   * The label printed on a paper the person carries (a mandate's consent form, a blockage
   * attestation): the procedures of the victims' entry are named by what they lead to, a residence
   * permit, and never by the violence they rest on, since the paper may be found by the one she
   * fled (S44). Relais's screens, behind her structure's login, keep the exact label.
   */
  public String labelOnPaper(Locale locale) {
    if (!victimsEntry) {
      return label(locale);
    }
    return locale != null && "en".equals(locale.getLanguage())
        ? NEUTRAL_PAPER_LABEL_EN
        : NEUTRAL_PAPER_LABEL_FR;
  }

  /** What a paper says of a procedure of the victims' entry, in French. */
  public static final String NEUTRAL_PAPER_LABEL_FR =
      "Demande de titre de séjour (motif précisé auprès de la préfecture)";

  /** The same, in English. */
  public static final String NEUTRAL_PAPER_LABEL_EN =
      "Residence permit application (grounds given to the prefecture)";

  /** The group the procedure is listed under (for example {@code SEJOUR}, {@code MODIFICATION}). */
  public String family() {
    return family;
  }

  public Channel channel() {
    return channel;
  }

  /** Whether the procedure can be carried out for a child. */
  public boolean forChild() {
    return forChild;
  }

  /** Whether the procedure belongs to the "victims of violence" first-level entry. */
  public boolean victimsEntry() {
    return victimsEntry;
  }

  /**
   * Whether the procedure belongs to the entry for young adults entrusted to child welfare (ASE).
   */
  public boolean aseEntry() {
    return aseEntry;
  }

  /** The CESEDA article the procedure rests on, or {@code null} when none is recorded. */
  public String legalReference() {
    return legalReference;
  }

  /** Whether the procedure can be chosen for new mandates and requests. */
  public boolean active() {
    return active;
  }

  public int sortOrder() {
    return sortOrder;
  }

  /**
   * Changes both labels.
   *
   * @throws IllegalArgumentException when a label is blank or longer than {@value
   *     #MAX_LABEL_LENGTH} characters
   */
  public void relabel(String labelFr, String labelEn) {
    String fr = requireText(labelFr, MAX_LABEL_LENGTH, "French label");
    String en = requireText(labelEn, MAX_LABEL_LENGTH, "English label");
    this.labelFr = fr;
    this.labelEn = en;
  }

  /** Offers the procedure for new choices again, or withdraws it; existing references keep it. */
  public void setActive(boolean active) {
    this.active = active;
  }

  private static String requireText(String text, int maxLength, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
    }
    return text;
  }
}
