package org.fazhi.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconsiderationDecisionTest {

  // ---- chineseName(), article()

  @ParameterizedTest
  @CsvSource({
    "CHANGED, 变更, 63",
    "REVOKED, 撤销, 64",
    "ORDERED_TO_REDO, 责令重作, 64",
    "CONFIRMED_UNLAWFUL, 确认违法, 65",
    "ORDERED_TO_PERFORM, 责令履行, 66",
    "CONFIRMED_VOID, 确认无效, 67",
    "UPHELD, 维持, 68",
    "REQUEST_REJECTED, 驳回复议请求, 69",
    "APPLICATION_REJECTED, 驳回申请, 33",
    "MEDIATED, 调解, 73",
    "SETTLED, 和解, 74",
    "WITHDRAWN, 撤回, 74",
    "TERMINATED, 终止, 41",
    "SETTLED_AND_WITHDRAWN, 和解后撤回, 74",
    "TRANSFERRED, 移送, ",
    "RESOLVED_BEFORE_ACCEPTANCE, 受理前化解, ",
  })
  void nameAndArticle_asTheLawGivesThem(
      ReconsiderationDecision kind, String chineseName, Integer article) {
    assertThat(kind.chineseName()).isEqualTo(chineseName);
    assertThat(kind.article())
        .isEqualTo(article == null ? OptionalInt.empty() : OptionalInt.of(article));
  }

  // ---- isCorrection(), isMediationOrWithdrawal(), isBeforeAcceptance()

  @Test
  void isCorrection_forTheKindsThatCorrectTheAct() {
    assertThat(kinds(ReconsiderationDecision::isCorrection))
        .isEqualTo(
            "CHANGED, REVOKED, ORDERED_TO_REDO, CONFIRMED_UNLAWFUL, ORDERED_TO_PERFORM,"
                + " CONFIRMED_VOID");
  }

  @Test
  void isMediationOrWithdrawal_forTheNumeratorOfTheMediationAndWithdrawalRate() {
    assertThat(kinds(ReconsiderationDecision::isMediationOrWithdrawal))
        .isEqualTo("MEDIATED, SETTLED, WITHDRAWN, SETTLED_AND_WITHDRAWN");
  }

  @Test
  void isBeforeAcceptance_forWhatIsNoClosedCase() {
    assertThat(kinds(ReconsiderationDecision::isBeforeAcceptance))
        .isEqualTo("TRANSFERRED, RESOLVED_BEFORE_ACCEPTANCE");
  }

  private static String kinds(Predicate<ReconsiderationDecision> which) {
    return Arrays.stream(ReconsiderationDecision.values())
        .filter(which)
        .map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
