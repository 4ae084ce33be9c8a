package codio.classdata.emulator;

/** A class member with the fields of the {@code User} schema of Codio's OpenAPI document. */
public record EmulatedUser(String id, String name, String login, String email) {
}
