package codio.classdata.access;

import java.time.Duration;

/**
 * Time one person spent in one unit's project: the sum of their Project Open → Project Close stretches.
 *
 * @param unit      the unit's name
 * @param total     the summed time
 * @param visits    how many opens were counted
 * @param estimated whether some stretch had no close and was ended by a guess (the cap or the next Log In)
 */
public record UnitTime(String unit, Duration total, int visits, boolean estimated) {
}
