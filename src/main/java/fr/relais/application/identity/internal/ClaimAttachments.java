package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.file.DocumentService.Download;
import fr.relais.application.file.internal.SealedDocuments;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.administration.TakeoverClaimRepository;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The documents of her file attached to a takeover claim as evidence (E3): chosen when the claim is
 * filed, opened by who may see the claim's evidence. Runs in the caller's transaction.
 */
@ApplicationScoped
class ClaimAttachments {

  @Inject AccessPolicy policy;
  @Inject TakeoverClaimRepository claims;
  @Inject PersonRepository people;
  @Inject DocumentRepository documents;
  @Inject SealedReads reads;
  @Inject Journal journal;

  /**
   * Versions of her file's documents (at most {@value
   * DefaultTakeoverClaimService#MAX_ATTACHMENTS}).
   */
  List<UUID> pick(Person person, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > DefaultTakeoverClaimService.MAX_ATTACHMENTS) {
      throw new InvalidInputException(
          "attachmentIds", "at most " + DefaultTakeoverClaimService.MAX_ATTACHMENTS);
    }
    Set<UUID> out = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        out.add(
            documents
                .version(UUID.fromString(id))
                .filter(v -> v.personId().equals(person.id().value()))
                .orElseThrow(
                    () -> new InvalidInputException("attachmentIds", "not a document of her file"))
                .id());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("attachmentIds", "not a document version");
      }
    }
    return List.copyOf(out);
  }

  /**
   * One document attached to the claim, for who may see the claim's evidence; journaled, its
   * opening too.
   */
  Download download(TakeoverClaim claim, DocumentVersionId versionId) {
    Person person = people.find(new PersonId(claim.personId())).orElseThrow(NotFoundException::new);
    AuthenticatedUser user = policy.requireAuthenticated();
    UUID version = versionId.value();
    person =
        policy
            .identity()
            .requireSeeClaimEvidence(new StructureId(claim.structureId()), claim.filedBy(), person);
    if (!claims.attachments(claim.id()).contains(version)) {
      throw new NotFoundException();
    }
    DocumentVersion v = documents.version(version).orElseThrow(NotFoundException::new);
    policy.identity().requireOpenClaimEvidence(person, v.classified());
    SealedReads.Reading reading =
        reads.reading(
            user.journal().in(claim.structureId()).about(person),
            SealedReads.Category.TAKEOVER_ATTACHMENT);
    byte[] bytes =
        SealedDocuments.content(
            reading, v, documents.content(v.id()).orElseThrow(NotFoundException::new));
    reading.done();
    journal.record(
        user.journal()
            .in(claim.structureId())
            .about(person)
            .success("takeover.attachment", v.type().name() + " v" + v.version()));
    return new Download(
        "piece-" + v.version() + "-" + v.type().name().toLowerCase(java.util.Locale.ROOT),
        v.mediaType(),
        bytes,
        fr.relais.domain.shared.Sha256.hex(bytes));
  }
}
