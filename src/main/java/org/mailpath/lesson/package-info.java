/**
 * The guided lessons for trainers ({@code mailpath lesson [N]}, the window's Lessons menu): each
 * lesson is a narrative, one or more lab traces, and "what to notice" items that each point at
 * something checkable in the trace's report — a finding, a sender's outcome, a retry timeline, an
 * exposure cell — so a lesson can only state what the lab shows.
 *
 * <p>Pure Java: the texts and checks come from {@code resources/lessons/lessons.md} ({@link
 * org.mailpath.lesson.LessonBook}); the faces run the traces and ask each {@link
 * org.mailpath.lesson.Check} whether the report shows it.
 */
package org.mailpath.lesson;
