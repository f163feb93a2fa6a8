package fr.relais.interfaces.faces;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.NotFoundException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The one way a page answers an object it cannot show (S10, S40): whatever bean asked, an unknown
 * id, a malformed one and one the member may not see — the application answers {@link
 * NotFoundException} or {@link AccessDeniedException}, already journaled — all end in the same 404
 * error page ({@code web.xml}), never a 500 and never a partial page. Pages load what their id
 * names in a view action, before anything is rendered, so that the answer is still open when the
 * exception comes. Registered in {@code faces-config.xml}.
 */
public class NotFoundExceptionHandlerFactory extends ExceptionHandlerFactory {

  public NotFoundExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext external = ctx.getExternalContext();
        // An Ajax request expects a partial response: Faces' own handling answers it.
        if (isNotFound(events.next().getContext().getException())
            && !ctx.getPartialViewContext().isAjaxRequest()
            && !external.isResponseCommitted()) {
          events.remove();
          try {
            external.responseSendError(404, "");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          ctx.responseComplete();
        }
      }
      getWrapped().handle();
    }

    /** The exception or one of its causes (Faces and EL wrap what a bean throws). */
    static boolean isNotFound(Throwable t) {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (c instanceof NotFoundException || c instanceof AccessDeniedException) {
          return true;
        }
      }
      return false;
    }
  }
}
