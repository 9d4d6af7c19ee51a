package org.stancemap.stance.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.stance.mlp.MlpTrainerIT.assertMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MlpHeadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static MlpTrainer.Trained trained;
    private static Clusters.Data test;

    @BeforeAll
    static void train() {
        Clusters gen = new Clusters(4, 384, 0.5, 21L);
        Clusters.Data train = gen.sample(5, 5, 5, 5);
        test = gen.sample(10, 10, 10, 10);
        trained = MlpTrainer.train(train.x(), train.y(), null, 4, new MlpOptions(32, 0.2, 1e-3, 1e-2, 40, 64, 3L));
    }

    @Test
    void plainForwardPassEqualsDl4jOutput() {
        MlpHead head = trained.head();
        assertEquals(DataType.DOUBLE, trained.network().params().dataType());
        INDArray dl4j = trained.network().output(Nd4j.create(test.x()));
        double[][] ours = head.predictProba(test.x());
        for (int i = 0; i < ours.length; i++) {
            // Both are double precision; only the summation order differs.
            assertArrayEquals(dl4j.getRow(i).toDoubleVector(), ours[i], 1e-12, "row " + i);
            assertArrayEquals(MlpHead.softmax(head.logits(test.x()[i])), ours[i]);
            assertEquals(1.0, Arrays.stream(ours[i]).sum(), 1e-12);
        }
    }

    @Test
    void jsonRoundTripGivesIdenticalOutputs() throws Exception {
        MlpHead head = trained.head();
        String text = JSON.writeValueAsString(head.state());
        MlpHead back = MlpHead.fromState(JSON.readValue(text, MlpHead.State.class));
        assertEquals(head.options(), back.options());
        assertTrue(Arrays.deepEquals(head.state().w1(), back.state().w1()));
        for (double[] x : test.x()) {
            assertArrayEquals(head.logits(x), back.logits(x)); // exact: no tolerance
        }
    }

    @Test
    void loadsTheVersion1FixtureWithHandComputedOutputs() throws Exception {
        MlpHead head;
        try (InputStream in = getClass().getResourceAsStream("head-v1.json")) {
            head = MlpHead.fromState(JSON.readValue(in, MlpHead.State.class));
        }
        assertArrayEquals(new double[] {2.0, 0.0}, head.logits(new double[] {1, 1}));
        assertArrayEquals(new double[] {1.0, 1.0}, head.logits(new double[] {0, 1}));
        double e2 = Math.exp(2);
        assertArrayEquals(new double[] {e2 / (e2 + 1), 1 / (e2 + 1)}, head.predictProba(new double[] {1, 1}), 1e-15);
        assertEquals(2, head.inputSize());
        assertEquals(2, head.numClasses());
    }

    @Test
    void loaderRefusesBadStatesWithClearMessages() {
        MlpHead.State ok = trained.head().state();
        double[][] narrow = ok.w1().clone();
        narrow[5] = Arrays.copyOf(narrow[5], 31);
        assertMessage("Invalid MLP head w1 shape: row 5 has 31 columns (expected [384 x 32] from layerSizes)",
                () -> MlpHead.fromState(with(ok, ok.formatVersion(), ok.activations(), narrow, ok.b2())));
        assertMessage("Invalid MLP head w1 shape: 383 rows (expected [384 x 32] from layerSizes)",
                () -> MlpHead.fromState(with(ok, ok.formatVersion(), ok.activations(), Arrays.copyOf(ok.w1(), 383), ok.b2())));
        assertMessage("Invalid MLP head b2 shape: [3] (expected [4] from layerSizes)",
                () -> MlpHead.fromState(with(ok, ok.formatVersion(), ok.activations(), ok.w1(), new double[3])));
        assertMessage("Unsupported MLP head format version: 2 (this build reads version 1)",
                () -> MlpHead.fromState(with(ok, 2, ok.activations(), ok.w1(), ok.b2())));
        assertMessage("Invalid MLP head activations: [tanh, softmax] (expected [relu, softmax])",
                () -> MlpHead.fromState(with(ok, 1, List.of("tanh", "softmax"), ok.w1(), ok.b2())));
        double[] nan = ok.b2().clone();
        nan[1] = Double.NaN;
        assertMessage("Invalid MLP head b2[1]: NaN (expected finite)",
                () -> MlpHead.fromState(with(ok, 1, ok.activations(), ok.w1(), nan)));
    }

    @Test
    void jsonWithAnUnknownKeyIsRefused() throws Exception {
        String text = JSON.writeValueAsString(trained.head().state()).replaceFirst("\\{", "{\"bias\":true,");
        assertThrows(UnrecognizedPropertyException.class, () -> JSON.readValue(text, MlpHead.State.class));
    }

    @Test
    void stateIsACopy() {
        MlpHead head = trained.head();
        double before = head.logits(test.x()[0])[0];
        head.state().b2()[0] += 100;
        assertEquals(before, head.logits(test.x()[0])[0]);
    }

    @Test
    void rejectsInputOfWrongLengthOrNonFinite() {
        MlpHead head = trained.head();
        assertMessage("Invalid input length: 3 (expected 384)", () -> head.predictProba(new double[3]));
        double[] bad = new double[384];
        bad[7] = Double.POSITIVE_INFINITY;
        assertMessage("Invalid feature 7 in row 1: Infinity (expected finite)",
                () -> head.predictProba(new double[][] {new double[384], bad}));
    }

    @Test
    void concurrentPredictionsEqualSequentialOnes() throws Exception {
        MlpHead head = trained.head();
        double[][] expected = head.predictProba(test.x());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    double[][] last = null;
                    for (int r = 0; r < 50; r++) {
                        last = head.predictProba(test.x());
                    }
                    return last;
                }));
            }
            for (Future<double[][]> f : results) {
                assertTrue(Arrays.deepEquals(expected, f.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static MlpHead.State with(MlpHead.State s, int version, List<String> activations, double[][] w1, double[] b2) {
        return new MlpHead.State(version, s.layerSizes(), activations, w1, s.b1(), s.w2(), b2, s.options());
    }
}
