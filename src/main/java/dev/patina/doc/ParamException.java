package dev.patina.doc;

/** A parameter value that breaks its declaration; the message names the parameter. */
public class ParamException extends IllegalArgumentException {
    private final String param;

    public ParamException(String param, String problem) {
        super(param + ": " + problem);
        this.param = param;
    }

    public String param() { return param; }
}
