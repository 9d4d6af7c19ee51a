package org.stancemap.stance.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Pins the trick {@link MlpTrainer} relies on for sample weights: weighted one-hot labels with
 * {@code LossMCXENT(unit class weights)} give DL4J exactly the score and gradient of
 * {@code mean_i(-w_i log p_i(y_i))}. Checked against central finite differences of that loss
 * computed by the head's own forward pass, so a DL4J upgrade that changes the loss shows up here.
 */
class WeightedLossTest {

    @Test
    void dl4jScoreAndGradientAreTheWeightedCrossEntropy() {
        Clusters.Data data = new Clusters(2, 5, 0.5, 13L).sample(2, 2);
        double[] w = {3.0, 1.0, 0.5, 0.5};
        MlpOptions opts = new MlpOptions(3, 0.0, 0.0, 1e-3, 1, 64, 42L);
        MultiLayerNetwork net = new MultiLayerNetwork(MlpTrainer.configuration(5, 2, opts));
        net.init();
        net.setInput(Nd4j.create(data.x()));
        net.setLabels(MlpTrainer.weightedLabels(data.y(), w, 2));
        net.computeGradientAndScore();

        MlpHead.State s = new MlpHead.State(MlpHead.FORMAT_VERSION, new int[] {5, 3, 2}, MlpHead.ACTIVATIONS,
                net.getLayer(0).getParam("W").toDoubleMatrix(), net.getLayer(0).getParam("b").toDoubleVector(),
                net.getLayer(1).getParam("W").toDoubleMatrix(), net.getLayer(1).getParam("b").toDoubleVector(), opts);
        assertEquals(loss(s, data, w), net.score(), 1e-12, "score");
        int n = data.x().length; // DL4J's gradient is summed over the batch; the updater divides by n
        assertGradient(s, data, w, s.w1(), net.gradient().getGradientFor("0_W").div(n).toDoubleMatrix(), "W1");
        assertGradient(s, data, w, s.w2(), net.gradient().getGradientFor("1_W").div(n).toDoubleMatrix(), "W2");
    }

    private static void assertGradient(MlpHead.State s, Clusters.Data d, double[] w, double[][] param,
                                       double[][] dl4j, String name) {
        double h = 1e-6;
        for (int a = 0; a < param.length; a++) {
            for (int b = 0; b < param[a].length; b++) {
                double keep = param[a][b];
                param[a][b] = keep + h;
                double up = loss(s, d, w);
                param[a][b] = keep - h;
                double down = loss(s, d, w);
                param[a][b] = keep;
                assertEquals((up - down) / (2 * h), dl4j[a][b], 1e-6, name + "[" + a + "][" + b + "]");
            }
        }
    }

    private static double loss(MlpHead.State s, Clusters.Data d, double[] w) {
        MlpHead head = MlpHead.fromState(s);
        double sum = 0.0;
        for (int i = 0; i < d.x().length; i++) {
            sum -= w[i] * Math.log(head.predictProba(d.x()[i])[d.y()[i]]);
        }
        return sum / d.x().length;
    }
}
