package org.stancemap.text;

/**
 * Tells the language a text is written in. Implementations are thread-safe.
 */
public interface LanguageIdentifier {

    /** The code for a text whose language cannot be told (too short, mixed, or unknown): ISO 639-2 "undetermined". */
    String UNDETERMINED = "und";

    /** The ISO 639-1 code of English, the language the stance models are trained on. */
    String ENGLISH = "en";

    /**
     * The language of {@code text}: an ISO 639-1 code such as {@code en} or {@code de}, else
     * {@link #UNDETERMINED}. Never null, never throws on any text.
     */
    String identify(String text);
}
