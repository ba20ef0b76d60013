package dk.mooc.proposal.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.web.Timestamps;
import dk.mooc.proposal.Attachment;
import dk.mooc.proposal.AttachmentType;
import dk.mooc.proposal.HistoryEntry;
import dk.mooc.proposal.Proposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to a proposal: type and size limits, the file's whole structure ({@link AttachmentStructure}),
 * owner-only changes while drafting.
 */
@ApplicationScoped
public class AttachmentService {

    @Inject
    ProposalService proposals;

    @Inject
    CurrentUser user;

    @Inject
    AttachmentStructure structure;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.max-count", defaultValue = "20")
    int maxCount;

    public List<Attachment> list(UUID proposalId) {
        Proposal p = proposals.get(proposalId);
        return Attachment.list("proposalId = ?1 order by uploadedAt, id", p.id);
    }

    public Attachment get(UUID proposalId, UUID attachmentId) {
        Proposal p = proposals.get(proposalId);
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || !a.proposalId.equals(p.id)) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return a;
    }

    @Transactional
    public Attachment add(UUID proposalId, String fileName, String mediaType, byte[] content) {
        Proposal p = editable(proposalId);
        String name = FileNames.clean(fileName);
        if (name.isEmpty() || name.length() > 200) {
            throw ProblemException.invalid("name", "give the file name (1 to 200 characters) as ?name=outline.pdf");
        }
        AttachmentType type = AttachmentType.ofMediaType(mediaType).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Attachments may be " + AttachmentType.allowed()
                + "; this one was " + mediaType)
                .with("accepted", Arrays.stream(AttachmentType.values()).map(AttachmentType::mediaType).toList()));
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An attachment may have at most " + maxBytes
                    + " bytes; this one has " + content.length).with("maxBytes", maxBytes);
        }
        if (!type.matchesExtension(name)) {
            throw ProblemException.invalid("name", "the file name's extension does not fit " + type.mediaType());
        }
        if (!type.matchesContent(content)) {
            throw ProblemException.invalid("file", "the content is not " + type.mediaType());
        }
        structure.check(type, content);
        if (Attachment.count("proposalId", p.id) >= maxCount) {
            throw ProblemException.conflict("A proposal may have at most " + maxCount + " attachments; remove one first");
        }
        OffsetDateTime now = Timestamps.now();
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.proposalId = p.id;
        a.fileName = name;
        a.mediaType = type.mediaType();
        a.sizeBytes = content.length;
        a.sha256 = sha256(content);
        a.content = content;
        a.uploadedAt = now;
        a.uploadedById = user.id();
        a.uploadedByName = user.displayName();
        ProposalService.Endorsements before = ProposalService.Endorsements.of(p);
        a.persist();
        p.updatedAt = now;
        proposals.history(p, "ATTACHMENT_ADDED", HistoryEntry.params("fileName", name), now);
        proposals.afterContentChange(p, before, now);
        return a;
    }

    @Transactional
    public void remove(UUID proposalId, UUID attachmentId) {
        Proposal p = editable(proposalId);
        Attachment a = get(p.id, attachmentId);
        ProposalService.Endorsements before = ProposalService.Endorsements.of(p);
        OffsetDateTime now = Timestamps.now();
        a.delete();
        p.updatedAt = now;
        proposals.history(p, "ATTACHMENT_REMOVED", HistoryEntry.params("fileName", a.fileName), now);
        proposals.afterContentChange(p, before, now);
    }

    private Proposal editable(UUID proposalId) {
        Proposal p = proposals.ownProposal(proposalId);
        p.requireEditable("attachments can change");
        return p;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
