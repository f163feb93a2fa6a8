package fr.relais.interfaces.rest;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountSessionId;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.administration.AdministrationAccountId;
import fr.relais.domain.model.administration.TakeoverClaimId;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.mailbox.MessageAttachmentId;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.note.NoteId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.BlockageId;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.shielding.BlockedEntryId;
import fr.relais.domain.model.structure.StructureId;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where the API reads an id from a request's address: every path (and query)
 * parameter typed with an id of the domain is parsed here with that type's {@code parse}, so that
 * resources and application services only ever see typed ids. Text that is not an id of that type
 * is answered like an id that names nothing — 404, the same problem document as an unknown or
 * invisible object (S40) — by {@link ProblemMapper}, which answers 401 instead to a caller who is
 * not signed in, as every route that names something by id needs a caller.
 *
 * <p>A new id type is added to {@link #PARSERS} and to {@code
 * META-INF/microprofile-config.properties} ({@code mp.openapi.schema.<class>}), so that the API's
 * contract still documents it as the string it is on the wire.
 */
@Provider
public class IdParamConverters implements ParamConverterProvider {

  /** How each id type is read from the text of an address. */
  static final Map<Class<?>, Function<String, ?>> PARSERS =
      Map.ofEntries(
          Map.entry(AccountId.class, AccountId::parse),
          Map.entry(AccountSessionId.class, AccountSessionId::parse),
          Map.entry(AdministrationAccountId.class, AdministrationAccountId::parse),
          Map.entry(BlockageId.class, BlockageId::parse),
          Map.entry(BlockedEntryId.class, BlockedEntryId::parse),
          Map.entry(DocumentId.class, DocumentId::parse),
          Map.entry(DocumentVersionId.class, DocumentVersionId::parse),
          Map.entry(InvitationId.class, InvitationId::parse),
          Map.entry(MandateId.class, MandateId::parse),
          Map.entry(MessageAttachmentId.class, MessageAttachmentId::parse),
          Map.entry(MessageId.class, MessageId::parse),
          Map.entry(NoteId.class, NoteId::parse),
          Map.entry(PersonId.class, PersonId::parse),
          Map.entry(ProcedureCode.class, ProcedureCode::of),
          Map.entry(ProcedureId.class, ProcedureId::parse),
          Map.entry(StructureId.class, StructureId::parse),
          Map.entry(TakeoverClaimId.class, TakeoverClaimId::parse));

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Function<String, ?> parse = PARSERS.get(rawType);
    return parse == null ? null : new IdConverter<>(rawType, parse);
  }

  /** Text that names no object of the id's type: answered like an unknown id (S40). */
  public static final class MalformedIdException extends NotFoundException {
    private static final long serialVersionUID = 1L;
  }

  private static final class IdConverter<T> implements ParamConverter<T> {
    private final Class<T> type;
    private final Function<String, ?> parse;

    IdConverter(Class<T> type, Function<String, ?> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T fromString(String text) {
      try {
        return type.cast(parse.apply(text));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new MalformedIdException();
      }
    }

    @Override
    public String toString(T id) {
      return id.toString();
    }
  }
}
