package org.mailpath.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.bounds.LocalFileException;

class TrustAnchorsTest {

  @TempDir Path dir;

  @Test
  void fromFile_ianaRootAnchorsWithoutTtl_areAccepted() throws Exception {
    Path file = Files.writeString(dir.resolve("root.txt"), TrustAnchors.root());

    assertThat(TrustAnchors.fromFile(file)).isEqualTo(TrustAnchors.root());
  }

  @Test
  void fromFile_dnskeyWithTtlAndOrigin_isAccepted() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("k.txt"),
            "$ORIGIN example.\n@ 3600 IN DNSKEY 257 3 13"
                + " mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n",
            StandardCharsets.US_ASCII);

    assertThat(TrustAnchors.fromFile(file)).contains("DNSKEY");
  }

  @Test
  void fromFile_badSecondLine_namesLineTwo() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("a.txt"),
            TrustAnchors.root().lines().filter(l -> l.startsWith(". IN DS")).findFirst().get()
                + "\nis this a record\n");

    assertThatThrownBy(() -> TrustAnchors.fromFile(file))
        .isInstanceOf(LocalFileException.class)
        .hasMessageStartingWith(file + " line 2: not a DS or DNSKEY record in zone-file syntax (");
  }
}
