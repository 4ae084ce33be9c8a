package codio.classdata.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.security.storage.StorageException;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;

/** {@code classes [--archived]}: id, name and dates of the organisation's classes. */
final class ClassesCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, CodioApiException, StorageException {
		CommandArguments arguments = new CommandArguments("classes", context.arguments());
		boolean archived = arguments.flag("--archived");
		arguments.done();
		List<Course> courses = context.client().listCourses(archived ? CourseFilter.ALL : CourseFilter.ACTIVE);
		if (context.options().json()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Course course : courses) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", course.id());
				row.put("name", course.name());
				row.put("start", course.start());
				row.put("end", course.end());
				row.put("archived", course.archived());
				rows.add(row);
			}
			context.out().println(context.json().toJson(rows));
		} else {
			new ClassesTable(courses).print(context.out());
			context.note(courses.size() + (courses.size() == 1 ? " class" : " classes")
					+ (archived ? " (archived included)" : ""));
		}
		return ExitCode.OK;
	}
}
