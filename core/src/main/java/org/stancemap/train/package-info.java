/**
 * The core's training and evaluation verbs, with no command line: what {@code stancemap train} and
 * {@code stancemap evaluate} do, as calls that return typed results.
 *
 * <p>{@link org.stancemap.train.BundleTrainer#train} turns a labelled corpus and a
 * {@link org.stancemap.train.TrainingRequest} into a {@link org.stancemap.train.TrainedBundle}
 * (manifest, contents, and the {@link org.stancemap.train.TrainingReport} a command prints);
 * {@link org.stancemap.train.HeldOutEvaluation} measures a bundle on held-out labels and
 * {@link org.stancemap.train.CrossValidationEvaluation} compares heads by grouped cross-validation.
 * Requests the data cannot satisfy throw {@link org.stancemap.train.TrainingException} with a
 * message for the user.
 */
package org.stancemap.train;
