package dev.hertz.core.pairlist;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PythonRandomTest {
    @Test
    void pythonRandomShufflesLikeCPython() {
        assertThat(shuffled(43)).containsExactly(8, 1, 5, 6, 9, 7, 3, 2, 4, 0);
        assertThat(shuffled(0)).containsExactly(7, 8, 1, 5, 3, 4, 2, 0, 9, 6);
        assertThat(shuffled((1L << 40) + 7)).containsExactly(0, 5, 2, 3, 6, 1, 8, 4, 7, 9);
        assertThat(shuffled(-5)).containsExactly(2, 3, 1, 0, 8, 7, 6, 5, 4, 9);
        PythonRandom r = new PythonRandom(BigInteger.valueOf(42));
        assertThat(List.of(r.nextUint32(), r.nextUint32(), r.nextUint32()))
                .containsExactly(2746317213L, 478163327L, 107420369L);
    }

    private static List<Integer> shuffled(long seed) {
        List<Integer> list = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
        new PythonRandom(BigInteger.valueOf(seed)).shuffle(list);
        return list;
    }
}
