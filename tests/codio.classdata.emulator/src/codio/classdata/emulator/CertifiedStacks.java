package codio.classdata.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Codio's certified stacks, the ready-made images classes run on, as {@code StackInfo} of Codio's API. */
final class CertifiedStacks {

	private record Stack(String id, String name, String description, int installations) {
	}

	private static final List<Stack> STACKS = List.of(
			new Stack("java17", "Java 17", "OpenJDK 17 with Maven, Gradle and JUnit 5", 41250),
			new Stack("java11", "Java 11", "OpenJDK 11 with Maven, Gradle and JUnit 5", 18730),
			new Stack("python", "Python 3", "Python 3.10 with pip, pytest and common data libraries", 52310),
			new Stack("jupyter", "Jupyter", "JupyterLab with Python 3, pandas and matplotlib", 12875),
			new Stack("cpp", "C++ and C", "GCC and G++, make, CMake and GDB", 15440),
			new Stack("csharp", "C#", ".NET SDK with the C# compiler and NUnit", 4310),
			new Stack("nodejs", "Node.js", "Node.js LTS with npm", 20960),
			new Stack("ruby", "Ruby", "Ruby with Bundler and RSpec", 2115),
			new Stack("lamp", "LAMP", "Apache, MySQL and PHP", 6720),
			new Stack("erlang", "Erlang", "Erlang/OTP with rebar3", 380),
			new Stack("jeroo", "Jeroo", "The Jeroo environment for learning objects", 1250),
			new Stack("pencilcode", "Pencil Code", "Pencil Code block and text programming", 940),
			new Stack("empty", "Empty (Ubuntu 22.04)", "Ubuntu 22.04 with no extra software", 8800),
			new Stack("empty-2604", "Empty (Ubuntu 26.04)", "Ubuntu 26.04 with no extra software", 610));

	private CertifiedStacks() {
	}

	/** The stack's {@code StackInfo}, with Codio's snake-case field names. */
	static Optional<Map<String, Object>> info(String id) {
		return STACKS.stream().filter(stack -> stack.id().equals(id)).findFirst().map(CertifiedStacks::info);
	}

	private static Map<String, Object> info(Stack stack) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("id", stack.id());
		info.put("name", stack.name());
		info.put("short_description", stack.description());
		info.put("long_description", stack.name() + " certified stack maintained by Codio: " + stack.description()
				+ ". Updated with security fixes every month.");
		info.put("owner", "Codio");
		info.put("owner_type", "certified");
		info.put("versions", List.of(version(stack, "2026-09-01T08:00:00Z", "Autumn term refresh"),
				version(stack, "2026-01-05T08:00:00Z", "Spring term refresh")));
		info.put("installations", stack.installations());
		return info;
	}

	private static Map<String, Object> version(Stack stack, String date, String changelog) {
		Map<String, Object> version = new LinkedHashMap<>();
		version.put("id", DemoData.idOf(stack.id() + "/" + date));
		version.put("changelog", changelog);
		version.put("date", date);
		return version;
	}
}
