package org.parley.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeLogPositionTest {

    @Test
    void a_position_reads_back_as_it_was_written() {
        var position = new ChangeLogPosition("812", List.of("790", "805"));
        assertThat(position.toString()).isEqualTo("812:790,805");
        assertThat(ChangeLogPosition.parse(position.toString())).isEqualTo(position);
        assertThat(ChangeLogPosition.parse("812")).isEqualTo(new ChangeLogPosition("812", List.of()));
    }

    @Test
    void a_plain_transaction_id_written_by_an_earlier_release_reads_as_nothing_running() {
        assertThat(ChangeLogPosition.parse("4711").running()).isEmpty();
        assertThat(ChangeLogPosition.parse("4711").xmax()).isEqualTo("4711");
    }
}
