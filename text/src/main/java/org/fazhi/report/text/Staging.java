package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Group;

/**
 * The values read for the typed blocks, before the blocks are built: per block, per field, the
 * value with where it was read. A field holds one value; a second, different one is refused (and
 * the figure reported) rather than overwriting the first.
 */
final class Staging {
  /** A staged value: a {@code Count}, {@code Rate} or {@code Money}, of its field's kind. */
  record Slot(Field<?> field, Object value, SectionId section, int line) {}

  /** The values of one block (or of one rectification list). */
  static final class Values {
    private final Map<String, Slot> slots = new LinkedHashMap<>();

    /** The slot already holding a different value, if any; else stages the value. */
    Optional<Slot> stage(Field<?> field, Object value, SectionId section, int line) {
      Slot existing = slots.get(field.name());
      if (existing != null) {
        return existing.value().equals(value) ? Optional.empty() : Optional.of(existing);
      }
      slots.put(field.name(), new Slot(field, value, section, line));
      return Optional.empty();
    }

    boolean has(Field<?> field) {
      return slots.containsKey(field.name());
    }

    Iterable<Slot> slots() {
      return slots.values();
    }

    boolean isEmpty() {
      return slots.isEmpty();
    }

    /** Sets every staged value on {@code builder} through its field's typed setter. */
    @SuppressWarnings(
        "unchecked") // every field staged here belongs to the rule of the builder's block
    <B> void applyTo(BlockRule<B> rule, B builder) {
      for (Slot slot : slots.values()) {
        ((Field<B>) slot.field()).set(builder, slot.value());
      }
    }

    /** Whether the parts of {@code group} add up exactly to the whole named {@code total}. */
    boolean complete(Group group, String total) {
      Slot whole = slots.get(total);
      if (whole == null || !((Count) whole.value()).isExact()) {
        return false;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean any = false;
      for (Slot slot : slots.values()) {
        if (slot.field().group() == group) {
          Count c = (Count) slot.value();
          if (!c.isExact()) {
            return false;
          }
          sum = sum.add(c.toBaseValue());
          any = true;
        }
      }
      return any && sum.compareTo(((Count) whole.value()).toBaseValue()) == 0;
    }
  }

  private final Map<Block, Values> blocks = new EnumMap<>(Block.class);
  private final Map<Block, String> statements = new EnumMap<>(Block.class);
  private final Map<Block, SectionId> statementSections = new EnumMap<>(Block.class);

  Values of(Block block) {
    return blocks.computeIfAbsent(block, b -> new Values());
  }

  Values valuesOf(Block block) {
    return blocks.getOrDefault(block, new Values());
  }

  boolean has(Block block) {
    return blocks.containsKey(block) || statements.containsKey(block);
  }

  /** Keeps the first statement (a clause without figures that says how the block went). */
  void statement(Block block, String clause, SectionId section) {
    if (!statements.containsKey(block)) {
      statements.put(block, clause);
      statementSections.put(block, section);
      of(block);
    }
  }

  Optional<String> statement(Block block) {
    return Optional.ofNullable(statements.get(block));
  }

  Optional<SectionId> statementSection(Block block) {
    return Optional.ofNullable(statementSections.get(block));
  }
}
