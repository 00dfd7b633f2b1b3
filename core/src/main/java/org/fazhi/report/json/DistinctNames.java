package org.fazhi.report.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the objects open at a point of a document, to find a key that appears twice in one
 * object without a hash set for every object of more than two keys, as Jackson's strict duplicate
 * detection builds: the keys are kept on one reusable stack and compared in place (the parser hands
 * out one instance per distinct name, so a comparison is mostly a reference check). An object of
 * more than {@value #SCANNED} keys moves its keys to a hash set, so that no object costs quadratic
 * work. {@link CheckedTokens} feeds it every token.
 */
final class DistinctNames {
  /** The most keys of one object compared one by one before they move to a hash set. */
  static final int SCANNED = 16;

  /** The keys of each open object, innermost last; only the first {@link #count}s hold. */
  private String[][] keys = new String[8][];

  private int[] count = new int[8];

  /** The keys of an open object that outgrew {@link #SCANNED}, or null. */
  private Set<String>[] large = newSets(8);

  /** How many objects are open. */
  private int depth;

  /** An object opens. */
  void open() {
    if (depth == keys.length) {
      keys = Arrays.copyOf(keys, depth * 2);
      count = Arrays.copyOf(count, depth * 2);
      large = Arrays.copyOf(large, depth * 2);
    }
    if (keys[depth] == null) {
      keys[depth] = new String[SCANNED];
    }
    count[depth] = 0;
    depth++;
  }

  /** A key of the innermost open object; false if that object has it already. */
  boolean add(String name) {
    int level = depth - 1;
    if (level < 0) {
      return true;
    }
    Set<String> set = large[level];
    if (set != null) {
      return set.add(name);
    }
    String[] names = keys[level];
    int n = count[level];
    for (int i = 0; i < n; i++) {
      String key = names[i];
      if (key == name || key.equals(name)) {
        return false;
      }
    }
    if (n < SCANNED) {
      names[n] = name;
      count[level] = n + 1;
    } else {
      set = new HashSet<>(Arrays.asList(names));
      set.add(name);
      large[level] = set;
    }
    return true;
  }

  /** The innermost open object closes. */
  void close() {
    if (depth > 0) {
      depth--;
      large[depth] = null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int size) {
    return (Set<String>[]) new Set<?>[size];
  }
}
