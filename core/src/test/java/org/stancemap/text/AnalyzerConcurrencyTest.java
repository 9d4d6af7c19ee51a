package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stancemap.text.AnalyzerSettings.Mode;

/** One analyzer shared by two threads gives what it gives on one thread. */
class AnalyzerConcurrencyTest {

    private static final int ROUNDS = 8;

    private record Result(List<Token> tokens, List<String> analyzed, List<String> sentences) {
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"ACCURATE", "FAST"})
    void twoThreadsMatchSequential(Mode mode) throws Exception {
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(AnalyzerSettings.defaults(mode));
        List<String> texts = SeedSentences.ALL;
        List<Result> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(run(analyzer, text));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Random order = new Random(w); // each thread visits the texts in its own order
                workers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        List<Integer> idx = new ArrayList<>();
                        for (int i = 0; i < texts.size(); i++) {
                            idx.add(i);
                        }
                        Collections.shuffle(idx, order);
                        for (int i : idx) {
                            assertEquals(expected.get(i), run(analyzer, texts.get(i)), texts.get(i));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : workers) {
                assertEquals(ROUNDS * texts.size(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(CoreNlpAnalyzer analyzer, String text) {
        return new Result(analyzer.tokens(text), analyzer.analyze(text), analyzer.sentences(text));
    }
}
