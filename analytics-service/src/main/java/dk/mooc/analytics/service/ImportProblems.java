package dk.mooc.analytics.service;

import dk.mooc.analytics.imports.ImportRejected;
import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;

import java.util.List;

/** A rejected file as a 400 problem naming the table, the line and the column. */
final class ImportProblems {

    private ImportProblems() {
    }

    static ProblemException of(ImportRejected e) {
        String where = e.table() + " line " + e.line() + (e.column() == null ? "" : ", column " + e.column());
        ProblemException p = new ProblemException(ProblemType.VALIDATION, where + ": " + e.getMessage()
                + ". Nothing of the file was imported.",
                List.of(new Problem.FieldError(e.column() == null ? "line " + e.line() : e.column(), e.getMessage())))
                .with("table", e.table()).with("line", e.line())
                // the reader's language words the refusal from these, like an import's problemCode and problemParams
                .with("code", e.code().name()).with("params", e.params());
        if (e.column() != null) {
            p.with("column", e.column());
        }
        return p;
    }
}
