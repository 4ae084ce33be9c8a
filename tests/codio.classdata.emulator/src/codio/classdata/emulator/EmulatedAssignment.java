package codio.classdata.emulator;

/** An assignment as Codio's API shows it. */
public record EmulatedAssignment(String id, String name) {
}
