package com.alvh.workbench.cli;

/** A command-line value that cannot be used; the message names the option and the value. Exit code 2. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message);
    }
}
