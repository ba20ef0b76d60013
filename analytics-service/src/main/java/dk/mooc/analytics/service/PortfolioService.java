package dk.mooc.analytics.service;

import dk.mooc.analytics.PortfolioEvent;
import dk.mooc.analytics.PortfolioMooc;
import dk.mooc.analytics.PortfolioStage;
import dk.mooc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The programme portfolio for the steering committee and admins: stages, resources per department, slip. */
@ApplicationScoped
public class PortfolioService {

    /** Staff hours, assistants and video budget, summed. */
    @Schema(name = "PortfolioResources", description = "Staff hours, assistants and video budget, summed")
    public record Resources(
            @Schema(description = "Staff hours for production and running (a proposal without a figure counts 0)",
                    example = "400") int staffHours,
            @Schema(description = "Number of assistants (a proposal without a figure counts 0)", example = "2")
            int assistants,
            @Schema(description = "Video budget in Danish kroner (a proposal without a figure counts 0)",
                    example = "35000") int videoBudgetDkk) {
        Resources plus(PortfolioMooc m) {
            return new Resources(staffHours + nz(m.staffHours), assistants + nz(m.assistants),
                    videoBudgetDkk + nz(m.videoBudgetDkk));
        }
    }

    /**
     * One department: its MOOCs per stage, the resources committed (approved: in production or launched) and those
     * requested by proposals under review.
     */
    @Schema(name = "PortfolioDepartment", description = "One department: its MOOCs per stage and the resources "
            + "committed (approved MOOCs) and requested (under review)")
    public record Department(
            @Schema(description = "The department's name; \"—\" for MOOCs whose proposal names none", example = "Compute")
            String department,
            @Schema(description = "The department's MOOCs in all stages", example = "4") int moocs,
            @Schema(description = "The department's MOOCs per stage (every stage, 0 when none)",
                    example = "{\"PROPOSAL\": 1, \"REVIEW\": 1, \"PRODUCTION\": 1, \"LAUNCHED\": 1}")
            Map<PortfolioStage, Integer> byStage,
            @Schema(description = "Summed over the MOOCs in production or launched") Resources committed,
            @Schema(description = "Summed over the proposals under review") Resources requested) {
    }

    public record Overview(Map<PortfolioStage, Integer> byStage, List<Department> departments, List<PortfolioMooc> moocs) {
    }

    public Overview overview(String department) {
        List<PortfolioMooc> moocs = department == null
                ? PortfolioMooc.list("order by department, title")
                : PortfolioMooc.list("department = ?1 order by title", department);
        Map<PortfolioStage, Integer> byStage = emptyStages();
        Map<String, List<PortfolioMooc>> byDepartment = new TreeMap<>();
        for (PortfolioMooc m : moocs) {
            byStage.merge(m.stage, 1, Integer::sum);
            byDepartment.computeIfAbsent(m.department == null ? "—" : m.department, k -> new ArrayList<>()).add(m);
        }
        List<Department> departments = new ArrayList<>();
        byDepartment.forEach((name, list) -> {
            Map<PortfolioStage, Integer> stages = emptyStages();
            Resources committed = new Resources(0, 0, 0);
            Resources requested = new Resources(0, 0, 0);
            for (PortfolioMooc m : list) {
                stages.merge(m.stage, 1, Integer::sum);
                if (m.stage == PortfolioStage.PRODUCTION || m.stage == PortfolioStage.LAUNCHED) {
                    committed = committed.plus(m);
                } else if (m.stage == PortfolioStage.REVIEW) {
                    requested = requested.plus(m);
                }
            }
            departments.add(new Department(name, list.size(), stages, committed, requested));
        });
        return new Overview(byStage, departments, moocs);
    }

    public PortfolioMooc mooc(UUID moocId) {
        return PortfolioMooc.<PortfolioMooc>findByIdOptional(moocId)
                .orElseThrow(() -> ProblemException.notFound("MOOC in the portfolio", moocId));
    }

    /** Every event of the MOOC across the four services, by business date, then by when each was recorded. */
    public List<PortfolioEvent> timeline(UUID moocId) {
        mooc(moocId);
        return PortfolioEvent.list("moocId = ?1 order by occurredOn, occurredAt, eventType", moocId);
    }

    private static Map<PortfolioStage, Integer> emptyStages() {
        Map<PortfolioStage, Integer> m = new EnumMap<>(PortfolioStage.class);
        for (PortfolioStage s : PortfolioStage.values()) {
            m.put(s, 0);
        }
        return m;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
