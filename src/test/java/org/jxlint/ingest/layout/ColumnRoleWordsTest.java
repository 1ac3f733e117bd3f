package org.jxlint.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.config.ConfigException;
import org.jxlint.config.Vocabulary;

/**
 * The column roles a province's {@code columns.yml} may name (checked on load with --rules-dir)
 * are exactly the roles the table reader knows: every one is accepted and read as itself.
 */
class ColumnRoleWordsTest {

  @Test
  void every_role_the_reader_knows_is_accepted_and_no_other(@TempDir Path dir) throws Exception {
    for (ColumnRole role : ColumnRole.values()) {
      if (role == ColumnRole.UNKNOWN) {
        continue; // what a header nobody recognised gets, never written in columns.yml
      }
      String key = role.name().toLowerCase(java.util.Locale.ROOT);
      Files.writeString(dir.resolve("columns.yml"),
          "keywords:\n  - {role: " + key + ", words: [某某]}\n");
      Vocabulary v = Vocabulary.fromDirectory(dir);
      assertEquals(role, ColumnRole.fromKey(v.columns().keywords().get(0).role()), key);
    }
    Files.writeString(dir.resolve("columns.yml"), "keywords:\n  - {role: unknown, words: [某]}\n");
    assertEquals("error.rules.word",
        assertThrows(ConfigException.class, () -> Vocabulary.fromDirectory(dir)).key());
  }
}
