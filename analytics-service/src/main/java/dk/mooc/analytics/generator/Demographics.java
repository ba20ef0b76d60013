package dk.mooc.analytics.generator;

import java.util.SplittableRandom;

/** Who the synthetic learners are: the profile columns of Coursera's users table, drawn roughly as on Coursera. */
final class Demographics {

    private Demographics() {
    }

    /**
     * Where Coursera's learners come from, roughly (share in per mille); the rest are spread over
     * {@link #OTHER_COUNTRIES} and about 3 % have no country.
     */
    private static final String[] COUNTRIES = {"US", "IN", "CN", "GB", "BR", "MX", "CA", "DE", "ES", "DK", "FR",
        "CO", "RU", "EG", "NG", "PK", "AU", "PH", "ID", "TR", "JP", "IT", "KR", "NL", "SE", "NO", "PL", "ZA", "AR", "VN"};
    private static final int[] COUNTRY_PERMILLE = {235, 115, 50, 42, 40, 35, 30, 28, 25, 25, 22,
        20, 18, 15, 15, 14, 14, 13, 13, 12, 11, 11, 10, 9, 8, 6, 8, 8, 8, 8};
    private static final String[] OTHER_COUNTRIES = {"BE", "CH", "AT", "FI", "PT", "IE", "GR", "CZ", "HU", "RO",
        "UA", "IL", "SA", "AE", "KE", "GH", "MA", "TN", "TH", "MY", "SG", "NZ", "CL", "PE", "EC", "BD", "LK", "NP"};
    private static final String[] LANGUAGES = {"en", "es", "zh", "pt", "fr", "de", "ru", "ar", "da", "hi"};
    private static final String[] GENDERS = {"male", "female", "", "other"};
    private static final String[] EMPLOYMENT = {"EMPLOYED_FULL_TIME", "STUDENT", "EMPLOYED_PART_TIME", "UNEMPLOYED", ""};
    private static final String[] EDUCATION = {"BACHELORS", "MASTERS", "HIGH_SCHOOL", "DOCTORATE", "ASSOCIATE", ""};
    /**
     * {@code country_cd,region_cd,profile_language_cd,reported_or_inferred_gender,employment_status,
     * educational_attainment} of one learner (the region is left empty, as it mostly is in real exports).
     */
    static String profile(SplittableRandom rnd) {
        String country = country(rnd);
        return country + ",," + language(rnd, country) + ',' + pick(rnd, GENDERS) + ',' + pick(rnd, EMPLOYMENT) + ','
                + pick(rnd, EDUCATION);
    }

    private static String country(SplittableRandom rnd) {
        int r = rnd.nextInt(1000);
        for (int c = 0; c < COUNTRIES.length; c++) {
            r -= COUNTRY_PERMILLE[c];
            if (r < 0) {
                return COUNTRIES[c];
            }
        }
        return rnd.nextInt(4) == 0 ? "" : OTHER_COUNTRIES[rnd.nextInt(OTHER_COUNTRIES.length)];
    }

    private static String language(SplittableRandom rnd, String country) {
        return switch (country) {
            case "US", "GB", "IN", "CA", "AU", "NG", "PH", "ZA", "" -> "en";
            case "MX", "ES", "CO", "AR", "CL", "PE" -> "es";
            case "BR", "PT" -> "pt";
            case "CN" -> "zh";
            case "DK" -> rnd.nextBoolean() ? "da" : "en";
            default -> LANGUAGES[rnd.nextInt(LANGUAGES.length)];
        };
    }

    private static String pick(SplittableRandom rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
