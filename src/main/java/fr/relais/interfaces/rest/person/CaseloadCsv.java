package fr.relais.interfaces.rest.person;

import fr.relais.application.DocumentLabels;
import fr.relais.application.person.PersonService;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.structure.StructureId;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A caseload export as CSV (F4), for a spreadsheet opened in France: UTF-8 with its byte-order
 * mark, semicolons, French headers, « masqué » where a value is sealed. A column per part of her
 * contact ({@link ContactPart}), under its label. A cell that a spreadsheet would read as a formula
 * is prefixed with an apostrophe. Sent as an attachment, never rendered.
 */
final class CaseloadCsv {

  static final String MASKED = DocumentLabels.masked();

  private static final String[] HEADER = header();

  private CaseloadCsv() {}

  static Response response(PersonService persons, StructureId structureId) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter csv =
        new CSVPrinter(
            new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get())) {
      persons.exportCaseload(structureId, row -> csv.printRecord(cells(row)));
    }
    return Response.ok(bytes.toByteArray(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"portefeuille.csv\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static List<String> cells(PersonService.ExportRow r) {
    List<String> out = new ArrayList<>();
    out.add(r.id());
    out.add(safe(r.lastName()));
    out.add(safe(r.firstNames()));
    out.add(r.restricted() ? MASKED : r.birthDate() == null ? "" : r.birthDate().toString());
    out.add(r.restricted() ? MASKED : safe(r.nationality()));
    out.add(r.restricted() ? MASKED : safe(r.foreignNationalNumber()));
    out.add(r.restricted() ? MASKED : yesNo(r.aseMinor()));
    out.add(yesNo(r.protectedPerson()));
    PersonService.Contact c = r.contact();
    for (ContactPart p : ContactPart.channels()) {
      out.add(r.contactMasked() ? MASKED : safe(c.part(p)));
    }
    Boolean domiciled = c.domiciledAtStructure();
    out.add(r.restricted() ? MASKED : domiciled == null ? "" : yesNo(domiciled));
    for (ContactPart p : ContactPart.places()) {
      out.add(r.contactMasked() ? MASKED : safe(c.part(p)));
    }
    out.add(safe(String.join(", ", r.followers())));
    return out;
  }

  /** Her identity's columns, then her contact's in the catalogue's order, then her followers. */
  private static String[] header() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "Identifiant",
                "Nom",
                "Prénoms",
                "Date de naissance",
                "Nationalité",
                "N° étranger",
                "Mineur ASE",
                "Personne protégée"));
    ContactPart.channels().forEach(p -> h.add(DocumentLabels.french(p.labelKey())));
    h.add(DocumentLabels.french("field.domiciledAtStructure"));
    ContactPart.places().forEach(p -> h.add(DocumentLabels.french(p.labelKey())));
    h.add("Suivie par");
    return h.toArray(String[]::new);
  }

  private static String yesNo(boolean b) {
    return b ? "oui" : "non";
  }

  /** CSV injection: a cell a spreadsheet would evaluate starts with an apostrophe instead. */
  static String safe(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
