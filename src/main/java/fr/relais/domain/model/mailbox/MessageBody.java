package fr.relais.domain.model.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The text and the sanitised HTML of a message, apart from the message so that lists never load
 * them: read only when the message itself is opened.
 */
@Entity
@Table(name = "message_body")
public class MessageBody {

  /** The longest body kept; a longer text is cut, a longer HTML body dropped for its text. */
  static final int MAX_LENGTH = 1_000_000;

  @Id
  @Column(name = "message_id")
  private UUID messageId;

  @Column(name = "body_text", length = MAX_LENGTH, updatable = false)
  private String text;

  @Column(name = "body_html", length = MAX_LENGTH, updatable = false)
  private String html;

  protected MessageBody() {}

  MessageBody(UUID messageId, String text, String html) {
    this.messageId = messageId;
    this.text = text != null && text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    this.html = html != null && html.length() > MAX_LENGTH ? null : html;
  }

  public MessageId messageId() {
    return new MessageId(messageId);
  }

  public String text() {
    return text;
  }

  public String html() {
    return html;
  }
}
