package com.alvh.workbench.report;

import java.util.Locale;

/**
 * Counts in printed text with the noun's right number: "1 path", "2 paths", "1 policy",
 * "4,000 paths". Used wherever the command line and the reports print a count.
 */
public final class Counts {

    private Counts() {
    }

    /**
     * @param count how many
     * @param singular the noun for one ("path", "day", "thread", "policy")
     * @return the count (thousands separated) and the noun, plural unless the count is 1
     */
    public static String of(long count, String singular) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? singular : plural(singular));
    }

    /** The English plural of the nouns printed here: "policy" to "policies", "axis" to "axes", "path" to "paths". */
    static String plural(String singular) {
        if (singular.endsWith("is")) {
            return singular.substring(0, singular.length() - 2) + "es";
        }
        if (singular.endsWith("y") && singular.length() > 1 && "aeiou".indexOf(singular.charAt(singular.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }
}
