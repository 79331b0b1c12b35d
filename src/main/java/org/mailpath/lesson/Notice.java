package org.mailpath.lesson;

/**
 * One "what to notice" item: a sentence for the trainee and the fact of the report it rests on.
 *
 * @param text what to notice, in words
 * @param check what the report must show for the sentence to be true
 */
public record Notice(String text, Check check) {}
