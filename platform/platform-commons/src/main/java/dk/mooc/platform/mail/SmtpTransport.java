package dk.mooc.platform.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Hands one queued mail to the mail server: the only place that speaks SMTP. It uses a blocking SMTP client (Angus
 * Mail) on the sender's own thread, so that every wait - connecting, and each of the server's replies - is bounded by a
 * socket timeout, and a send that times out is over: its connection is closed, and a server that had not yet received
 * the end of the message discards it. The reactive mailer's client could not promise that. It lost a server's greeting
 * now and then under load (the greeting arrived before its connection was handed to the send) and then waited for it
 * forever; a send given up by a timeout stayed queued in its connection pool and went out later, after its retry had
 * already delivered the mail (the fault-injection run found a mail delivered twice that way).
 * <p>
 * The settings are the Quarkus mailer's ({@code quarkus.mailer.*}: from, host, port, tls, start-tls, login, username,
 * password), so that a deployment configures mail in one place. With {@code quarkus.mailer.mock=true} (the tests)
 * the mail goes to the Quarkus mailer's mock mailbox instead, and no connection is made.
 */
@ApplicationScoped
public class SmtpTransport {

    private static final Logger LOG = Logger.getLogger(SmtpTransport.class);

    /** The header carrying the mail's id in the queue (outgoing_mail.id). */
    public static final String MAIL_ID_HEADER = "X-MOOC-Mail-Id";

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost")
    String host;

    @ConfigProperty(name = "quarkus.mailer.port")
    Optional<Integer> port;

    /** TLS from the first byte (SMTPS, usually port 465). */
    @ConfigProperty(name = "quarkus.mailer.tls", defaultValue = "false")
    boolean tls;

    /** DISABLED, OPTIONAL (when the server offers it) or REQUIRED. */
    @ConfigProperty(name = "quarkus.mailer.start-tls", defaultValue = "OPTIONAL")
    String startTls;

    /** DISABLED, NONE (log in when a user name is set and the server offers it) or REQUIRED. */
    @ConfigProperty(name = "quarkus.mailer.login", defaultValue = "NONE")
    String login;

    @ConfigProperty(name = "quarkus.mailer.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.mailer.password")
    Optional<String> password;

    /**
     * How long the sender waits for the mail server at any one step: the connection, and each reply. A server that
     * stops answering is a failed attempt after this long, retried later. Generous, because the wait for the reply
     * to the end of the message is the one where giving up can repeat a mail: the server may have taken it already.
     */
    @ConfigProperty(name = "mooc.mail.send-timeout", defaultValue = "30S")
    Duration timeout;

    @Inject
    ReactiveMailer mockMailer;

    private Session session;
    private InternetAddress sender;
    private String protocol;

    @PostConstruct
    void configure() {
        try {
            sender = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("quarkus.mailer.from is not an address: " + from, e);
        }
        protocol = tls ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put(p + "host", host);
        props.put(p + "port", String.valueOf(port.orElse(tls ? 465 : 25)));
        props.put(p + "connectiontimeout", String.valueOf(timeout.toMillis()));
        props.put(p + "timeout", String.valueOf(timeout.toMillis()));
        props.put(p + "writetimeout", String.valueOf(timeout.toMillis()));
        props.put(p + "starttls.enable", String.valueOf(!"DISABLED".equalsIgnoreCase(startTls)));
        props.put(p + "starttls.required", String.valueOf("REQUIRED".equalsIgnoreCase(startTls)));
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "auth", String.valueOf(logsIn()));
        session = Session.getInstance(props);
    }

    private boolean logsIn() {
        return !"DISABLED".equalsIgnoreCase(login) && username.isPresent();
    }

    /**
     * Sends the mail, or throws. Returns only once the server has accepted it (its "250" to the end of the message);
     * any other outcome is an exception, after at most the timeout at each step.
     */
    public void send(OutgoingMail m) throws MessagingException {
        if (mock) {
            mockMailer.send(Mail.withText(m.recipient, m.subject, m.textBody).addHeader(MAIL_ID_HEADER, m.id.toString()))
                    .await().atMost(timeout);
            return;
        }
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // one Message-ID per queued mail, whichever attempt delivers it: a mailbox that drops repeated ids
                // drops the copy that SMTP's at-least-once can produce
                setHeader("Message-ID", "<" + m.id + "@" + domainOf(sender.getAddress()) + ">");
            }
        };
        message.setFrom(sender);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.recipient, true));
        message.setSubject(m.subject, "UTF-8");
        message.setSentDate(new Date());
        message.setText(m.textBody, "UTF-8");
        // readable as it is and safe for links (what the local mail inbox and the browser tests read)
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        message.setHeader(MAIL_ID_HEADER, m.id.toString());
        message.saveChanges();
        if ("REQUIRED".equalsIgnoreCase(login) && username.isEmpty()) {
            throw new MessagingException("the login to the mail server is required, and no user name is set");
        }
        Transport transport = session.getTransport(protocol);
        try {
            if (logsIn()) {
                transport.connect(username.get(), password.orElse(""));
            } else {
                transport.connect();
            }
            if ("REQUIRED".equalsIgnoreCase(login) && !((SMTPTransport) transport).supportsExtension("AUTH")) {
                throw new MessagingException("the mail server offers no login (AUTH), and the login is required");
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(transport);
            throw e;
        }
        // accepted: whatever happens to the goodbye (QUIT) must not make the mail count as unsent and go out again
        closeQuietly(transport);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.debugf("Closing the connection to the mail server: %s", e.getMessage());
        }
    }

    /**
     * The longest a whole conversation can take when the server answers each step just in time: connection, greeting,
     * EHLO, STARTTLS and EHLO again, AUTH (two steps), MAIL, RCPT, DATA, the message, the end of it. The transaction
     * that holds the mail's row while it is sent must outlast it: one that timed out would roll back a mail the server
     * has accepted, and the mail would go out again.
     */
    public Duration longestConversation() {
        return timeout.multipliedBy(12);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "mooc.localhost" : address.substring(at + 1);
    }
}
