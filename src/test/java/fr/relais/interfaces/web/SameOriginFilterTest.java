package fr.relais.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one origin rule of state-changing requests (ASVS 3.5.1, 3.5.3; S5, S10). */
class SameOriginFilterTest {

  private static final String US = "https://relais.example.fr";

  private static boolean passes(String origin, String fetchSite) {
    return SameOriginFilter.refusal(origin, fetchSite, US).isEmpty();
  }

  @Test
  void ourOwnOriginPassesWhateverTheSpellingOfTheDefaultPort() {
    assertTrue(passes(US, null));
    assertTrue(passes(US, "same-origin"));
    assertTrue(passes("https://RELAIS.example.fr:443", null));
    assertTrue(
        SameOriginFilter.refusal("http://localhost:8080", null, "http://localhost:8080/")
            .isEmpty());
  }

  @Test
  void anyOtherOriginIsRefused() {
    for (String other :
        new String[] {
          "https://evil.example",
          "http://relais.example.fr",
          "https://relais.example.fr:8443",
          "https://autre.relais.example.fr",
          "https://relais.example.fr.evil.example",
          "https://relais.example.fr/app",
          "https://user@relais.example.fr",
          "",
          "relais.example.fr",
          "https://relais.example.fr\r\nX: y"
        }) {
      assertFalse(passes(other, null), other);
      assertFalse(passes(other, "same-origin"), "the Origin decides when present: " + other);
    }
  }

  @Test
  void anOpaqueOriginIsDecidedBySecFetchSite() {
    // What browsers send for a form posted from Relais's own pages (Referrer-Policy: no-referrer).
    assertTrue(passes("null", "same-origin"));
    // From a sandboxed frame or an opaque document elsewhere.
    assertFalse(passes("null", "cross-site"));
    assertFalse(passes("null", "same-site"));
    assertFalse(passes("null", null), "null alone says nothing of where it comes from");
    assertEquals(
        "Origin null without Sec-Fetch-Site",
        SameOriginFilter.refusal("null", null, US).orElseThrow());
  }

  @Test
  void withoutOriginOnlySameOriginOrAUserNavigationPasses() {
    assertTrue(passes(null, "same-origin"));
    assertTrue(passes(null, "none"));
    assertFalse(passes(null, "cross-site"));
    assertFalse(passes(null, "same-site"), "a sibling subdomain is the same site, not Relais");
    assertFalse(passes(null, "Cross-Site"));
    assertFalse(passes(null, "anything-else"));
  }

  @Test
  void aClientWithNeitherHeaderIsNotABrowserAndPasses() {
    assertTrue(passes(null, null));
  }

  @Test
  void theReasonNamesTheDecidingHeaderInPrintableCharactersOnly() {
    Optional<String> why = SameOriginFilter.refusal("https://evil.example\r\nForged: 1", null, US);
    assertEquals("Origin https://evil.example??Forged: 1", why.orElseThrow());
    assertEquals(
        "Sec-Fetch-Site cross-site",
        SameOriginFilter.refusal(null, "cross-site", US).orElseThrow());
  }

  @Test
  void onlyWritesAreChecked() {
    for (String m : new String[] {"POST", "PUT", "PATCH", "DELETE", "PROPFIND", "post"}) {
      assertTrue(SameOriginFilter.isStateChanging(m), m);
    }
    for (String m : new String[] {"GET", "HEAD", "OPTIONS", "TRACE"}) {
      assertFalse(SameOriginFilter.isStateChanging(m), m);
    }
  }
}
