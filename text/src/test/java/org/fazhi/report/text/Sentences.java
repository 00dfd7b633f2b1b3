package org.fazhi.report.text;

import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.OutlineParser.Fragment;

/**
 * Sentences for the readers' unit tests, built the way {@link FigureReader} builds them: in one
 * preamble fragment (no section), read in order under one {@link Topics}.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence of the preamble, on line 1 from column 1. */
  static Sentence of(String text) {
    return of(text, 1);
  }

  /** A sentence of the preamble with the id {@code id}. */
  static Sentence of(String text, int id) {
    return new Sentence(new Fragment(null, text, 1, 1, false), text, 0, null, id);
  }

  /** A sentence read: its clause topics and its primary topic, as the readers get them. */
  record Read(Sentence sentence, Topics.ClauseTopic[] topics, Block primary) {}

  /** Sentences read one after another in the same paragraph, so each inherits the topic before. */
  static final class Reading {
    private final Topics topics = new Topics();
    private final Fragment fragment = new Fragment(null, "", 1, 1, false);
    private int id;

    Reading() {
      topics.enter(fragment);
    }

    Read next(String text) {
      Sentence s = new Sentence(fragment, text, 0, null, ++id);
      Block primary = topics.primary(s);
      return new Read(s, topics.read(s), primary);
    }
  }

  /** Reads {@code texts} in order; the last one read. */
  static Read read(String... texts) {
    Reading reading = new Reading();
    Read last = null;
    for (String text : texts) {
      last = reading.next(text);
    }
    return last;
  }
}
