package codio.classdata.emulator;

import java.util.List;

/** A class module as Codio's API shows it. */
public record EmulatedModule(String id, String name, List<EmulatedAssignment> assignments) {
}
