package dk.mooc.platform.infra;

import java.io.IOException;

/**
 * Ends this process when its parent goes away. A test JVM that is killed cannot run shutdown hooks,
 * so the child watches its standard input: the pipe closes when the parent dies, whatever the cause.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    static void exitWhenStdinCloses() {
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; we only wait for end-of-stream
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-stream
            }
            System.out.println("Parent process gone: shutting down");
            System.exit(0);
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
