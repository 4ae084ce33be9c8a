package codio.classdata.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A command's own arguments: flags, options with a value, and positionals, each taken once. */
final class CommandArguments {

	private final String command;
	private final List<String> remaining;

	CommandArguments(String command, List<String> arguments) {
		this.command = command;
		this.remaining = new ArrayList<>(arguments);
	}

	boolean flag(String name) {
		return remaining.remove(name);
	}

	Optional<String> option(String name) throws UsageException {
		int index = remaining.indexOf(name);
		if (index < 0) {
			for (int i = 0; i < remaining.size(); i++) {
				if (remaining.get(i).startsWith(name + "=")) {
					return Optional.of(remaining.remove(i).substring(name.length() + 1));
				}
			}
			return Optional.empty();
		}
		if (index + 1 >= remaining.size() || remaining.get(index + 1).startsWith("--")) {
			throw new UsageException(command + ": " + name + " needs a value.");
		}
		remaining.remove(index);
		return Optional.of(remaining.remove(index));
	}

	String positional(String what) throws UsageException {
		for (int i = 0; i < remaining.size(); i++) {
			if (!remaining.get(i).startsWith("--")) {
				return remaining.remove(i);
			}
		}
		throw new UsageException(command + " needs " + what + ".");
	}

	/** Fails on anything not taken. */
	void done() throws UsageException {
		if (!remaining.isEmpty()) {
			throw new UsageException(command + " does not take '" + remaining.get(0) + "'.");
		}
	}
}
