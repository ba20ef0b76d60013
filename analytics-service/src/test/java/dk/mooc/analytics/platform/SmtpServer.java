package dk.mooc.analytics.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on a free local port, speaking the protocol to the service's real mailer over TCP. A recipient
 * can be made to fail: {@link #failNext(String, int)} answers its next n deliveries with a temporary failure (421) and
 * closes the connection, as a mail server that is going down or restarting does. It records every attempt and every delivered message.
 */
final class SmtpServer {

    /** A message accepted for delivery (after DATA). */
    record Delivered(List<String> recipients, String data) {
    }

    private final ServerSocket socket;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    /** The next connection's greeting waits this long, as a server that accepted the connection and stalls does. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Duration> nextGreetingDelay =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Conversations that went on after a late greeting, and what became of them ("delivered" or "client gone"). */
    final List<String> lateConversations = new CopyOnWriteArrayList<>();
    /** Runs for each accepted message before the server answers "250": what the sender has committed by then. */
    volatile java.util.function.Consumer<Delivered> beforeAccepting = d -> { };

    /** A server on {@code port} (0: any free port). */
    SmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "test-smtp-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next connection is greeted only after {@code delay}, and then the conversation goes on as usual. */
    void greetNextAfter(java.time.Duration delay) {
        nextGreetingDelay.set(delay);
    }

    /** The next {@code times} deliveries to {@code recipient} are refused with 421 (Integer.MAX_VALUE: always). */
    void failNext(String recipient, int times) {
        failures.put(recipient.toLowerCase(), new AtomicInteger(times));
    }

    /** How often a delivery to {@code recipient} was tried (RCPT TO), refused or not. */
    int attempts(String recipient) {
        AtomicInteger n = attempts.get(recipient.toLowerCase());
        return n == null ? 0 : n.get();
    }

    /** The messages delivered to {@code recipient}. */
    List<Delivered> deliveredTo(String recipient) {
        return delivered.stream().filter(d -> d.recipients().contains(recipient.toLowerCase())).toList();
    }

    void close() throws IOException {
        socket.close();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> serve(client), "test-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))) {
            OutputStream out = client.getOutputStream();
            java.time.Duration delay = nextGreetingDelay.getAndSet(null);
            boolean late = delay != null;
            if (late) {
                Thread.sleep(delay.toMillis());
            }
            boolean[] deliveredHere = {false};
            try {
                reply(out, "220 localhost test SMTP");
                converse(in, out, deliveredHere);
            } finally {
                if (late) {
                    lateConversations.add(deliveredHere[0] ? "delivered" : "client gone");
                }
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One SMTP conversation after the greeting; {@code deliveredHere[0]} is set once it delivered a message. */
    private void converse(BufferedReader in, OutputStream out, boolean[] deliveredHere) throws IOException {
        List<String> recipients = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
                case "HELO" -> reply(out, "250 localhost");
                case "MAIL" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase();
                    attempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                    AtomicInteger left = failures.get(address);
                    if (left != null && left.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0) {
                        // as a server going down does: refuse and close the connection
                        reply(out, "421 4.3.0 Service not available for " + address + ", closing connection");
                        return;
                    } else {
                        recipients.add(address);
                        reply(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    if (recipients.isEmpty()) {
                        reply(out, "554 No valid recipients");
                        continue;
                    }
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line).append('\n');
                    }
                    if (line == null) {
                        return;   // the client went away before the end of the message: nothing is delivered
                    }
                    Delivered message = new Delivered(List.copyOf(recipients), data.toString());
                    beforeAccepting.accept(message);
                    delivered.add(message);
                    deliveredHere[0] = true;
                    recipients.clear();
                    reply(out, "250 OK queued");
                }
                case "RSET" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "NOOP" -> reply(out, "250 OK");
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 Command not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
