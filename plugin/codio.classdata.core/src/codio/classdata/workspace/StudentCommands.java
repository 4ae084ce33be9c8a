package codio.classdata.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How student commands are started: through the system shell, with an environment that carries no credentials
 * (Codio's variables, tokens, secrets, passwords, proxy addresses with a password in them).
 */
public final class StudentCommands {

	private static final Pattern SECRET_NAME = Pattern.compile(
			"(?i)^codio_.*|.*(token|secret|password|passwd|credential|api_?key).*");
	private static final Pattern PROXY_NAME = Pattern.compile("(?i)^(http|https|ftp|all|no)_proxy$");

	private StudentCommands() {
	}

	/** The command line that runs {@code command} through the system shell. */
	public static List<String> shell(String command) {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
				? List.of("cmd.exe", "/c", command)
				: List.of("/bin/sh", "-c", command);
	}

	/** Removes every credential from an environment. */
	public static void withoutCredentials(Map<String, String> environment) {
		environment.keySet().removeIf(name -> SECRET_NAME.matcher(name).matches());
		environment.entrySet()
				.removeIf(entry -> PROXY_NAME.matcher(entry.getKey()).matches() && entry.getValue().contains("@"));
	}
}
