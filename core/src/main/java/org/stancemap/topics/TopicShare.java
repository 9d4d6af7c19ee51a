package org.stancemap.topics;

/**
 * One topic's weight in a document's mixture, with the topic's short label; what a classified
 * record lists as its top topics.
 *
 * @param topic  topic number, from 0
 * @param weight the topic's share of the document, in [0, 1]
 * @param label  the topic's three most probable words joined by {@code /}
 */
public record TopicShare(int topic, double weight, String label) {}
