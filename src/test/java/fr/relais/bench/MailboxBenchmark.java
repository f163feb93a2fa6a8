package fr.relais.bench;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.relais.infrastructure.mail.MimeParser;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.WebClient;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * The structure's mailbox on one server over PostgreSQL (docs/benchmarks.md):
 *
 * <ol>
 *   <li><b>Ingestion.</b> {@code bench.mail.messages} (10,000) messages, a third of them with a PDF
 *       of 100 KB to 2 MB, wait in the catch-all IMAP mailbox (GreenMail, in this JVM) while the
 *       benchmark holds the reader's lease; they are first fetched whole by a plain Jakarta Mail
 *       client the way Relais's gateway fetches them (message by message, flags then body), with
 *       nothing filed, then fetched and parsed, still with nothing filed; then the lease is let go
 *       and Relais files them all (parsing, routing, attachments checked and stored, urgency,
 *       journal entry, notifications into the outbox, moved to the processed folder). Messages per
 *       second of each, and filing against the plain fetch.
 *   <li><b>Lists.</b> The structure then holds 100,000 filed messages (topped up with {@code
 *       generate_series}), 20,000 of them in one person's record: from one client, interleaved
 *       request by request, the authenticated trivial endpoint, the inbox's first page and page
 *       190, the person's messages first page and page 190 (keyset cursors taken by walking the
 *       pages).
 * </ol>
 *
 * Each measurement {@code bench.runs} times (3), the median reported. Run by {@code
 * bench/mailbox.sh}; results in {@code target/bench/mailbox.txt}.
 */
public final class MailboxBenchmark {

  private static final int MESSAGES = Integer.getInteger("bench.mail.messages", 10_000);
  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 90);
  private static final int LIST_MESSAGES = 100_000;
  private static final int HEAVY_PERSON_MESSAGES = 20_000;
  private static final int PEOPLE = 20;

  private static final int IMAP = 38143;
  private static final int SMTP = 38025;
  private static final String DOMAIN = "relais.bench";
  private static final String MAILBOX = "boite@" + DOMAIN;
  private static final String PASSWORD = "boite-bench";
  private static final String PROCESSED = "Relais-traites";

  private MailboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
              new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            });
    mail.start();
    GreenMailUser user = mail.setUser(MAILBOX, MAILBOX, PASSWORD);
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("RELAIS_MAIL_DOMAIN", DOMAIN),
            Map.entry("RELAIS_MAIL_ADDRESS_FORM", "plus"),
            Map.entry("RELAIS_MAIL_INBOUND_HOST", "127.0.0.1"),
            Map.entry("RELAIS_MAIL_INBOUND_PORT", Integer.toString(IMAP)),
            Map.entry("RELAIS_MAIL_INBOUND_TLS", "false"),
            Map.entry("RELAIS_MAIL_INBOUND_USER", MAILBOX),
            Map.entry("RELAIS_MAIL_INBOUND_PASSWORD", PASSWORD),
            Map.entry("RELAIS_MAIL_INBOUND_POLL_SECONDS", "1"),
            Map.entry("RELAIS_SMTP_HOST", "127.0.0.1"),
            Map.entry("RELAIS_SMTP_PORT", Integer.toString(SMTP)),
            Map.entry("RELAIS_OUTBOX_INTERVAL_SECONDS", "1"));
    try (BenchServer s = BenchServer.start(env)) {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "PostgreSQL 15, one WildFly, GreenMail IMAP on loopback; %d runs, median reported%n%n",
              RUNS));
      WebClient worker = s.signIn("ts1.ccas"); // a social worker, who follows whom she records
      String ccas =
          (String)
              BenchServer.json(worker.get(BenchServer.base() + "/api/v1/me")).get("structureId");
      List<String[]> people = new ArrayList<>(); // id, address
      for (int i = 0; i < PEOPLE; i++) {
        people.add(newPerson(worker, ccas, i));
      }
      if (MESSAGES > 0) { // BENCH_MESSAGES=0: the lists only
        out.append(ingestion(s, mail, user, people)).append('\n');
      }
      out.append(lists(s, worker, ccas, people.get(0)[0]));
      System.out.println(out);
      BenchServer.write("mailbox.txt", out.toString());
    } finally {
      mail.stop();
    }
  }

  // ---------------------------------------------------------------- ingestion

  private static String ingestion(
      BenchServer s, GreenMail mail, GreenMailUser user, List<String[]> people) throws Exception {
    MailFolder inbox = mail.getManagers().getImapHostManager().getInbox(user);
    double[] fetch = new double[RUNS];
    double[] parse = new double[RUNS];
    double[] filing = new double[RUNS];
    long bytes = 0;
    int withPdf = 0;
    for (int run = 0; run < RUNS; run++) {
      holdLease(s);
      Batch batch = load(inbox, people, run);
      bytes = batch.bytes;
      withPdf = batch.withPdf;
      fetch[run] = MESSAGES / fetchAll(false);
      parse[run] = MESSAGES / fetchAll(true);
      long before = count(s, "select count(*) from inbound_message");
      long t0 = System.nanoTime();
      releaseLease(s);
      long deadline = t0 + Duration.ofMinutes(60).toNanos();
      while (count(s, "select count(*) from inbound_message") < before + MESSAGES
          || inbox.getMessageCount() > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("not filed within an hour");
        }
        Thread.sleep(200);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      filing[run] = MESSAGES / seconds;
      check(s, run, batch.withPdf);
      System.out.printf(
          "run %d: fetch %.0f msg/s, fetch+parse %.0f msg/s, filing %.1f msg/s (%.0f s)%n",
          run + 1, fetch[run], parse[run], filing[run], seconds);
      processed(mail, user).deleteAllMessages(); // frees the server's memory for the next run
    }
    double f = BenchServer.median(fetch);
    double p = BenchServer.median(parse);
    double r = BenchServer.median(filing);
    double[] ratios = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      ratios[i] = fetch[i] / filing[i];
    }
    return String.format(
        "ingestion of %,d messages (%,d with a PDF of 100 KB to 2 MB; %.2f GB as stored)%n"
            + "plain IMAP fetch, nothing filed      %8.1f msg/s   runs %s%n"
            + "fetch and parse, nothing filed       %8.1f msg/s   runs %s%n"
            + "filed by Relais                      %8.1f msg/s   runs %s%n"
            + "filing time / plain fetch time: %.2f (median of runs), ratio of medians %.2f%n"
            + "every run: each message filed exactly once, each PDF kept once%n",
        MESSAGES,
        withPdf,
        bytes / 1e9,
        f,
        rounded(fetch),
        p,
        rounded(parse),
        r,
        rounded(filing),
        BenchServer.median(ratios),
        f / r);
  }

  private record Batch(long bytes, int withPdf) {}

  /** The run's messages, straight into the catch-all mailbox. */
  private static Batch load(MailFolder inbox, List<String[]> people, int run) throws Exception {
    Random random = new Random(42 + run);
    Session session = Session.getInstance(new Properties());
    long bytes = 0;
    int withPdf = 0;
    String[] subjects = {
      "Demande de pièces complémentaires",
      "Accusé de réception de votre demande",
      "Convocation à un rendez-vous en préfecture",
      "Votre titre de séjour est disponible",
      "Information sur votre dossier",
    };
    String[] bodies = {
      "Madame, Monsieur, afin de compléter votre demande, merci de déposer les pièces"
          + " complémentaires suivantes dans un délai de 15 jours : avis d'imposition, justificatif"
          + " de domicile.",
      "Votre demande a bien été enregistrée. Vous trouverez ci-joint l'attestation de dépôt.",
      "Vous êtes convoqué(e) le 12/03/2027 à 9h30 au guichet des étrangers, muni(e) de votre"
          + " passeport.",
      "Votre titre est disponible au retrait. Présentez-vous avec cette convocation.",
      "Nous vous informons que l'instruction de votre dossier se poursuit.",
    };
    for (int i = 0; i < MESSAGES; i++) {
      String to = people.get(i % people.size())[1];
      int k = random.nextInt(subjects.length);
      String id = "bench-" + run + "-" + i + "@anef.interieur.gouv.fr";
      String raw;
      if (i % 3 == 0) {
        int size = 100 * 1024 + random.nextInt(1900 * 1024 + 1);
        byte[] pdf = new byte[size];
        random.nextBytes(pdf);
        byte[] head = MailTraffic.pdf("piece " + i);
        System.arraycopy(head, 0, pdf, 0, Math.min(head.length, 20));
        raw =
            MailTraffic.withAttachment(
                id,
                to,
                subjects[k] + " n° " + i,
                bodies[k],
                "piece-" + i + ".pdf",
                "application/pdf",
                pdf);
        withPdf++;
      } else {
        raw = MailTraffic.message(id, to, subjects[k] + " n° " + i, bodies[k]);
      }
      byte[] b = raw.getBytes(StandardCharsets.UTF_8);
      bytes += b.length;
      inbox.store(new MimeMessage(session, new ByteArrayInputStream(b)));
    }
    return new Batch(bytes, withPdf);
  }

  /**
   * Seconds to fetch every waiting message whole, as the gateway does: message by message, its
   * flags then its whole content; with {@code parse}, each then parsed by Relais's MIME parser.
   * Nothing is filed or moved.
   */
  private static double fetchAll(boolean parse) throws Exception {
    Properties p = new Properties();
    p.setProperty("mail.imap.partialfetch", "false");
    Store store = Session.getInstance(p).getStore("imap");
    MimeParser parser = new MimeParser(32L * 1024 * 1024);
    long t0 = System.nanoTime();
    store.connect("127.0.0.1", IMAP, MAILBOX, PASSWORD);
    Folder folder = store.getFolder("INBOX");
    folder.open(Folder.READ_ONLY);
    int n = folder.getMessageCount();
    if (n != MESSAGES) {
      throw new IllegalStateException(n + " messages waiting, not " + MESSAGES);
    }
    long total = 0;
    for (int i = 1; i <= n; i++) {
      Message m = folder.getMessage(i);
      if (m.isSet(Flags.Flag.DELETED)) {
        continue;
      }
      ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(m.getSize(), 1024));
      m.writeTo(raw);
      total += raw.size();
      if (parse) {
        parser.parse(raw.toByteArray());
      }
    }
    folder.close(false);
    store.close();
    if (total == 0) {
      throw new IllegalStateException("nothing fetched");
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Every message of the run filed once, in a person's record, each PDF kept once. */
  private static void check(BenchServer s, int run, int withPdf) throws Exception {
    String prefix = "mid:<bench-" + run + "-%"; // the key of a message with a Message-ID
    long filed =
        count(
            s,
            "select count(*) from inbound_message where status = 'FILED' and message_key like '"
                + prefix
                + "'");
    long distinct =
        count(
            s,
            "select count(distinct message_key) from inbound_message where message_key like '"
                + prefix
                + "'");
    long kept =
        count(
            s,
            "select count(*) from message_attachment a join inbound_message m on m.id = a.message_id"
                + " where a.status = 'KEPT' and m.message_key like '"
                + prefix
                + "'");
    if (filed != MESSAGES || distinct != MESSAGES || kept != withPdf) {
      throw new IllegalStateException(
          "run " + run + ": " + filed + " filed, " + distinct + " distinct, " + kept + " kept");
    }
  }

  private static MailFolder processed(GreenMail mail, GreenMailUser user) throws Exception {
    for (String name : List.of(PROCESSED, "INBOX." + PROCESSED)) {
      MailFolder f = mail.getManagers().getImapHostManager().getFolder(user, name);
      if (f != null) {
        return f;
      }
    }
    throw new IllegalStateException("no processed folder");
  }

  /**
   * Takes the reader's lease from Relais, as another node holding it would: Relais's reader finds
   * it taken and waits, and the messages can be put in place without being filed yet.
   */
  private static void holdLease(BenchServer s) throws Exception {
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update worker_lease set holder = 'benchmark', expires_at = now() + interval '1 day'"
              + " where name = 'mail-inbound'");
    }
    Thread.sleep(5_000); // a pass under way ends
  }

  private static void releaseLease(BenchServer s) throws Exception {
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update worker_lease set holder = null, expires_at = null where name = 'mail-inbound'");
    }
  }

  // ---------------------------------------------------------------- lists

  private static String lists(BenchServer s, WebClient worker, String ccas, String heavy)
      throws Exception {
    topUp(s, heavy);
    String inbox = BenchServer.base() + "/api/v1/structures/" + ccas + "/inbox?limit=50";
    String person = BenchServer.base() + "/api/v1/persons/" + heavy + "/messages?limit=50";
    String[][] targets = {
      {"trivial GET /api/v1/me", BenchServer.base() + "/api/v1/me"},
      {"inbox, first page", inbox},
      {"inbox, page 190", inbox + "&after=" + BenchServer.cursorAt(worker, inbox, 190)},
      {"person's messages, first page", person},
      {
        "person's messages, page 190",
        person + "&after=" + BenchServer.cursorAt(worker, person, 190)
      },
    };
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String cookie = BenchServer.cookie(worker);
    long warmUntil = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
    while (System.nanoTime() < warmUntil) {
      BenchServer.measure(client, cookie, targets, 20);
    }
    double[][][] runs = new double[RUNS][][];
    for (int run = 0; run < RUNS; run++) {
      runs[run] = BenchServer.measure(client, cookie, targets, SAMPLES);
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "lists: %,d filed messages in the structure, %,d in one person's record;"
                + " %d interleaved rounds per run%n",
            count(s, "select count(*) from inbound_message where status = 'FILED'"),
            count(
                s,
                "select count(*) from inbound_message where status = 'FILED' and person_id = '"
                    + heavy
                    + "'"),
            SAMPLES));
    double[][] p = new double[targets.length][2];
    for (int i = 0; i < targets.length; i++) {
      p[i][0] = BenchServer.medianOf(runs, i, 50);
      p[i][1] = BenchServer.medianOf(runs, i, 99);
      out.append(
          String.format("%-32s p50 %6.2f ms   p99 %6.2f ms%n", targets[i][0], p[i][0], p[i][1]));
    }
    out.append(
        String.format(
            "inbox first page / trivial: p50 %.2f; page 190 / first: p50 %.2f, p99 %.2f%n",
            p[1][0] / p[0][0], p[2][0] / p[1][0], p[2][1] / p[1][1]));
    out.append(
        String.format(
            "person's first page / trivial: p50 %.2f; page 190 / first: p50 %.2f, p99 %.2f%n",
            p[3][0] / p[0][0], p[4][0] / p[3][0], p[4][1] / p[3][1]));
    out.append('\n').append(plan(s, heavy));
    return out.toString();
  }

  /**
   * Tops the structure up to 100,000 filed messages: 20,000 in the heavy person's record, the rest
   * spread over the others, received over the last months, each with its body.
   */
  private static void topUp(BenchServer s, String heavy) throws Exception {
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      long have = count(s, "select count(*) from inbound_message where status = 'FILED'");
      long haveHeavy =
          count(
              s,
              "select count(*) from inbound_message where status = 'FILED' and person_id = '"
                  + heavy
                  + "'");
      long heavyMore = Math.max(0, HEAVY_PERSON_MESSAGES - haveHeavy);
      long more = Math.max(0, LIST_MESSAGES - have - heavyMore);
      String insert =
          "insert into inbound_message (id, message_key, route_key, status, structure_id,"
              + " person_id, recipient, sender, subject, sent_at, received_at, size_bytes,"
              + " attachment_count, kind, urgent, due_on)"
              + " select gen_random_uuid(), 'seed-' || ? || '-' || g || '@anef.interieur.gouv.fr',"
              + " t.token, 'FILED', p.structure_id, p.id, 'x@relais.bench',"
              + " 'ne-pas-repondre@anef.interieur.gouv.fr', 'Information sur votre dossier ' || g,"
              + " now() - g * interval '7 minutes', now() - g * interval '7 minutes', 2048, 0,"
              + " 'OTHER', g % 20 = 0, case when g % 20 = 0 then current_date + (g % 30)::int end"
              + " from generate_series(1, ?) g";
      try (PreparedStatement ps =
          c.prepareStatement(
              insert
                  + ", lateral (select id, structure_id from person where id = ?::uuid) p,"
                  + " lateral (select token from person_mail_token where current_for = p.id) t")) {
        ps.setString(1, "heavy");
        ps.setLong(2, heavyMore);
        ps.setString(3, heavy);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              insert
                  + ", lateral (select array_agg(id order by id) a from person"
                  + " where structure_id = (select structure_id from person where id = ?::uuid)"
                  + " and id <> ?::uuid) others,"
                  + " lateral (select id, structure_id from person"
                  + " where id = others.a[1 + g % array_length(others.a, 1)]) p,"
                  + " lateral (select token from person_mail_token where current_for = p.id) t")) {
        ps.setString(1, "spread");
        ps.setLong(2, more);
        ps.setString(3, heavy);
        ps.setString(4, heavy);
        ps.executeUpdate();
      }
      st.executeUpdate(
          "insert into message_body (message_id, body_text)"
              + " select m.id, 'Nous vous informons que l''instruction de votre dossier se"
              + " poursuit.' from inbound_message m where m.message_key like 'seed-%'"
              + " and not exists (select 1 from message_body b where b.message_id = m.id)");
      st.execute("analyze");
    }
  }

  /** The plan and buffers of the inbox's page 190 as the social worker's query asks for it. */
  private static String plan(BenchServer s, String heavy) throws Exception {
    StringBuilder out = new StringBuilder("inbox page 190 (caseload member), row-value keyset:\n");
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      String structure;
      String at;
      String id;
      try (ResultSet rs =
          st.executeQuery(
              "select m.structure_id, m.received_at, m.id from inbound_message m"
                  + " where m.structure_id = (select structure_id from person where id = '"
                  + heavy
                  + "') and m.status = 'FILED'"
                  + " order by m.received_at desc, m.id desc offset 9449 limit 1")) {
        rs.next();
        structure = rs.getString(1);
        at = rs.getString(2);
        id = rs.getString(3);
      }
      try (ResultSet rs =
          st.executeQuery(
              "explain (analyze, buffers, costs off, timing off)"
                  + " select m.*, p.first_names, p.last_name, a2.display_name, r.message_id"
                  + " from inbound_message m join person p on p.id = m.person_id"
                  + " left join account a2 on a2.id = m.assigned_to"
                  + " left join message_read r on r.message_id = m.id and r.account_id ="
                  + " (select id from account where subject = 'ts1.ccas')"
                  + " where m.structure_id = '"
                  + structure
                  + "' and m.status = 'FILED' and exists (select 1 from caseload_assignment c,"
                  + " account a where c.person_id = m.person_id and c.account_id = a.id"
                  + " and a.subject = 'ts1.ccas') and (m.received_at, m.id) < ('"
                  + at
                  + "'::timestamptz, '"
                  + id
                  + "'::uuid) order by m.received_at desc, m.id desc limit 51")) {
        while (rs.next()) {
          out.append("  ").append(rs.getString(1)).append('\n');
        }
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- helpers

  private static String[] newPerson(WebClient worker, String structure, int i) throws Exception {
    HttpResponse<String> created =
        worker.json(
            "POST",
            BenchServer.base() + "/api/v1/structures/" + structure + "/persons",
            Map.of(
                "lastName",
                "Courrier",
                "firstNames",
                "Banc " + i,
                "birthDate",
                "1985-03-" + String.format("%02d", 1 + i % 28),
                "confirmDuplicate",
                true,
                "contact",
                Map.of("domiciledAtStructure", true)));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(created.body());
    }
    String id = (String) BenchServer.json(created).get("id");
    HttpResponse<String> a =
        worker.get(BenchServer.base() + "/api/v1/persons/" + id + "/mail-address");
    return new String[] {id, (String) BenchServer.json(a).get("address")};
  }

  private static long count(BenchServer s, String sql) throws Exception {
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String rounded(double[] v) {
    return Arrays.toString(Arrays.stream(v).mapToLong(Math::round).toArray());
  }
}
