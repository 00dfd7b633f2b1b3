package org.fazhi.report.text;

import java.util.function.IntPredicate;

/** Binary search over positions in order, for the questions each figure of a long sentence asks. */
final class Search {
  private Search() {}

  /**
   * The first index in {@code [0, size)} at which {@code holds} is true, or {@code size}; {@code
   * holds} must be false, then true, along the indexes.
   */
  static int first(int size, IntPredicate holds) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (holds.test(mid)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
