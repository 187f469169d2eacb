package dev.patina.doc;

/** A parameter value that breaks its declaration; the message names the parameter. */
public class ParamException extends IllegalArgumentException {
    private final String param, problem;

    public ParamException(String param, String problem) {
        super(param + ": " + problem);
        this.param = param;
        this.problem = problem;
    }

    public String param() { return param; }

    /** What is wrong, without the param's name (for re-reporting it under a longer path). */
    public String problem() { return problem; }
}
