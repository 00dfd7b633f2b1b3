package org.fazhi.report.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Refuses a key that appears twice in one object, as Jackson's strict duplicate detection does and
 * with its message, but without a hash set for every object of more than two keys: the keys of the
 * objects open at a point are kept on one reusable stack and compared in place (the parser hands
 * out one instance per distinct name, so a comparison is mostly a reference check). An object of
 * more than {@value #SCANNED} keys moves its keys to a hash set, so that no object costs quadratic
 * work.
 *
 * <p>Every way of moving the parser forward passes through here; skipping a structure reads it
 * token by token, so a duplicate in a skipped object is refused as well.
 */
final class DistinctNames extends JsonParserDelegate {
  /** The most keys of one object compared one by one before they move to a hash set. */
  static final int SCANNED = 16;

  /** The keys of each open object, innermost last; only the first {@link #count}s hold. */
  private String[][] keys = new String[8][];

  private int[] count = new int[8];

  /** The keys of an open object that outgrew {@link #SCANNED}, or null. */
  private Set<String>[] large = newSets(8);

  /** How many objects are open. */
  private int depth;

  DistinctNames(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() {
    return seen(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    String name = delegate.nextName();
    seen(delegate.currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    boolean matched = delegate.nextName(expected);
    seen(delegate.currentToken());
    return matched;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = delegate.nextNameMatch(matcher);
    seen(delegate.currentToken());
    return match;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private JsonToken seen(JsonToken token) {
    if (token == JsonToken.PROPERTY_NAME) {
      add(delegate.currentName());
    } else if (token == JsonToken.START_OBJECT) {
      open();
    } else if (token == JsonToken.END_OBJECT && depth > 0) {
      depth--;
      large[depth] = null;
    }
    return token;
  }

  private void open() {
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

  private void add(String name) {
    int level = depth - 1;
    if (level < 0) {
      return;
    }
    Set<String> set = large[level];
    if (set != null) {
      if (!set.add(name)) {
        throw duplicate(name);
      }
      return;
    }
    String[] names = keys[level];
    int n = count[level];
    for (int i = 0; i < n; i++) {
      String key = names[i];
      if (key == name || key.equals(name)) {
        throw duplicate(name);
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
  }

  private StreamReadException duplicate(String name) {
    return new StreamReadException(this, "Duplicate Object property \"" + name + "\"");
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int size) {
    return (Set<String>[]) new Set<?>[size];
  }
}
