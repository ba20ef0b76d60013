package dk.mooc.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hashes endorsements are bound to. The content hash covers every field of the application and the
 * SHA-256 of every attachment, so any edit changes it; the scope hash covers only the academic scope the
 * study board approves (docs/proposals.md, "Which changes need new endorsements").
 */
public final class ContentFingerprint {

    /** Canonical JSON: properties sorted by name, so the hash does not depend on declaration order. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The fields whose change needs a new approval from the study board. */
    public static final List<String> SCOPE_FIELDS =
            List.of("title", "topic", "targetLearners", "newContent", "courseCode", "plannedLaunchSemester");

    private ContentFingerprint() {
    }

    public static String contentHash(ProposalContent content, List<String> attachmentHashes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("content", content);
        doc.put("attachments", attachmentHashes.stream().sorted().toList());
        return sha256(doc);
    }

    public static String scopeHash(ProposalContent c) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", c.title());
        scope.put("topic", blankToNull(c.topic()));
        scope.put("targetLearners", blankToNull(c.targetLearners()));
        scope.put("newContent", c.newContent());
        scope.put("courseCode", c.newContent() ? null : blankToNull(c.courseCode()));
        scope.put("plannedLaunchSemester", c.plannedLaunchSemester());
        return sha256(scope);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(Object doc) {
        try {
            byte[] json = CANONICAL.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the proposal", e);
        }
    }
}
