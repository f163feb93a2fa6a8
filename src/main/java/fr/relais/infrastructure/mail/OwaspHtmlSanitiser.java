package fr.relais.infrastructure.mail;

import fr.relais.application.mailbox.HtmlSanitiser;
import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Received HTML through the OWASP Java HTML Sanitizer: text formatting, lists, tables and links
 * with a web or mail address (opened apart, with no referrer); no script, style, form, frame, image
 * or anything else that would load remote content or run.
 */
@ApplicationScoped
public class OwaspHtmlSanitiser implements HtmlSanitiser {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "div",
              "span",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "s",
              "sub",
              "sup",
              "small",
              "blockquote",
              "pre",
              "code",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "dl",
              "dt",
              "dd",
              "table",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "caption",
              "a")
          .allowAttributes("colspan", "rowspan")
          .onElements("td", "th")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .allowAttributes("target")
          .matching(false, "_blank")
          .onElements("a")
          .toFactory();

  @Override
  public String sanitise(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
