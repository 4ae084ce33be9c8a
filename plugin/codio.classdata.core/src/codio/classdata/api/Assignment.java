package codio.classdata.api;

/** One assignment (Codio's UI: a "unit" item) of a class module, as {@code courses/{id}} returns it. */
public record Assignment(String id, String name) {
}
