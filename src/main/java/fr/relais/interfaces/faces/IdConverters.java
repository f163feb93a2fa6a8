package fr.relais.interfaces.faces;

import fr.relais.application.NotFoundException;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.function.Function;

/**
 * The one place where pages read an id from their address: a view parameter bound to a property of
 * an id type is parsed here, once, with that type's {@code parse}, and the beans pass the typed id
 * on. Text that is not such an id is answered like an id that names nothing (S10, S40): {@link
 * NotFoundException}, which {@link NotFoundExceptionHandlerFactory} turns into the same 404 page as
 * an unknown id or one the member may not see. A page that takes another id type in its address
 * adds a converter here.
 */
public final class IdConverters {
  private IdConverters() {}

  /** Reads and writes one id type; anything it cannot read is not found. */
  abstract static class IdConverter<T> implements Converter<T> {
    private final Function<String, T> parse;

    IdConverter(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String text) {
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        throw new NotFoundException();
      }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T id) {
      return id == null ? "" : id.toString();
    }
  }

  /** A person's id in a page's address ({@code person.xhtml?id=}, {@code ?person=}). */
  @FacesConverter(forClass = PersonId.class)
  public static final class PersonIdConverter extends IdConverter<PersonId> {
    public PersonIdConverter() {
      super(PersonId::parse);
    }
  }

  /** A structure's id in a page's address ({@code structure.xhtml?id=}). */
  @FacesConverter(forClass = StructureId.class)
  public static final class StructureIdConverter extends IdConverter<StructureId> {
    public StructureIdConverter() {
      super(StructureId::parse);
    }
  }

  /** A message's id in a page's address ({@code message.xhtml?id=}). */
  @FacesConverter(forClass = MessageId.class)
  public static final class MessageIdConverter extends IdConverter<MessageId> {
    public MessageIdConverter() {
      super(MessageId::parse);
    }
  }
}
