package fr.relais.interfaces.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The login that asks the provider to authenticate again and comes back to a page (S6). */
public final class Reauthentication {
  private Reauthentication() {}

  /** {@code /auth/login?prompt=login&return=<page>}, the page encoded as one parameter. */
  public static String path(String page) {
    return "/auth/login?prompt=login&return=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }
}
