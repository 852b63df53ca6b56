package org.jianbao.studio;

/**
 * A request the studio will not carry out, with the HTTP status and a message in Chinese for the
 * person at the browser. The server answers it as {@code {"error": message}}; it never shows a
 * stack trace.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    private Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, message);
    }

    static Refusal forbidden(String message) {
        return new Refusal(403, message);
    }

    static Refusal notFound(String message) {
        return new Refusal(404, message);
    }

    static Refusal notAllowed(String message) {
        return new Refusal(405, message);
    }

    static Refusal conflict(String message) {
        return new Refusal(409, message);
    }

    static Refusal tooLarge(String message) {
        return new Refusal(413, message);
    }

    static Refusal unsupported(String message) {
        return new Refusal(415, message);
    }

    static Refusal unprocessable(String message) {
        return new Refusal(422, message);
    }

    static Refusal preconditionRequired(String message) {
        return new Refusal(428, message);
    }
}
