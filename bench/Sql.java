import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Runs one SQL statement for bench/import (no psql needed): {@code java -cp <postgresql jar> Sql.java URL SQL}. */
public class Sql {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres"); Statement st = c.createStatement()) {
            if (st.execute(args[1])) {
                try (ResultSet r = st.getResultSet()) {
                    while (r.next()) {
                        System.out.println(r.getString(1));
                    }
                }
            }
        }
    }
}
