/**
 * Reports for people: the evaluation page ({@link org.stancemap.report.EvaluationReport}), the
 * literature map of classify results ({@link org.stancemap.report.LiteratureMapReport}), the list of
 * abstracts to label next ({@link org.stancemap.report.LabellingQueue},
 * {@link org.stancemap.report.LabelNextFile}) and the comparison of two model versions
 * ({@link org.stancemap.report.ModelDiff}, {@link org.stancemap.report.BundleDiff}).
 *
 * <p>Pages are single self-contained HTML files: charts are inline SVG drawn by
 * {@link org.stancemap.report.svg}, the few lines of script are inline, and a content security
 * policy forbids loading anything from elsewhere, so that a page opens offline and shows what was
 * computed and nothing else. Each page is written beside the JSON behind it ({@code report.json},
 * with a format name and version), which the notebooks under {@code notebooks/} also read.
 */
package org.stancemap.report;
