package winnow.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every bin/winnow command in the README parses against the real command line: options cannot drift. */
class ReadmeCommandsTest {

  static List<List<String>> readmeCommands() throws IOException {
    Path readme = Path.of(System.getProperty("winnow.root", "..")).resolve("README.md");
    List<List<String>> commands = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(readme)) {
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      if (!inCode) {
        continue;
      }
      for (String part : line.split("&&")) {
        String cmd = part.trim();
        if (cmd.startsWith("bin/winnow")) {
          List<String> words = shellWords(cmd);
          commands.add(words.subList(1, words.size()));
        }
      }
    }
    return commands;
  }

  /** Splits a command line on spaces outside double quotes. */
  static List<String> shellWords(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  @Test
  void everyReadmeCommandParses() throws IOException {
    List<List<String>> commands = readmeCommands();
    assertTrue(commands.size() >= 4, "README shows bin/winnow commands: " + commands);
    for (List<String> args : commands) {
      CommandLine cli = new CommandLine(new WinnowCli());
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      assertDoesNotThrow(() -> cli.parseArgs(args.toArray(new String[0])), "README command: " + args);
    }
  }

  @Test
  void everyCommandHasHelpAndSparkCommandsTakeTheCommonOptions() {
    checkTree(new CommandLine(new WinnowCli()));
  }

  private static void checkTree(CommandLine cmd) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      String name = sub.getCommandName();
      String usage = sub.getUsageMessage();
      assertTrue(usage.contains("--help"), name + " has --help");
      if (sub.getCommand() instanceof SparkCommand) {
        for (String option : List.of("--warehouse", "--conf", "--set")) {
          assertTrue(usage.contains(option), name + " takes " + option);
        }
      }
      checkTree(sub);
    }
  }
}
