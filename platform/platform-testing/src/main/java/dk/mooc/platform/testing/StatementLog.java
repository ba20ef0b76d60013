package dk.mooc.platform.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every SQL statement Hibernate prepares while a test records, so that a test can count what one request costs
 * (docs/performance.md, "Statements per request"): each is a round trip to PostgreSQL, and round trips are where the
 * services' requests wait. Records nothing otherwise, so the rest of a suite pays nothing for it.
 *
 * <p>A service's tests register it with a subclass of their own that is a persistence-unit extension
 * ({@code @PersistenceUnitExtension @ApplicationScoped class …StatementLog extends StatementLog {}}): this library is
 * not a bean archive, so that nothing else in it becomes a bean.
 */
public class StatementLog implements StatementInspector {

    /**
     * Tables only the background jobs touch (the outbox relay, the mail sender, the inbox) and the relay's leader
     * lock: they share the connection pool and may run during a request, but their statements are not the request's.
     */
    private static final Pattern BACKGROUND = Pattern.compile("outbox_event|outgoing_mail|inbox_event|pg_try_advisory");

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            RECORDED.add(sql);
        }
        return sql;
    }

    public static void start() {
        RECORDED.clear();
        recording = true;
    }

    /** Stops recording; returns what was recorded since {@link #start}. */
    public static List<String> stop() {
        recording = false;
        return List.copyOf(RECORDED);
    }

    /**
     * The statements one request issues (without the background jobs'), after the same request once to warm up:
     * first-use costs are not a read's. Fails unless both answered 200. Prints them, for the performance notes.
     */
    public static List<String> statementsOf(String what, Supplier<Integer> request) {
        int warmUp = request.get();
        start();
        int status;
        List<String> sql;
        try {
            status = request.get();
        } finally {
            sql = stop();
        }
        assertTrue(warmUp == 200 && status == 200, what + " answered " + warmUp + ", then " + status);
        List<String> own = sql.stream().filter(s -> !BACKGROUND.matcher(s.toLowerCase(Locale.ROOT)).find()).toList();
        System.out.printf("%s: %d statement(s)%n", what, own.size());
        own.forEach(s -> System.out.println("    " + s));
        return own;
    }

    /** Fails when a request issued more statements than its bound. */
    public static void atMost(int bound, List<String> statements) {
        assertTrue(statements.size() <= bound, statements.size() + " statements, at most " + bound + " expected: " + statements);
    }

    /** Fails when any statement is not a read. */
    public static void onlyReads(List<String> statements) {
        assertTrue(statements.stream().allMatch(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("select")),
                "a read only reads: " + statements);
    }
}
