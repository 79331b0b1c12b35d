package org.mailpath.address;

import com.ibm.icu.text.IDNA;
import java.util.Set;
import java.util.stream.Collectors;

/** ICU's UTS #46 error flags, said in words a person can act on. */
final class IdnaProblems {
  private IdnaProblems() {}

  /** One clause per problem, joined with "; ", e.g. "a label starts with a hyphen". */
  static String describe(Set<IDNA.Error> errors) {
    return errors.stream().map(IdnaProblems::words).distinct().collect(Collectors.joining("; "));
  }

  private static String words(IDNA.Error error) {
    return switch (error) {
      case EMPTY_LABEL -> "it has an empty label (two dots in a row, or a leading dot)";
      case LABEL_TOO_LONG -> "a label is longer than 63 characters";
      case DOMAIN_NAME_TOO_LONG -> "the name is longer than 253 characters";
      case LEADING_HYPHEN -> "a label starts with a hyphen";
      case TRAILING_HYPHEN -> "a label ends with a hyphen";
      case HYPHEN_3_4 -> "a label has hyphens in its third and fourth places but is no A-label";
      case LEADING_COMBINING_MARK -> "a label starts with a combining mark";
      case DISALLOWED ->
          "it contains a character that is not allowed in a domain name (a space, a symbol or"
              + " punctuation other than the hyphen)";
      case PUNYCODE -> "an xn-- label is not valid Punycode";
      case LABEL_HAS_DOT -> "a label contains a dot";
      case INVALID_ACE_LABEL -> "an xn-- label does not decode to a valid label";
      case BIDI -> "it mixes right-to-left and left-to-right text in a way IDNA forbids";
      case CONTEXTJ -> "a zero-width joiner or non-joiner stands where IDNA forbids it";
      case CONTEXTO_PUNCTUATION -> "a punctuation character stands where IDNA forbids it";
      case CONTEXTO_DIGITS -> "it mixes Arabic-Indic and Extended Arabic-Indic digits";
    };
  }
}
