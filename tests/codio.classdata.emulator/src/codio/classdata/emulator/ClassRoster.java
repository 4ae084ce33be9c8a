package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The teachers and students of a class, drawn from fixed name lists with a seed taken from the class id, so the
 * same class always has the same people. Ids derive from logins, as stable as the logins themselves.
 */
final class ClassRoster {

	static final int TEACHERS_PER_CLASS = 2;

	private static final String[] FIRST_NAMES = { "Amelia", "Ben", "Chloe", "Daniel", "Emma", "Farah", "Gabriel",
			"Hannah", "Isaac", "Jasmine", "Kenji", "Leila", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa",
			"Samuel", "Tara", "Umar", "Valentina", "William", "Xin", "Yusuf", "Zoe", "Aisha", "Lucas", "Mia", "Noah" };
	private static final String[] LAST_NAMES = { "Adams", "Brennan", "Chen", "Diaz", "Evans", "Fischer", "Garcia",
			"Hughes", "Ibrahim", "Jensen", "Kowalski", "Lopez", "Murphy", "Nguyen", "Okafor", "Patel", "Quinn",
			"Rossi", "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Yilmaz", "Zimmerman", "Silva", "Kim" };
	private static final String[] TEACHER_NAMES = { "Margaret Hopper", "Alan Okonkwo", "Grace Lindqvist",
			"Edsger Moreau", "Barbara Castillo", "Donald Whitfield" };

	private ClassRoster() {
	}

	static List<EmulatedUser> students(EmulatedCourse course, int count) {
		SplittableRandom random = SeededRandom.of("students", course.id());
		Set<String> logins = new HashSet<>();
		List<EmulatedUser> students = new ArrayList<>();
		while (students.size() < count) {
			String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
			String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
			String login = uniqueLogin((first.charAt(0) + last).toLowerCase(Locale.ROOT), logins);
			students.add(user(first + " " + last, login, "students.riverside.example.edu"));
		}
		return students;
	}

	static List<EmulatedUser> teachers(EmulatedCourse course) {
		int first = Math.floorMod(SeededRandom.seed("teachers", course.name()), TEACHER_NAMES.length);
		List<EmulatedUser> teachers = new ArrayList<>();
		for (int i = 0; i < TEACHERS_PER_CLASS; i++) {
			String name = TEACHER_NAMES[(first + i) % TEACHER_NAMES.length];
			String[] parts = name.split(" ");
			teachers.add(user(name, (parts[0].charAt(0) + parts[1]).toLowerCase(Locale.ROOT),
					"riverside.example.edu"));
		}
		return teachers;
	}

	private static String uniqueLogin(String base, Set<String> taken) {
		String login = base;
		for (int suffix = 2; !taken.add(login); suffix++) {
			login = base + suffix;
		}
		return login;
	}

	private static EmulatedUser user(String name, String login, String domain) {
		return new EmulatedUser(DemoData.idOf("user/" + login), name, login, login + "@" + domain);
	}
}
