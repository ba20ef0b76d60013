package dk.mooc.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A request parameter that cannot be read. A {@link BadRequestException}, so the REST layer passes it on unchanged
 * (it wraps anything else from a parameter converter into a 404); {@link ProblemMappers} renders it as
 * {@code 400 validation} with the parameter as the field.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String problem;

    public InvalidParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
