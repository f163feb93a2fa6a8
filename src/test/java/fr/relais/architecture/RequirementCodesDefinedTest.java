package fr.relais.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every requirement code the code cites — in a comment (`// S32`, `(F5, S46)`) or at the start of a
 * test's message (`"S40: one answer"`) — is defined in docs/requirements.md, so that the codes mean
 * something to a reader of this repository alone.
 */
class RequirementCodesDefinedTest {

  private static final Pattern CODE = Pattern.compile("\\b([A-H][0-9]{1,2}|S[0-9]{1,2})\\b");
  private static final Pattern MESSAGE = Pattern.compile("\"((?:[A-HS][0-9]{1,2}[,: ]+)+)");

  @Test
  void everyCodeCitedIsDefined() throws IOException {
    String doc = Files.readString(Path.of("docs/requirements.md"));
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files =
        Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("src/test")))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                for (String code : cited(f)) {
                  if (!doc.contains("| " + code + " |")) {
                    missing.add(code + " (" + f.getFileName() + ")");
                  }
                }
              });
    }
    assertEquals(Set.of(), missing, "codes cited but not defined in docs/requirements.md");
  }

  private static Set<String> cited(Path file) {
    Set<String> codes = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(file)) {
        String trimmed = line.strip();
        String text;
        int comment = line.indexOf("//");
        if (trimmed.startsWith("*") || trimmed.startsWith("/*")) {
          text = trimmed;
        } else if (comment >= 0) {
          text = line.substring(comment);
        } else {
          text = "";
        }
        Matcher messages = MESSAGE.matcher(line);
        while (messages.find()) {
          text += " " + messages.group(1);
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }
}
