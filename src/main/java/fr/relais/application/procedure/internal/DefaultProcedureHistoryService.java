package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.DocumentLabels;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.documents.PdfDocuments;
import fr.relais.application.documents.PdfDocuments.Line;
import fr.relais.application.documents.PdfDocuments.Section;
import fr.relais.application.file.DocumentService;
import fr.relais.application.file.internal.SealedDocuments;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureHistoryService;
import fr.relais.application.procedure.ProcedureService;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.document.DocumentContent;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.shared.Sha256;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the history ZIP from what {@link ProcedureService#list} shows this member. */
@ApplicationScoped
@Transactional
public class DefaultProcedureHistoryService implements ProcedureHistoryService {

  static final String TITLE = "Historique des démarches";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject AccessPolicy policy;
  @Inject ProcedureService procedures;
  @Inject DocumentRepository documents;
  @Inject AccountRepository accounts;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject PdfDocuments pdfs;

  @Override
  public DocumentService.Download history(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "procedure.history");
    AuthenticatedUser user = policy.requireAuthenticated();
    List<ProcedureService.ProcedureView> all = procedures.list(personId);
    ResourceBundle bundle = ResourceBundle.getBundle("fr.relais.i18n.messages", Locale.FRENCH);
    Map<UUID, String> files = new LinkedHashMap<>();
    Map<String, byte[]> contents = new LinkedHashMap<>();
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.DOCUMENTS);
    List<Section> sections = new ArrayList<>();
    for (ProcedureService.ProcedureView p : all) {
      List<Line> lines = new ArrayList<>();
      lines.add(
          new Line(
              "Statut",
              label(bundle, "procedureStatus.", p.status()) + ", le " + day(p.statusOn())));
      lines.add(new Line("Canal", label(bundle, "filingChannel.", p.channel())));
      lines.add(new Line("Référence de l'administration", p.administrationReference()));
      lines.add(new Line("Fondement juridique", p.legalGround()));
      lines.add(new Line("Déposée le", p.filedOn() == null ? null : day(p.filedOn())));
      lines.add(new Line("Responsable", p.responsible()));
      if (p.frozen()) {
        lines.add(new Line("Gelée pour revue", p.frozenReason()));
      }
      for (ProcedureService.EventView e : p.events()) {
        StringBuilder v = new StringBuilder(label(bundle, "procedureEvent.", e.kind()));
        if (e.status() != null) {
          v.append(" — ").append(label(bundle, "procedureStatus.", e.status()));
        }
        if (e.detail() != null && e.messageId() == null) {
          v.append(" : ").append(e.detail());
        }
        for (String id : e.versionIds()) {
          UUID version = UUID.fromString(id);
          String name = files.get(version);
          if (name == null) {
            DocumentVersion dv = documents.version(version).orElse(null);
            if (dv != null && policy.sealed().canOpenItem(user, person, dv.classified())) {
              DocumentContent c = documents.content(version).orElse(null);
              if (c != null) {
                name =
                    String.format(
                        "pieces/%02d-%s-v%d.%s",
                        files.size() + 1,
                        dv.type().name().toLowerCase(Locale.ROOT),
                        dv.version(),
                        extension(dv.mediaType()));
                contents.put(name, SealedDocuments.content(reading, dv, c));
              }
            }
            files.put(version, name == null ? DocumentLabels.masked() : name);
            name = files.get(version);
          }
          v.append(" [").append(name).append("]");
        }
        if (e.actor() != null) {
          v.append(" — ").append(e.actor());
        }
        lines.add(
            new Line(
                "#" + e.seq() + " " + STAMP.format(e.at().atZone(TimeSource.DEFAULT_ZONE)),
                v.toString()));
      }
      for (ProcedureService.RequestView r : p.requests()) {
        lines.add(
            new Line(
                "Demande de pièces du " + day(r.requestedOn()),
                "échéance "
                    + day(r.dueOn())
                    + (r.overdue() ? " (en retard)" : "")
                    + ", "
                    + label(bundle, "request.status.", r.status())
                    + (r.description() == null ? "" : " — " + r.description())));
      }
      for (ProcedureService.AttestationView a : p.attestations()) {
        lines.add(
            new Line(
                label(bundle, "attestation.", a.kind()) + " du " + day(a.issuedOn()),
                (a.validUntil() == null ? "" : "valable jusqu'au " + day(a.validUntil()) + ", ")
                    + (a.permitType() == null ? "" : a.permitType() + ", ")
                    + (a.cesedaArticle() == null ? "" : a.cesedaArticle() + ", ")
                    + (a.allowsWork() ? "autorise le travail" : "n'autorise pas le travail")
                    + (a.superseded() ? " (remplacée)" : "")));
      }
      sections.add(new Section(p.typeLabel(), lines));
    }
    if (sections.isEmpty()) {
      sections.add(new Section("Démarches", List.of(new Line("Aucune démarche", null))));
    }
    Instant now = clock.now();
    String issuer = accounts.find(user.accountId()).map(a -> a.displayName()).orElse("un membre");
    byte[] pdf = pdfs.fileSummary(TITLE, person.displayName(), issuer, now, sections);
    byte[] zip = zip(pdf, contents);
    reading.done();
    journal.record(
        user.journal()
            .about(person)
            .success(
                "procedure.history",
                all.size() + " procedure(s), " + contents.size() + " file(s)"));
    return new DocumentService.Download(
        "demarches-" + LocalDate.ofInstant(now, TimeSource.DEFAULT_ZONE) + ".zip",
        "application/zip",
        zip,
        Sha256.hex(zip));
  }

  private static byte[] zip(byte[] pdf, Map<String, byte[]> contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("historique.pdf"));
      z.write(pdf);
      z.closeEntry();
      for (Map.Entry<String, byte[]> e : contents.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String extension(String mediaType) {
    return switch (mediaType) {
      case "image/jpeg" -> "jpg";
      case "image/png" -> "png";
      default -> "pdf";
    };
  }

  private static String day(LocalDate d) {
    return d == null ? null : DATE.format(d);
  }

  private static String label(ResourceBundle bundle, String prefix, String code) {
    try {
      return bundle.getString(prefix + code);
    } catch (MissingResourceException e) {
      return code;
    }
  }
}
