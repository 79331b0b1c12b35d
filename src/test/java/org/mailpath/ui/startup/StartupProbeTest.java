package org.mailpath.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {

  @TempDir Path dir;

  @Test
  void mark_writesTheMillisOnOneLine() throws IOException {
    Path file = dir.resolve("shown");

    StartupProbe.mark(file, 1_764_000_000_123L);

    assertThat(Files.readString(file)).isEqualTo("1764000000123\n");
  }
}
