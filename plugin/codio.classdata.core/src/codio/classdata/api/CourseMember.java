package codio.classdata.api;

/** A student or teacher of a class ({@code User}). */
public record CourseMember(String id, String name, String login, String email) {
}
