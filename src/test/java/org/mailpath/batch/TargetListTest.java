package org.mailpath.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TargetListTest {

  @Test
  void parse_commentsAndBlankLines_areSkipped() {
    assertThat(TargetList.parse("# list\n\na.test\n  b.test  \n#c.test\n", null))
        .containsExactly("a.test", "b.test");
  }

  @Test
  void parse_csvColumn_takesThatColumnByHeaderName() {
    String csv = "id,Domain,note\n1,a.test,\"x, y\"\n2,\"b.test\",z\n3,,empty\n";

    assertThat(TargetList.parse(csv, "domain")).containsExactly("a.test", "b.test");
  }

  @Test
  void parse_csvWithoutTheColumn_isRejected() {
    assertThatThrownBy(() -> TargetList.parse("id,name\n1,a\n", "domain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("domain");
  }

  @Test
  void join_formulaAndComma_areQuotedAndDefused() {
    assertThat(CsvLine.join(List.of("=cmd()", "a,b", "say \"hi\"")))
        .isEqualTo("'=cmd(),\"a,b\",\"say \"\"hi\"\"\"");
  }

  @Test
  void select_everyShardOfN_coversTheInputOnceInAll() {
    List<String> targets = IntStream.range(0, 23).mapToObj(i -> "t" + i).toList();
    List<Integer> positions = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      Shard.parse(k + "/4").select(targets).forEach(t -> positions.add(t.position()));
    }

    assertThat(positions)
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 23).boxed().toList());
  }

  @Test
  void parse_shardOutOfRange_isRejected() {
    assertThatThrownBy(() -> Shard.parse("4/4")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shard.parse("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
