package dk.mooc.proposal.performance;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SQL statement Hibernate prepares while a test records, so that a test can count what one request costs.
 * Records nothing otherwise, so the rest of the suite pays nothing for it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

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
}
