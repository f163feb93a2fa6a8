package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Reminders;
import fr.relais.it.support.TestClock;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A simulated year of the one deadline engine (C5, C6, B1): a structure following 10,000 people,
 * each with a permit whose renewal window closes during the year (half of them not filed online), a
 * procedure with an open request for documents, an ADP and a mandate, their dates spread over the
 * year. The shared clock moves one day at a time and the engine sweeps each day; then every step of
 * every deadline must have fired once, on its own day — before the deadline lapsed for the steps
 * that come before it — and each member must hold each reminder once, with its digest item (they
 * chose the daily digest: 10,000 files are not read one mail at a time). The test prints the
 * counts.
 */
@org.junit.jupiter.api.parallel.Isolated("moves the shared clock day by day and runs the sweep")
class SimulatedYearIT extends RelaisIT {

  private static final int PEOPLE = 10_000;
  private static final int DAYS = 365;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  /** Each seeded deadline: its kind, its due date. */
  private record Due(String kind, LocalDate dueOn) {}

  /** kind → step → days before the due date, and who hears of it (worker, administrator). */
  private static final Map<String, Object[][]> STEPS =
      Map.of(
          "RENEWAL_WINDOW",
          new Object[][] {
            {"OPENS", 60, "RENEWAL_WINDOW_OPENS", true, false},
            {"CLOSING", 14, "RENEWAL_WINDOW_CLOSING", true, false},
            {"LATE", -1, "RENEWAL_LATE", true, true}
          },
          "DOCUMENT_REQUEST",
          new Object[][] {
            {"D10", 10, "DOCUMENTS_DUE_10", true, false},
            {"D3", 3, "DOCUMENTS_DUE_3", true, false},
            {"D1", 1, "DOCUMENTS_DUE_1", false, true},
            {"OVERDUE", 0, "DOCUMENTS_OVERDUE", true, true}
          },
          "ADP",
          new Object[][] {
            {"D30", 30, "ADP_LAPSING_30", true, false},
            {"D7", 7, "ADP_LAPSING_7", true, false},
            {"LAPSED", -1, "ADP_LAPSED", true, true}
          },
          "MANDATE_END",
          new Object[][] {{"D30", 30, "MANDATE_ENDING", true, false}});

  @Test
  void everyDeadlineOfTheYearRemindedOnItsDayOnce() throws Exception {
    UUID structure = UUID.randomUUID();
    UUID worker = UUID.randomUUID();
    UUID admin = UUID.randomUUID();
    String workerLogin = "ts.annee." + structure.toString().substring(0, 8);
    Map<UUID, Due> deadlines = new HashMap<>();
    Instant seedStart = Instant.now();
    seed(structure, worker, admin, workerLogin, deadlines);
    System.out.printf(
        "simulated year: seeded %,d people, %,d deadlines in %d s%n",
        PEOPLE, deadlines.size(), Duration.between(seedStart, Instant.now()).toSeconds());

    Map<String, Long> expected = new TreeMap<>();
    for (Due d : deadlines.values()) {
      for (Object[] s : STEPS.get(d.kind())) {
        expected.merge(d.kind() + "." + s[0], 1L, Long::sum);
      }
    }

    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofHours(1));
    Instant loopStart = Instant.now();
    long fired = 0;
    long sweeping = 0;
    // Noon of the day the deadlines were seeded for: the real clock may pass midnight while the
    // year is simulated, the simulated days stay whole.
    java.time.ZonedDateTime start = TODAY.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Paris"));
    try {
      for (int day = 1; day <= DAYS; day++) {
        // Calendar days at the same local time (a day of 23 or 25 hours when the clocks change),
        // the offset taken from the real time of each step.
        TestClock.shiftSeconds(
            token, Duration.between(Instant.now(), start.plusDays(day).toInstant()).toSeconds());
        long t0 = System.nanoTime();
        // Waits out the timed sweep if it holds the job at that moment (Reminders.sweep).
        Map<String, Object> sweep = Reminders.sweep(token);
        sweeping += System.nanoTime() - t0;
        assertEquals(true, sweep.get("ran"), "day " + day + ": the sweep ran");
        assertEquals(
            start.toLocalDate().plusDays(day).toString(), sweep.get("to"), "swept up to the day");
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) sweep.get("fired");
        for (Object n : counts.values()) {
          fired += ((Number) n).longValue();
        }
      }
    } finally {
      TestClock.shiftSeconds(token, 0);
    }
    System.out.printf(
        "simulated year: %d days in %d s (sweeps %d s), %,d steps fired in all%n",
        DAYS,
        Duration.between(loopStart, Instant.now()).toSeconds(),
        sweeping / 1_000_000_000L,
        fired);

    try (Connection c = TestEnvironment.privilegedConnection()) {
      // Every step of every deadline, once, on its own day.
      Map<String, Long> actual = new TreeMap<>();
      int late = 0;
      int early = 0;
      int unknown = 0;
      try (PreparedStatement ps =
          c.prepareStatement(
              "select s.kind, s.step, s.subject_id, s.due_on, s.fired_on from deadline_step s"
                  + " join person p on p.id = s.person_id where p.structure_id = ?")) {
        ps.setObject(1, structure);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String kind = rs.getString(1);
            String step = rs.getString(2);
            Due due = deadlines.get(rs.getObject(3, UUID.class));
            LocalDate dueOn = rs.getObject(4, LocalDate.class);
            LocalDate firedOn = rs.getObject(5, LocalDate.class);
            if (due == null || !due.kind().equals(kind) || !due.dueOn().equals(dueOn)) {
              unknown++;
              continue;
            }
            actual.merge(kind + "." + step, 1L, Long::sum);
            LocalDate day = dueOn.minusDays(daysBefore(kind, step));
            if (firedOn.isAfter(day)) {
              late++;
            } else if (firedOn.isBefore(day)) {
              early++;
            }
          }
        }
      }
      System.out.println("simulated year: steps expected " + expected);
      System.out.println("simulated year: steps fired    " + actual);
      assertEquals(0, unknown, "no step for a deadline that does not exist");
      assertEquals(expected, actual, "every step of every deadline, once (nothing missed)");
      assertEquals(0, late, "no step fired after its day (before the deadline lapsed)");
      assertEquals(0, early, "no step fired before its day");

      // Each member holds each reminder once, with its digest item.
      Map<String, Long> expectedReminders = new TreeMap<>();
      for (Due d : deadlines.values()) {
        for (Object[] s : STEPS.get(d.kind())) {
          if ((Boolean) s[3]) {
            expectedReminders.merge("worker." + s[2], 1L, Long::sum);
          }
          if ((Boolean) s[4]) {
            expectedReminders.merge("admin." + s[2], 1L, Long::sum);
          }
        }
      }
      Map<String, Long> reminders = new TreeMap<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "select account_id, kind, count(*), count(distinct subject_id) from reminder"
                  + " where account_id in (?, ?) group by account_id, kind")) {
        ps.setObject(1, worker);
        ps.setObject(2, admin);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String who = worker.equals(rs.getObject(1, UUID.class)) ? "worker." : "admin.";
            assertEquals(rs.getLong(3), rs.getLong(4), "one reminder per deadline");
            reminders.put(who + rs.getString(2), rs.getLong(3));
          }
        }
      }
      System.out.println("simulated year: reminders " + reminders);
      assertEquals(expectedReminders, reminders, "each member told of each step once");
      long total = expectedReminders.values().stream().mapToLong(Long::longValue).sum();
      assertEquals(total, count(c, "notification_digest_item", worker, admin), "in the digest");
      assertEquals(0, count(c, "outbox_mail", worker, admin), "no mail each: they chose digest");

      // What the member sees: her newest reminders name the files she follows.
      WebClient me = Logins.signedIn(workerLogin);
      String mine = me.get(Ports.base() + "/api/v1/me/reminders").body();
      assertTrue(mine.contains("RENEWAL_LATE") || mine.contains("ADP_LAPSED"), mine);

      // The year's files closed: the engine leaves them alone from now on.
      try (PreparedStatement ps =
          c.prepareStatement("update person set closed_at = ? where structure_id = ?")) {
        ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
        ps.setObject(2, structure);
        ps.executeUpdate();
      }
    }
  }

  private static int daysBefore(String kind, String step) {
    for (Object[] s : STEPS.get(kind)) {
      if (s[0].equals(step)) {
        return (Integer) s[1];
      }
    }
    throw new AssertionError(kind + "." + step);
  }

  private static long count(Connection c, String table, UUID a, UUID b) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement("select count(*) from " + table + " where account_id in (?, ?)")) {
      ps.setObject(1, a);
      ps.setObject(2, b);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The structure, its administrator and its social worker (at the staff provider, who follows
   * everyone and chose the digest), and 10,000 people with their permit, procedure, request, ADP
   * and mandate: every step of every deadline falls within the year.
   */
  private static void seed(
      UUID structure, UUID worker, UUID admin, String workerLogin, Map<UUID, Due> deadlines)
      throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = TestEnvironment.privilegedConnection()) {
      c.setAutoCommit(false);
      String issuer;
      try (PreparedStatement ps =
              c.prepareStatement("select issuer from account where subject = 'ts1.ccas'");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        issuer = rs.getString(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into structure (id, name, type, created_at, accreditation_status,"
                  + " accredited_departments, accredited_from, accredited_until, departments,"
                  + " version) values (?, ?, 'CCAS', ?, 'ACCREDITED', '75', ?, ?, '75', 0)")) {
        ps.setObject(1, structure);
        ps.setString(2, "CCAS de l'année simulée " + structure.toString().substring(0, 8));
        ps.setObject(3, now);
        ps.setObject(4, TODAY.minusYears(1));
        ps.setObject(5, TODAY.plusYears(3));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into account (id, issuer, subject, display_name, role, structure_id,"
                  + " locale, active, created_at, version, email) values (?, ?, ?, ?, ?, ?,"
                  + " 'fr', true, ?, 0, ?)")) {
        Object[][] members = {
          {admin, "admin.annee." + structure.toString().substring(0, 8), "STRUCTURE_ADMINISTRATOR"},
          {worker, workerLogin, "SOCIAL_WORKER"}
        };
        for (Object[] m : members) {
          ps.setObject(1, m[0]);
          ps.setString(2, issuer);
          ps.setString(3, (String) m[1]);
          ps.setString(4, "Membre " + m[1]);
          ps.setString(5, (String) m[2]);
          ps.setObject(6, structure);
          ps.setObject(7, now);
          ps.setString(8, m[1] + "@ccas-annee.example");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into notification_preference (account_id, event_kind, mode)"
                  + " values (?, ?, 'DIGEST')")) {
        for (UUID m : new UUID[] {worker, admin}) {
          for (String kind :
              new String[] {
                "RENEWAL_WINDOW", "DOCUMENTS_DUE", "ATTESTATION_LAPSING", "MANDATE_ENDING"
              }) {
            ps.setObject(1, m);
            ps.setString(2, kind);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      List<UUID> people = new ArrayList<>();
      batch(
          c,
          "insert into person (id, structure_id, last_name, first_names, birth_date, sort_key,"
              + " ase_minor, protected, created_at, version) values (?, ?, ?, ?, ?, ?, false,"
              + " false, ?, 0)",
          i -> {
            UUID id = UUID.randomUUID();
            people.add(id);
            String last = "Annee" + String.format("%05d", i);
            return new Object[] {
              id, structure, last, "Personne", TODAY.minusYears(20 + i % 40), last, now
            };
          });
      batch(
          c,
          "insert into caseload_assignment (person_id, account_id, assigned_at, assigned_by)"
              + " values (?, ?, ?, ?)",
          i -> new Object[] {people.get(i), worker, now, admin});
      // The renewal window closes between day 61 and day 360: it opens (60 days before) and
      // closes within the year, and is late the day after.
      batch(
          c,
          "insert into residence_permit (id, person_id, structure_id, permit_type, expires_on,"
              + " window_opens_on, window_closes_on, filed_online, recorded_at)"
              + " values (?, ?, ?, 'Carte de séjour temporaire', ?, ?, ?, ?, ?)",
          i -> {
            UUID id = UUID.randomUUID();
            LocalDate closes = TODAY.plusDays(61 + (i * 7L) % 300);
            deadlines.put(id, new Due("RENEWAL_WINDOW", closes));
            return new Object[] {
              id,
              people.get(i),
              structure,
              closes.plusDays(60),
              closes.minusDays(60),
              closes,
              i % 2 == 0,
              now
            };
          });
      List<UUID> procedures = new ArrayList<>();
      batch(
          c,
          "insert into person_procedure (id, person_id, structure_id, type_code, channel,"
              + " responsible_id, status, status_on, filed_on, event_count, next_due_on,"
              + " created_by, created_at, version) values (?, ?, ?, 'DUPLICATA', 'ANEF', ?,"
              + " 'DOCUMENTS_REQUESTED', ?, ?, 1, ?, ?, ?, 0)",
          i -> {
            UUID id = UUID.randomUUID();
            procedures.add(id);
            return new Object[] {
              id,
              people.get(i),
              structure,
              worker,
              TODAY.minusDays(400),
              TODAY.minusDays(400),
              TODAY.plusDays(11),
              worker,
              now
            };
          });
      batch(
          c,
          "insert into document_request (id, procedure_id, person_id, structure_id,"
              + " requested_on, due_on, source, status, created_at, version)"
              + " values (?, ?, ?, ?, ?, ?, 'MEMBER', 'OPEN', ?, 0)",
          i -> {
            UUID id = UUID.randomUUID();
            LocalDate due = TODAY.plusDays(11 + (i * 13L) % 350);
            deadlines.put(id, new Due("DOCUMENT_REQUEST", due));
            return new Object[] {id, procedures.get(i), people.get(i), structure, TODAY, due, now};
          });
      batch(
          c,
          "insert into attestation (id, procedure_id, person_id, structure_id, kind, issued_on,"
              + " valid_until, allows_work, recorded_at) values (?, ?, ?, ?, 'ADP', ?, ?, true, ?)",
          i -> {
            UUID id = UUID.randomUUID();
            LocalDate until = TODAY.plusDays(31 + (i * 17L) % 330);
            deadlines.put(id, new Due("ADP", until));
            return new Object[] {
              id, procedures.get(i), people.get(i), structure, TODAY.minusDays(90), until, now
            };
          });
      batch(
          c,
          "insert into mandate (id, person_id, structure_id, legal_basis, starts_on, ends_on,"
              + " status, verification_code, created_at, created_by, version)"
              + " values (?, ?, ?, 'CONSENT', ?, ?, 'ACTIVE', ?, ?, ?, 0)",
          i -> {
            UUID id = UUID.randomUUID();
            LocalDate ends = TODAY.plusDays(31 + (i * 19L) % 330);
            deadlines.put(id, new Due("MANDATE_END", ends));
            return new Object[] {
              id,
              people.get(i),
              structure,
              TODAY.minusDays(30),
              ends,
              "AN" + id.toString().replace("-", "").substring(0, 16).toUpperCase(),
              now,
              worker
            };
          });
      c.commit();
    }
  }

  private interface Row {
    Object[] of(int i);
  }

  private static void batch(Connection c, String sql, Row row) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < PEOPLE; i++) {
        Object[] values = row.of(i);
        for (int k = 0; k < values.length; k++) {
          ps.setObject(k + 1, values[k]);
        }
        ps.addBatch();
        if (i % 1000 == 999) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
