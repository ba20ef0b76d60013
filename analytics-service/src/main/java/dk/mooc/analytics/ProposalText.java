package dk.mooc.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The words of a proposal that are compared with the Coursera catalogue: its title and topic (what the course is),
 * and its summary, target learners and uniqueness text (the context).
 */
public record ProposalText(String title, String topic, String summary, String targetLearners, String uniqueness) {

    public ProposalText {
        title = clean(title);
        topic = clean(topic);
        summary = clean(summary);
        targetLearners = clean(targetLearners);
        uniqueness = clean(uniqueness);
    }

    /** Title and topic: what the course is about. */
    public String focus() {
        return join(title, topic);
    }

    /** Summary, target learners and uniqueness: what else the proposal says. */
    public String context() {
        return join(summary, targetLearners, uniqueness);
    }

    public boolean hasNoWords() {
        return focus().isEmpty() && context().isEmpty();
    }

    /** SHA-256 of the compared text, field by field: the same text gives the same hash, any change another. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {title, topic, summary, targetLearners, uniqueness}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                // length-prefixed, so that moving words from one field to the next changes the hash
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static String join(String... parts) {
        return String.join(" ", Stream.of(parts).filter(p -> !p.isEmpty()).toList());
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
