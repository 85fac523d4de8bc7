package io.privacyinventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noCommandADatabaseOrOpenStartTheEditor() {
        assertThat(Main.isGui(new String[0])).isTrue();
        assertThat(Main.isGui(new String[] {"records.db"})).isTrue();
        assertThat(Main.isGui(new String[] {"open", "records.db"})).isTrue();
        assertThat(Main.isGui(new String[] {"--smoke"})).isTrue();
    }

    @Test
    void commandsAndTheirOptionsRunTheCommandLine() {
        assertThat(Main.isGui(new String[] {"import", "a.json", "--db", "a.db"}))
                .isFalse();
        assertThat(Main.isGui(new String[] {"history", "a.db"})).isFalse();
        assertThat(Main.isGui(new String[] {"--version"})).isFalse();
        assertThat(Main.isGui(new String[] {"--help"})).isFalse();
    }
}
