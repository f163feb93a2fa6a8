package fr.relais.application.mailbox;

/**
 * Makes received HTML safe to show (A5): no script, no style sheet, no form, no remote content
 * (images, frames, links to load anything), only text formatting, lists, tables and links the
 * reader may follow. A well-kept library does the work.
 */
public interface HtmlSanitiser {
  String sanitise(String html);
}
