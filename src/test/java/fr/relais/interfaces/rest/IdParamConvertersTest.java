package fr.relais.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.person.PersonId;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ids read from an address: parsed once, at the edge; text that is no id is an unknown id (S40).
 */
class IdParamConvertersTest {

  private final IdParamConverters converters = new IdParamConverters();

  private <T> ParamConverter<T> converter(Class<T> type) {
    return converters.getConverter(type, type, new Annotation[0]);
  }

  @Test
  void anIdInTheAddressBecomesItsType() {
    UUID value = UUID.randomUUID();
    assertEquals(new PersonId(value), converter(PersonId.class).fromString(value.toString()));
    assertEquals(value.toString(), converter(PersonId.class).toString(new PersonId(value)));
  }

  /**
   * The converter turns a failed parse into {@link IdParamConverters.MalformedIdException}, a 404
   * (the answer itself, problem document and all, is checked against the running server by
   * PageIdsIT and the authorization matrix).
   */
  @Test
  void aMalformedIdIsAnsweredExactlyAsAnUnknownOne() {
    assertTrue(
        NotFoundException.class.isAssignableFrom(IdParamConverters.MalformedIdException.class));
    for (String text : new String[] {"pas-un-id", "12", "", "00000000-0000-0000-0000"}) {
      IdParamConverters.PARSERS.forEach(
          (type, parse) ->
              assertThrows(
                  IllegalArgumentException.class,
                  () -> parse.apply(text),
                  type.getSimpleName() + " from « " + text + " »"));
    }
  }

  @Test
  void onlyIdTypesHaveAConverter() {
    IdParamConverters.PARSERS.keySet().forEach(type -> assertNotNull(converter(type)));
    assertNull(converter(String.class));
    assertNull(converter(UUID.class));
  }
}
