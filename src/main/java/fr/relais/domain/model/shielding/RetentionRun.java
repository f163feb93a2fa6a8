package fr.relais.domain.model.shielding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's run of the retention job: what it erased and anonymised.
 *
 * @param day the day of the shared clock the run was for (one run per day on the whole cluster)
 * @param startedAt when it started
 * @param finishedAt when it finished; null while under way
 * @param filesErased closed files erased with everything in them
 * @param sealedDocumentsErased versions of sealed documents erased
 * @param mailErased unfiled messages erased with their attachments
 * @param journalEntriesAnonymised journal entries whose personal references were cleared
 */
public record RetentionRun(
    LocalDate day,
    Instant startedAt,
    Instant finishedAt,
    int filesErased,
    int sealedDocumentsErased,
    int mailErased,
    int journalEntriesAnonymised) {}
