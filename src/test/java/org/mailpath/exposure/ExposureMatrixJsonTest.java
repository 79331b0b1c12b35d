package org.mailpath.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExposureMatrixJsonTest {

  @Test
  void matrix_writtenAndReadWithPlainJackson_isEqual() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ExposureMatrix matrix =
        Exposure.matrix(MessageSample.DEFAULT, Protection.SMIME_ENVELOPED, Hops.scenario("multi"));

    String json = mapper.writeValueAsString(matrix);

    assertThat(mapper.readValue(json, ExposureMatrix.class)).isEqualTo(matrix);
    assertThat(json).contains("\"visibility\":\"READABLE_IF_DOWNGRADED\"").contains("\"summary\"");
  }
}
