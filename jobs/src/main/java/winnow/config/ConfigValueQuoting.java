package winnow.config;

import java.util.regex.Pattern;

/**
 * Turns a raw --set value into HOCON. Lists, objects, numbers, sizes and booleans pass as they are; anything else
 * is quoted, because unquoted HOCON would read "s3a://bucket" as "s3a:" followed by a comment.
 */
final class ConfigValueQuoting {
  private static final Pattern LITERAL =
      Pattern.compile("^([\\[{\"].*|-?\\d+(\\.\\d+)?|true|false|\\d+\\s*[kKmMgG]i?B?)$", Pattern.DOTALL);

  private ConfigValueQuoting() {}

  static String asHocon(String raw) {
    if (LITERAL.matcher(raw).matches()) {
      return raw;
    }
    return "\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
