package com.alvh.workbench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountsTest {

    @Test
    void oneIsSingularEverythingElsePlural() {
        assertThat(Counts.of(1, "path")).isEqualTo("1 path");
        assertThat(Counts.of(0, "path")).isEqualTo("0 paths");
        assertThat(Counts.of(4000, "path")).isEqualTo("4,000 paths");
        assertThat(Counts.of(1, "daily step")).isEqualTo("1 daily step");
        assertThat(Counts.of(2, "thread")).isEqualTo("2 threads");
        assertThat(Counts.of(1, "policy")).isEqualTo("1 policy");
        assertThat(Counts.of(60, "policy")).isEqualTo("60 policies");
        assertThat(Counts.of(5, "axis")).isEqualTo("5 axes");
        assertThat(Counts.of(3, "day")).isEqualTo("3 days"); // a vowel before the y: no -ies
    }
}
