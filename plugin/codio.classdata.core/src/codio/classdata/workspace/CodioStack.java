package codio.classdata.workspace;

/**
 * A Codio stack: the runtime image a workspace ran on, which an export does not contain.
 *
 * @param id          Codio's stack id (a certified stack's short id such as {@code java17}, or a UUID pasted by
 *                    the user)
 * @param name        the name Codio shows, such as "Java 17"
 * @param version     the stack version, or "" when not known
 * @param language    the language family, which decides how the project is configured
 * @param javaVersion the Java release for {@link StackLanguage#JAVA} stacks (11, 17), else 0
 */
public record CodioStack(String id, String name, String version, StackLanguage language, int javaVersion) {

	@Override
	public String toString() {
		return version.isEmpty() ? name : name + " " + version;
	}
}
