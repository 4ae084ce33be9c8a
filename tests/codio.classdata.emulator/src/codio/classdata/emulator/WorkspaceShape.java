package codio.classdata.emulator;

/**
 * How big generated exports are, fixed when an export starts so later changes of the settings do not alter it.
 *
 * @param studentsPerClass students each class has
 * @param filesPerWorkspace source files in each student's workspace, besides {@code .codio}, {@code .settings} and
 *            {@code .guides}
 * @param exportSizeBytes roughly how big a class-data zip grows: each workspace gets an incompressible data file
 *            of its share; 0 adds none
 * @param studentWork how many rounds of later work the students have done since the first export
 *            ({@link EmulatorState#advanceStudentWork()}): a newer export of the same class differs
 */
record WorkspaceShape(int studentsPerClass, int filesPerWorkspace, long exportSizeBytes, int studentWork) {

	/** The size of the incompressible data file each workspace of the class gets. */
	long paddingPerWorkspace(EmulatedCourse course) {
		long workspaces = (long) StudentWorkspace.assignments(course).size() * studentsPerClass;
		return exportSizeBytes <= 0 || workspaces == 0 ? 0 : exportSizeBytes / workspaces;
	}
}
