package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where video is made (docs/production.md, "Video production"): the MediaLab's production, charged by the hour and
 * confirmed by the MediaLab, and the free self-service studios on the campuses. Opening hours are local time in
 * Copenhagen; a booking lies within one day's opening hours.
 */
@Schema(name = "StudioKey", description = "MEDIALAB (the MediaLab's production, charged and confirmed by the MediaLab) "
        + "or one of the free self-service studios")
public enum Studio {

    MEDIALAB("MediaLab production", "Lyngby Campus", 350, true,
            weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))),
    LYNGBY_LIBRARY("Self-service studio, Library, Lyngby Campus", "Lyngby Campus", 0, false,
            concat(weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                    List.of(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(16, 0))))),
    BALLERUP("Self-service studio, Ballerup Campus", "Ballerup Campus", 0, false,
            weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))),
    RISOE("Self-service studio, Risø Campus", "Risø Campus", 0, false,
            weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0)));

    /** The studios' time zone: opening hours and calendar days are Copenhagen's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** One day's opening hours, local time. */
    public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    private final String displayName;
    private final String campus;
    private final int hourlyRateDkk;
    private final boolean needsConfirmation;
    private final List<OpeningHours> openingHours;

    Studio(String displayName, String campus, int hourlyRateDkk, boolean needsConfirmation, List<OpeningHours> openingHours) {
        this.displayName = displayName;
        this.campus = campus;
        this.hourlyRateDkk = hourlyRateDkk;
        this.needsConfirmation = needsConfirmation;
        this.openingHours = openingHours;
    }

    public String displayName() {
        return displayName;
    }

    public String campus() {
        return campus;
    }

    public int hourlyRateDkk() {
        return hourlyRateDkk;
    }

    /** A booking stays REQUESTED until the studio's staff confirm it; otherwise it is confirmed at once. */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    public List<OpeningHours> openingHours() {
        return openingHours;
    }

    public Optional<OpeningHours> hoursOn(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.day() == day).findFirst();
    }

    /** The price of a booking of this length; bookings are whole or half hours, so this is a whole number. */
    public int costDkk(Duration length) {
        return Math.toIntExact(hourlyRateDkk * length.toMinutes() / 60);
    }

    public static Optional<Studio> byKey(String key) {
        for (Studio s : values()) {
            if (s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static List<OpeningHours> weekdays(LocalTime opens, LocalTime closes) {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream().map(d -> new OpeningHours(d, opens, closes)).toList();
    }

    private static List<OpeningHours> concat(List<OpeningHours> a, List<OpeningHours> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
