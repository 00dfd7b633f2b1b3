package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.Cues.Block;

/**
 * Reads the meeting that approved the delegation of powers: {@code 经县政府第56次常务会议审议通过}, as the
 * meeting's body and session. The first such meeting counts.
 */
final class MeetingReader {
  private final Staging staging;
  private final Placements placements;
  private MeetingReference approvedAt;
  private SectionId section;

  MeetingReader(Staging staging, Placements placements) {
    this.staging = staging;
    this.placements = placements;
  }

  void read(Sentence s) {
    if (approvedAt != null || s.text.indexOf("会议") < 0 || s.text.indexOf('次') < 0) {
      return;
    }
    Matcher m = Patterns.MEETING.matcher(s.text);
    if (approvedAt != null
        || !m.find()
        || !Patterns.APPROVAL.matcher(s.text.substring(m.end())).find()) {
      return;
    }
    long session = Patterns.sessionNumber(m.group(2));
    String body = Patterns.MEETING_LEAD.matcher(m.group(1).strip()).replaceFirst("") + m.group(3);
    if (session < 1 || session > Integer.MAX_VALUE || body.isBlank()) {
      return;
    }
    approvedAt = MeetingReference.builder().body(body).session((int) session).build();
    section = s.section;
    int at = m.start(2) - 1;
    while (at > 0 && s.text.charAt(at) != '第') {
      at--;
    }
    placements.recordFact(
        s,
        s.text.substring(at, m.start(3)),
        Quantity.builder().value(BigDecimal.valueOf(session)).unit(Unit.of("次")).build(),
        at,
        Block.DELEGATED_POWERS.pointer + "/approvedAt/session");
    staging.of(Block.DELEGATED_POWERS);
  }

  Optional<MeetingReference> approvedAt() {
    return Optional.ofNullable(approvedAt);
  }

  /** The section of the sentence that names the meeting. */
  Optional<SectionId> section() {
    return Optional.ofNullable(section);
  }
}
