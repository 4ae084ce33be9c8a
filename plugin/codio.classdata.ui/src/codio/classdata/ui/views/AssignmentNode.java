package codio.classdata.ui.views;

import codio.classdata.api.Assignment;
import codio.classdata.api.Course;

/** An assignment with the class it belongs to, so commands on it know the class. */
public record AssignmentNode(Course course, Assignment assignment) {
}
