package codio.classdata.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The class-data export ({@code workdata}): a zip with one folder per assignment and student,
 * {@code {assignment}/{student login}/…}, each holding that student's workspace. Data files are STORED, as
 * compressing them gains nothing.
 */
final class ClassDataZip implements ArchiveContent {

	private final EmulatedCourse course;
	private final WorkspaceShape shape;
	private final List<EmulatedUser> students;

	ClassDataZip(EmulatedCourse course, WorkspaceShape shape) {
		this.course = course;
		this.shape = shape;
		this.students = ClassRoster.students(course, shape.studentsPerClass());
	}

	@Override
	public String key() {
		return "workdata/" + course.id() + "/" + shape;
	}

	@Override
	public String extension() {
		return "zip";
	}

	@Override
	public String contentType() {
		return "application/zip";
	}

	@Override
	public void writeTo(Path file) throws IOException {
		List<EmulatedAssignment> assignments = StudentWorkspace.assignments(course);
		List<String> folders = StudentWorkspace.folderNames(course);
		FileTime time = FileTime.from(entryTime(course));
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
			for (int i = 0; i < assignments.size(); i++) {
				for (EmulatedUser student : students) {
					String folder = folders.get(i) + "/" + student.login() + "/";
					for (WorkspaceFile workspaceFile : StudentWorkspace.files(course, assignments.get(i), student,
							shape)) {
						write(zip, folder + workspaceFile.path(), workspaceFile, time);
					}
				}
			}
		}
	}

	static void write(ZipArchiveOutputStream zip, String name, WorkspaceFile file, FileTime time)
			throws IOException {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setLastModifiedTime(time);
		entry.setMethod(file.isIncompressible() ? ZipEntry.STORED : ZipEntry.DEFLATED);
		zip.putArchiveEntry(entry);
		file.writeTo(zip);
		zip.closeArchiveEntry();
	}

	/** When the files were last changed: the start of the class, so every run gives the same bytes. */
	static Instant entryTime(EmulatedCourse course) {
		try {
			return course.start() == null ? Instant.parse("2026-01-01T00:00:00Z") : Instant.parse(course.start());
		} catch (RuntimeException e) {
			return Instant.parse("2026-01-01T00:00:00Z");
		}
	}
}
