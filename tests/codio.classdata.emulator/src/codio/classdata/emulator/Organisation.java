package codio.classdata.emulator;

import java.util.List;

/**
 * The organisation the emulator serves: its API key and its classes. Loaded from a JSON file with the same
 * field names ({@code --data}), or built by {@link DemoData}.
 *
 * @param pageSize how many classes one {@code courses_list} page holds, small enough that paging is exercised
 */
public record Organisation(String name, String clientId, String clientSecret, int pageSize,
		List<EmulatedCourse> courses) {

	public Organisation {
		if (clientId == null || clientSecret == null) {
			throw new IllegalArgumentException("The organisation needs a clientId and a clientSecret.");
		}
		if (pageSize <= 0) {
			pageSize = 5;
		}
		courses = courses == null ? List.of() : List.copyOf(courses);
	}
}
