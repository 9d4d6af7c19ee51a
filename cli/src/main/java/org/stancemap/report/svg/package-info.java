/**
 * Small inline-SVG chart builders for the report pages: grouped bars with intervals, stacked share
 * bars, heat maps, line charts with bands and reliability diagrams. Each returns one
 * {@code <svg class="chart">} string of fixed pixel size whose texts are escaped; none keeps state.
 */
package org.stancemap.report.svg;
