package dk.mooc.platform.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads one figure from the service's Prometheus endpoint, as the cluster's Prometheus scrapes it. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of the metric without labels (or with the registry's common ones only); fails when it is absent. */
    public static double value(String name) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in /q/metrics");
        }
        return Double.parseDouble(m.group(2));
    }
}
