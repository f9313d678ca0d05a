package winnow.config;

/** A configuration problem a user can fix; its message names the key. */
public final class ConfigError extends RuntimeException {
  public ConfigError(String message) {
    super(message);
  }
}
