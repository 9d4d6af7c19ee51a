package org.stancemap.text;

import java.util.List;

/** Real sentences copied from the seed abstracts (R Discovery export), for tests that need many texts. */
final class SeedSentences {

    static final List<String> ALL = List.of(
            "The findings of this study are as follows: first, the pilot policy for CSCSC has resulted in an approximate"
                    + " increase of 3.10% in enterprise labor employment.",
            "Purpose The purpose of this study uses data of companies listed on the Shanghai and Shenzhen A-shares between"
                    + " 2012 and 2021 and uses the staggered difference-in-differences (DID) causal inference method to"
                    + " evaluate the impact and mechanisms of China\u2019s social credit system construction (CSCSC) on labor"
                    + " employment decisions.",
            "Taken together, China\u2019s social credit system is analyzed as an integrated tool for datafication,"
                    + " dataveillance and data-driven authoritarianism.",
            "Thus, the declared goal of introducing a social credit system was not achieved.",
            "Possible consequences of the application of the social credit system, both positive and negative, are analyzed.",
            "In 2014, the State Council of the Chinese Communist Party announced the institution of a social credit system"
                    + " by 2020, a follow-up to a similar statement on the creation of a social credit system issued by the"
                    + " State Council in 2007.",
            "The participants in the social credit system and the main mechanisms for collecting information for the"
                    + " social credit level formation, including through the mandatory use of specially designed ID-cards,"
                    + " and recently the almost widespread use of the verification for a person by face, have been determined.",
            "Viewing \"Social Credit System\" as a technique for exercising social control and oversight, the authors"
                    + " discover its origins in J. Bentham\u2019s project\" Panopticon \", Taylor\u2019s philosophy of"
                    + " management, Confucian and legalistic traditions of Imperial China, ideas and institutions of the era"
                    + " of Chinese cultural revolution, as well as U.S. credit scoring systems.",
            "The issue of social-credit mechanisms\u2019 introduction to the process of public administration is de facto an"
                    + " issue between the values of freedom and the values of security \u2014 the issue of choosing between"
                    + " political subjectivity and guaranteed biological existence.",
            "The practice of implementation the state digital eco-environment \u00ABDiia\u00BB (State and I), which is a key"
                    + " tool for building a digital state, as well as the functional content of the \u00ABDiia\u00BB"
                    + " eco-environment (service) and its main components, is analyzed.");

    private SeedSentences() {
    }
}
