package org.mailpath.bounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileTest {

  @TempDir Path dir;

  @Test
  void read_fileAtTheBound_isRead() throws Exception {
    Path file = Files.write(dir.resolve("f"), new byte[100]);

    assertThat(LocalFile.read(file, 100, "a test file")).hasSize(100);
  }

  @Test
  void read_fileOneByteOverTheBound_isRefused() throws Exception {
    Path file = Files.write(dir.resolve("f"), new byte[101]);

    assertThatThrownBy(() -> LocalFile.read(file, 100, "a test file"))
        .isInstanceOf(LocalFileException.class)
        .hasMessage(file + " is larger than 100 bytes, too large to be a test file.");
  }

  @Test
  void read_characterDevice_isRefusedWithoutReading() {
    assertThatThrownBy(() -> LocalFile.read(Path.of("/dev/zero"), 100, "a test file"))
        .isInstanceOf(LocalFileException.class)
        .hasMessageContaining("is not a regular file");
  }
}
