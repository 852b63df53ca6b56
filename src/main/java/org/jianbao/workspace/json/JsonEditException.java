package org.jianbao.workspace.json;

/** An edit that cannot be made: a path that names nothing, a value of the wrong kind, text that is not JSON. */
public final class JsonEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonEditException(String message) {
        super(message);
    }

    JsonEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
