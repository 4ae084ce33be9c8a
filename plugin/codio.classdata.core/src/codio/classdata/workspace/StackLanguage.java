package codio.classdata.workspace;

/** The language family of a Codio stack; it decides how an imported project is configured. */
public enum StackLanguage {
	JAVA, PYTHON, JUPYTER, C_CPP, CSHARP, NODEJS, RUBY, PHP, ERLANG, OTHER
}
