package org.stancemap.embed;

import java.util.List;

/**
 * Real text for the embedding tests, copied verbatim from the seed export
 * {@code /work/shared/seeds/000_6683469129a847d7.txt} (R Discovery page export of real abstracts);
 * tests never read that file. Sentences are split by {@link #sentences(String)}, the fallback rule
 * the tests use instead of CoreNLP.
 */
final class SeedTexts {

    /**
     * Abstract of doi:10.1108/cms-06-2025-0650 (Chinese Management Studies, 2025): 520 words, about 644
     * BGE word pieces, so longer than one window of either model.
     */
    static final String LABOR_EMPLOYMENT_ABSTRACT =
            "Purpose The purpose of this study uses data of companies listed on the Shanghai and "
            + "Shenzhen A-shares between 2012 and 2021 and uses the staggered difference-in-differences"
            + " (DID) causal inference method to evaluate the impact and mechanisms of China’s social "
            + "credit system construction (CSCSC) on labor employment decisions. "
            + "Design/methodology/approach This scenario conforms to two key elements of staggered DID."
            + " First, micro-enterprises were not uniformly affected by policy shocks over time (2017 "
            + "with 12 cities, 2019 with 16 cities and 2021 with 34 cities). Second, since the onset of"
            + " policy impacts, there has been no instance of micro-enterprises exiting the pilot "
            + "policies, meaning there was no occurrence of policy withdrawal or reversal. Findings The"
            + " findings of this study are as follows: first, the pilot policy for CSCSC has resulted "
            + "in an approximate increase of 3.10% in enterprise labor employment. Second, the CSCSC "
            + "has facilitated the expansion of labor employment by augmenting the scale of debt "
            + "financing, diminishing the cost of debt financing and curtailing the supply of "
            + "commercial credit. Furthermore, heterogeneity analysis demonstrated that the pilot "
            + "policy for CSCSC has a more pronounced effect on enhancing enterprise labor employment "
            + "when the labor market supply is abundant and the degree of regional marketization and "
            + "the relationship between government and market are both relatively low, particularly for"
            + " small-scale, non-state-owned enterprises with weak profitability. Research "
            + "limitations/implications Chinese listed companies constitute only a subset of the firms "
            + "affected by the credit policy. An analysis of how the social-credit-system reform "
            + "influences employment structure within this sector cannot, by definition, demonstrate "
            + "that the same effects apply to unlisted firms. Future research could usefully examine "
            + "whether, and the extent to which, China’s social-credit-system reform and related policy"
            + " measures influence the evolution of employment structures. Practical implications Given"
            + " that the construction of the social credit system has been shown to significantly "
            + "increase the scale of enterprise labor employment, policymakers are advised to consider "
            + "the continued expansion of this system to foster the growth and development of "
            + "additional enterprises. Considering that China’s central regions derive greater benefits"
            + " from the social credit system, it is imperative that the state intensifies its support "
            + "for these areas, including measures such as fiscal and tax incentives, to promote "
            + "balanced regional development. Social implications The policymaker should take into "
            + "account the positive impacts of the social credit system construction on different "
            + "regions and types of enterprises, and accordingly adjust and refine related policies and"
            + " measures to fully leverage the role of the social credit system in promoting economic "
            + "development and corporate growth. Employment is recognized as the paramount aspect of "
            + "people’s welfare and acknowledged as the most fundamental foundation of economic growth."
            + " Originality/value The marginal contribution of this study is mainly reflected in the "
            + "following three aspects. First, it supplements the literature on the impact of social "
            + "credit on macro-employment behavior. Second, this study innovatively explores the impact"
            + " of the social credit system construction on labor employment decisions from a human "
            + "capital perspective. Finally, the limitations of existing research have been addressed "
            + "by this study, contributing to an enhanced understanding of the effects of social credit"
            + " system construction on labor employment decisions in pilot area enterprises.";

    /** First sentence of the abstract above: staggered difference-in-differences on listed firms. */
    static final String DID_SENTENCE =
            "Purpose The purpose of this study uses data of companies listed on the Shanghai and "
            + "Shenzhen A-shares between 2012 and 2021 and uses the staggered difference-in-differences"
            + " (DID) causal inference method to evaluate the impact and mechanisms of China’s social "
            + "credit system construction (CSCSC) on labor employment decisions.";

    /** Econometric sentence from doi:10.22394/1726-1139-2022-10-12-27 (market indicators BCI, PMI). */
    static final String MARKET_INDICATORS_SENTENCE =
            "The results of the consideration of market indicators show that the introduction of the "
            + "social credit system did not have an impact on business climate indicators such as BCI "
            + "or PMI.";

    /** Surveillance sentence from doi:10.1108/oir-08-2018-0231 (data-driven authoritarianism). */
    static final String SURVEILLANCE_SENTENCE =
            "This data-driven authoritarianism uses data and technology to enhance citizen "
            + "surveillance.";

    /** Human-rights sentence from doi:10.22394/1726-1139-2022-10-12-27. */
    static final String HUMAN_RIGHTS_SENTENCE =
            "Western liberal thought with its cult of individualism sees the following consequences "
            + "of the introduction of a social credit system: violation of human rights, non-observance"
            + " of the principle of social justice, violation of the principle of privacy, violation of"
            + " the principle of equality of rights, development of totalitarian and authoritarian "
            + "tendencies.";

    private SeedTexts() {
    }

    /** Fallback sentence split for tests: after '.', '!' or '?' followed by whitespace. */
    static List<String> sentences(String text) {
        return List.of(text.strip().split("(?<=[.!?])\\s+"));
    }
}
