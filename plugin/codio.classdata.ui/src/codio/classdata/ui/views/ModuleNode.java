package codio.classdata.ui.views;

import codio.classdata.api.Course;
import codio.classdata.api.CourseModule;

/** A module with the class it belongs to. */
public record ModuleNode(Course course, CourseModule module) {
}
