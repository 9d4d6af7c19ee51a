/**
 * A small multilayer-perceptron classification head on dense features (sentence embeddings,
 * optionally with topic proportions): {@link org.stancemap.stance.mlp.MlpTrainer} fits it with
 * Deeplearning4j, {@link org.stancemap.stance.mlp.MlpHead} predicts in plain Java and persists as
 * a versioned JSON {@link org.stancemap.stance.mlp.MlpHead.State}.
 */
package org.stancemap.stance.mlp;
