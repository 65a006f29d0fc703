package dev.rotor.store;

/**
 * The store could not do what was asked: a database error, an unknown or ambiguous id. The message
 * is one readable line for the user.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
