package org.stancemap.stance.mlp;

import java.util.Arrays;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Trains an {@link MlpHead} with Deeplearning4j: dense ReLU layer (He init), dropout on the hidden
 * activations, dense softmax output (Xavier init), multiclass cross-entropy, Adam, L2 on weights,
 * all in DOUBLE precision.
 *
 * <p>Sample weights are exact: each row's one-hot label is multiplied by its weight, and the loss
 * is DL4J's {@code LossMCXENT} with unit class weights, whose softmax gradient then takes the
 * general form {@code p * sum(y) - y}, i.e. the gradient of {@code -sum_i w_i log p_i(y_i)}
 * (checked against finite differences in the tests). A DL4J labels mask is not used because it
 * also multiplies the output layer's pre-activations, so non-binary mask values act as a
 * per-row temperature and can even push the fit the wrong way. Weights are first rescaled to
 * mean 1, so only their ratios matter and the balance between data and L2 does not depend on
 * their scale; equal weights train exactly (bit for bit) like no weights.
 *
 * <p>Reproducibility: the options' seed drives weight initialisation, dropout masks (ND4J's
 * thread-local generator, re-seeded here) and the minibatch order; with ND4J on one thread
 * ({@code OMP_NUM_THREADS=1}) the same inputs and seed give bit-identical heads. Each call builds
 * its own network, so calls from different threads do not share training state.
 */
public final class MlpTrainer {

    private MlpTrainer() {
    }

    /**
     * Fits a head.
     *
     * @param x             rows of equal length, finite values; at least one row
     * @param y             class index of each row, in {@code [0, numClasses)}
     * @param sampleWeights weight of each row ({@code >= 0}, finite, not all 0), or null for equal weights
     * @param numClasses    number of classes, {@code >= 2}; classes absent from {@code y} are allowed
     * @param opts          hyperparameters and seed
     * @return the trained, immutable head
     * @throws IllegalArgumentException naming the first invalid argument, row or value
     */
    public static MlpHead fit(double[][] x, int[] y, double[] sampleWeights, int numClasses, MlpOptions opts) {
        return train(x, y, sampleWeights, numClasses, opts).head();
    }

    /** The DL4J network next to the head exported from it; for tests that compare the two forward passes. */
    record Trained(MultiLayerNetwork network, MlpHead head) {
    }

    static Trained train(double[][] x, int[] y, double[] sampleWeights, int numClasses, MlpOptions opts) {
        TrainingInput.check(x, y, sampleWeights, numClasses, opts);
        int n = x.length;
        int d = x[0].length;
        INDArray features = Nd4j.create(x);
        INDArray labels = weightedLabels(y, TrainingInput.meanOneOrNull(sampleWeights), numClasses);

        Nd4j.getRandom().setSeed(opts.seed());
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(d, numClasses, opts));
        net.init();
        Nd4j.getRandom().setSeed(opts.seed()); // dropout draws must not depend on what init consumed

        if (n <= opts.batchSize()) {
            DataSet all = new DataSet(features, labels);
            for (int e = 0; e < opts.epochs(); e++) {
                net.fit(all);
            }
        } else {
            fitMinibatches(net, features, labels, opts);
        }
        return new Trained(net, export(net, opts));
    }

    /** One row per example: the one-hot label times the example's weight (1 when {@code weights} is null). */
    static INDArray weightedLabels(int[] y, double[] weights, int numClasses) {
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, y.length, numClasses);
        for (int i = 0; i < y.length; i++) {
            labels.putScalar(i, y[i], weights == null ? 1.0 : weights[i]);
        }
        return labels;
    }

    private static void fitMinibatches(MultiLayerNetwork net, INDArray features, INDArray labels, MlpOptions opts) {
        int n = features.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random shuffle = new Random(opts.seed());
        for (int e = 0; e < opts.epochs(); e++) {
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates with our own seeded generator
                int j = shuffle.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += opts.batchSize()) {
                int[] rows = Arrays.copyOfRange(order, from, Math.min(n, from + opts.batchSize()));
                net.fit(new DataSet(features.getRows(rows), labels.getRows(rows)));
            }
        }
    }

    static MultiLayerConfiguration configuration(int inputs, int classes, MlpOptions opts) {
        // Unit class weights select LossMCXENT's general softmax gradient, which weighted labels need.
        OutputLayer.Builder output = new OutputLayer.Builder(new LossMCXENT(Nd4j.ones(DataType.DOUBLE, classes)))
                .nIn(opts.hidden()).nOut(classes).activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER);
        if (opts.dropout() > 0.0) {
            output.dropOut(1.0 - opts.dropout()); // DL4J: retain probability, applied to this layer's input
        }
        return new NeuralNetConfiguration.Builder()
                .seed(opts.seed())
                .dataType(DataType.DOUBLE)
                .updater(new Adam(opts.learningRate()))
                .l2(opts.l2())
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(opts.hidden())
                        .activation(Activation.RELU).weightInit(WeightInit.RELU).build())
                .layer(output.build())
                .build();
    }

    private static MlpHead export(MultiLayerNetwork net, MlpOptions opts) {
        double[][] w1 = net.getLayer(0).getParam("W").toDoubleMatrix();
        double[] b2 = net.getLayer(1).getParam("b").toDoubleVector();
        return MlpHead.fromState(new MlpHead.State(MlpHead.FORMAT_VERSION,
                new int[] {w1.length, opts.hidden(), b2.length}, MlpHead.ACTIVATIONS,
                w1, net.getLayer(0).getParam("b").toDoubleVector(),
                net.getLayer(1).getParam("W").toDoubleMatrix(), b2, opts));
    }
}
