package fr.relais.interfaces.rest;

import java.io.IOException;

/** A request body went past the API's size limit while it was being read. */
public class PayloadTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException() {
    super("request body too large");
  }
}
