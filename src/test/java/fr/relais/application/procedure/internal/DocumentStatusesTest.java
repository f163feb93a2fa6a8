package fr.relais.application.procedure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.relais.application.procedure.ProcedureService.DocumentStatusView;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentType;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.FilingChannel;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.shared.TimeSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where each document asked for stands on a procedure: requested, provided, sent. */
class DocumentStatusesTest {

  private static final UUID ME = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final ZoneId PARIS = TimeSource.DEFAULT_ZONE;

  private static Instant on(LocalDate day) {
    return day.atTime(10, 0).atZone(PARIS).toInstant();
  }

  private static DocumentVersion version(UUID person, DocumentType type, LocalDate day) {
    return new DocumentVersion(
        UUID.randomUUID(),
        new DocumentId(UUID.randomUUID()),
        1,
        person,
        type,
        false,
        type.name(),
        "application/pdf",
        10,
        "00",
        ME,
        on(day));
  }

  private static Map<String, String> statuses(List<DocumentStatusView> views) {
    Map<String, String> out = new TreeMap<>();
    views.forEach(v -> out.put(v.type(), v.status()));
    return out;
  }

  @Test
  void requestedUntilInHerFileProvidedUntilSentAndLeftOutOfHerOwnViewWhenClassified() {
    UUID person = UUID.randomUUID();
    Procedure p =
        new Procedure(
            person,
            UUID.randomUUID(),
            "DUPLICATA",
            null,
            FilingChannel.ANEF,
            null,
            null,
            ME,
            ME,
            DAY.minusDays(10),
            on(DAY.minusDays(10)));
    DocumentVersion oldPhoto = version(person, DocumentType.PHOTO, DAY.minusDays(5));
    ProcedureEvent filed =
        p.file(DAY.minusDays(4), null, "AN-1", null, List.of(), ME, on(DAY.minusDays(4)));
    DocumentRequest asked =
        new DocumentRequest(
            p,
            DAY,
            null,
            DocumentRequest.Source.MEMBER,
            null,
            null,
            List.of(DocumentType.PHOTO, DocumentType.PAYSLIP, DocumentType.PROTECTION_ORDER),
            ME,
            on(DAY));

    // An older photo is not what was asked for: requested.
    assertEquals(
        Map.of("PAYSLIP", "REQUESTED", "PHOTO", "REQUESTED", "PROTECTION_ORDER", "REQUESTED"),
        statuses(
            ProcedureViews.documentStatuses(
                List.of(asked), List.of(filed), List.of(oldPhoto), false)));

    DocumentVersion photo = version(person, DocumentType.PHOTO, DAY.plusDays(1));
    DocumentVersion order = version(person, DocumentType.PROTECTION_ORDER, DAY.plusDays(1));
    List<DocumentVersion> hers = List.of(oldPhoto, photo, order);
    assertEquals(
        Map.of("PAYSLIP", "REQUESTED", "PHOTO", "PROVIDED", "PROTECTION_ORDER", "PROVIDED"),
        statuses(ProcedureViews.documentStatuses(List.of(asked), List.of(filed), hers, false)));

    ProcedureEvent completed =
        p.send(
            ProcedureEvent.Kind.COMPLETED,
            null,
            null,
            List.of(photo.id(), order.id()),
            ME,
            on(DAY.plusDays(2)));
    List<DocumentStatusView> sent =
        ProcedureViews.documentStatuses(List.of(asked), List.of(filed, completed), hers, false);
    assertEquals(
        Map.of("PAYSLIP", "REQUESTED", "PHOTO", "SENT", "PROTECTION_ORDER", "SENT"),
        statuses(sent));
    DocumentStatusView sentPhoto =
        sent.stream().filter(v -> v.type().equals("PHOTO")).findFirst().orElseThrow();
    assertEquals(photo.id().toString(), sentPhoto.versionId());
    assertEquals(DAY.plusDays(2), sentPhoto.on());
    assertEquals(DAY, sentPhoto.requestedOn());

    // F1: in her own space, a document classified by nature is not told of.
    assertEquals(
        Map.of("PAYSLIP", "REQUESTED", "PHOTO", "SENT"),
        statuses(
            ProcedureViews.documentStatuses(
                List.of(asked), List.of(filed, completed), hers, true)));

    // Asked for again after it was sent: requested again.
    DocumentRequest again =
        new DocumentRequest(
            p,
            DAY.plusDays(5),
            null,
            DocumentRequest.Source.MEMBER,
            null,
            null,
            List.of(DocumentType.PHOTO),
            ME,
            on(DAY.plusDays(5)));
    assertEquals(
        "REQUESTED",
        statuses(
                ProcedureViews.documentStatuses(
                    List.of(asked, again), List.of(filed, completed), hers, false))
            .get("PHOTO"));
  }
}
