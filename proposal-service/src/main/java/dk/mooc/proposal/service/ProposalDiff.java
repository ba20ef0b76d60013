package dk.mooc.proposal.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.mooc.proposal.ProposalContent;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of the application differ between two contents (for the history and version diffs). */
public final class ProposalDiff {

    private ProposalDiff() {
    }

    @Schema(name = "ProposalFieldChange", description = "One field of the application before and after")
    public record Change(
            @Schema(description = "The field's name, as in ProposalContent", example = "summary") String field,
            @Schema(description = "Its value before: a string, number, boolean, team list or resources; null when empty",
                    example = "A first summary") Object before,
            @Schema(description = "Its value after, in the same form", example = "A sharper summary") Object after) {
    }

    public static List<Change> changes(ProposalContent before, ProposalContent after) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent c : ProposalContent.class.getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(before);
                Object b = c.getAccessor().invoke(after);
                if (!Objects.equals(normalise(a), normalise(b))) {
                    changes.add(new Change(c.getName(), a, b));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changes;
    }

    public static String changedFields(ProposalContent before, ProposalContent after) {
        return String.join(", ", changes(before, after).stream().map(Change::field).toList());
    }

    private static Object normalise(Object v) {
        if (v instanceof String s && s.isBlank()) {
            return null;
        }
        if (v instanceof List<?> l && l.isEmpty()) {
            return null;
        }
        if (v instanceof ProposalContent.Resources r && r.equals(ProposalContent.Resources.NONE)) {
            return null;
        }
        return v;
    }
}
