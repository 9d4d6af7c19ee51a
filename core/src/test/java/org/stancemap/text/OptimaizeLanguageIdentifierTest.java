package org.stancemap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Languages of abstract-like texts, from the n-gram profiles in the language-detector jar. The texts
 * are hand-made fixtures written for this test (English, German, French, Spanish, Chinese, Japanese, Korean).
 */
class OptimaizeLanguageIdentifierTest {
    private final LanguageIdentifier id = OptimaizeLanguageIdentifier.shared();

    @Test
    void identifiesTheLanguagesOfAbstracts() {
        assertEquals("en", id.identify("FIXTURE: This article examines how the social credit system rates firms and"
                + " citizens, and argues that its blacklists extend state surveillance into everyday life."));
        assertEquals("de", id.identify("FIXTURE: Dieser Beitrag untersucht, wie das Sozialkreditsystem Unternehmen und"
                + " Bürger bewertet, und zeigt, dass die schwarzen Listen die staatliche Überwachung ausweiten."));
        assertEquals("fr", id.identify("FIXTURE: Cet article examine comment le système de crédit social évalue les"
                + " entreprises et les citoyens, et montre que ses listes noires étendent la surveillance de l'État."));
        assertEquals("es", id.identify("FIXTURE: Este artículo examina cómo el sistema de crédito social califica a las"
                + " empresas y a los ciudadanos, y sostiene que sus listas negras amplían la vigilancia estatal."));
        assertEquals("zh", id.identify("本文考察了社会信用体系如何对企业和公民进行评分，并认为其黑名单制度将国家监控扩展到了日常生活之中。"));
        assertEquals("ja", id.identify("本稿では、社会信用システムが企業と市民をどのように評価するかを検討する。"));
        assertEquals("ko", id.identify("이 논문은 사회신용체계가 기업과 시민을 어떻게 평가하는지 살펴본다."));
    }

    @Test
    void shortOrEmptyTextsAreUndetermined() {
        assertEquals(LanguageIdentifier.UNDETERMINED, id.identify("Credit lists"));
        assertEquals(LanguageIdentifier.UNDETERMINED, id.identify(""));
        assertEquals(LanguageIdentifier.UNDETERMINED, id.identify(null));
        assertEquals(LanguageIdentifier.UNDETERMINED, id.identify("1234 5678 9012 3456 7890 !!!! ???? ---- 1234 5678"));
    }

    @Test
    void theEnglishShortcutAgreesWithTheDetectorOnTheSeedTexts() throws java.io.IOException {
        OptimaizeLanguageIdentifier optimaize = OptimaizeLanguageIdentifier.shared();
        java.util.List<String> texts = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("corpus/seed.jsonl"))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        texts.addAll(SeedSentences.ALL);
        int shortcut = 0;
        for (String text : texts) {
            String sample = text.length() <= OptimaizeLanguageIdentifier.MAX_CHARS ? text
                    : text.substring(0, OptimaizeLanguageIdentifier.MAX_CHARS);
            if (OptimaizeLanguageIdentifier.clearlyEnglish(sample)) {
                shortcut++;
                assertEquals("en", optimaize.detect(sample), text);
            }
            assertEquals(optimaize.detect(sample).equals("en") || OptimaizeLanguageIdentifier.clearlyEnglish(sample)
                    ? "en" : optimaize.detect(sample), optimaize.identify(text));
        }
        org.junit.jupiter.api.Assertions.assertTrue(shortcut >= 10, "the shortcut answered for " + shortcut + " texts");
    }

    @Test
    void noCodePointBelowTheFirstCjkOneIsOfACjkScript() {
        for (int cp = 0; cp < OptimaizeLanguageIdentifier.FIRST_CJK; cp++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            org.junit.jupiter.api.Assertions.assertFalse(s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL, Integer.toHexString(cp));
        }
    }

    @Test
    void theEnglishShortcutLeavesOtherLanguagesToTheDetector() {
        // FIXTURE: hand-made, not real data; long enough for the shortcut's word count
        String de = "Dieser Beitrag untersucht, wie das Sozialkreditsystem Unternehmen und Bürger bewertet, und zeigt, dass"
                + " die schwarzen Listen die staatliche Überwachung in das tägliche Leben der Menschen ausweiten, wobei"
                + " the Social Credit System und the State Council als Quellen dienen und die Daten ausgewertet werden.";
        String nl = "Dit artikel onderzoekt hoe het sociale kredietsysteem bedrijven en burgers beoordeelt, en het laat zien"
                + " dat de zwarte lijsten het staatstoezicht uitbreiden naar het dagelijks leven van de burgers in het land"
                + " en dat the State Council en the People's Bank de regels opstellen voor de komende jaren in China.";
        org.junit.jupiter.api.Assertions.assertFalse(OptimaizeLanguageIdentifier.clearlyEnglish(de));
        org.junit.jupiter.api.Assertions.assertFalse(OptimaizeLanguageIdentifier.clearlyEnglish(nl));
        assertEquals("de", id.identify(de));
        assertEquals("nl", id.identify(nl));
        org.junit.jupiter.api.Assertions.assertTrue(OptimaizeLanguageIdentifier.clearlyEnglish(
                "This article examines how the social credit system rates firms and citizens, and argues that its"
                        + " blacklists extend state surveillance into the everyday life of citizens; the data of the"
                        + " State Council are analysed with a difference-in-differences design for the years 2014 to 2020."));
    }
}
