package org.fazhi.report.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;

/**
 * Whose figures a clause states: the issuer's own, or — after {@code 全国}, {@code 全省}, {@code 全市} …
 * of a level above the issuer's, or a higher authority as the subject ({@code 市司法局全年共办理…}) —
 * someone else's, kept apart from the issuer's blocks. A scope holds on over the clauses of its
 * sentence until a {@code ；} or the issuer's own words ({@code 我县}, {@code 本市}).
 */
final class Scopes {
  private static final Pattern LEVEL = Pattern.compile("全国|全省|全区|全市|全州|全县|全镇|全乡|全街道");
  private static final Pattern OWN =
      Pattern.compile("我(?:省|市|县|区|镇|乡|州|局|委|街道|办)|本(?:省|市|县|区|镇|乡|级|单位|部门|街道)");
  private static final Pattern AUTHORITY =
      Pattern.compile("^(?:\\d{4}年[，,]?|全年|年内)?((?:省|市|州)(?:委|政府|人民政府|司法厅|司法局|依法治[省市]办)|司法部|国务院)");

  private final Optional<DivisionLevel> issuer;
  private final String divisionName;
  private Optional<Scope> current = Optional.empty();
  private int sentence = -1;

  Scopes(Optional<AdministrativeDivision> division) {
    this.issuer = division.map(AdministrativeDivision::getLevel);
    this.divisionName = division.map(AdministrativeDivision::getName).orElse("");
  }

  /** The scope of the figures of clause {@code c} of {@code s}; call for its clauses in order. */
  Optional<Scope> of(Sentence s, int c) {
    Clauses.Clause clause = s.clauses.get(c);
    if (s.id != sentence) {
      sentence = s.id;
      current = Optional.empty();
    } else if (clause.start() > 0 && "\uFF1B;".indexOf(s.text.charAt(clause.start() - 1)) >= 0) {
      current = Optional.empty();
    }
    String words = s.text.substring(clause.start(), clause.end());
    boolean mine = words.indexOf('我') >= 0 || words.indexOf('本') >= 0;
    if (mine && OWN.matcher(words).find()) {
      current = Optional.empty();
      return current;
    }
    Matcher level = null;
    boolean found = false;
    // 全 is common (全年, 全面): the pattern runs only where 全 stands before a level's character,
    // and its matcher is made only then
    for (int at = words.indexOf('全'); !found && at >= 0; at = words.indexOf('全', at + 1)) {
      if (at + 1 < words.length() && "国省区市州县镇乡街".indexOf(words.charAt(at + 1)) >= 0) {
        if (level == null) {
          level = LEVEL.matcher(words);
        }
        found =
            level.find(at)
                && level.start() == at
                && !s.scan.titled()[clause.start() + at]; // 《关于开展全市…的通知》 names a title
      }
    }
    if (found) {
      ScopeLevel scope = level(level.group());
      boolean own =
          !divisionName.isEmpty()
              && divisionName.endsWith(level.group().substring(1)); // 全市 of a county-level 市
      current =
          foreign(scope) && !own ? Optional.of(scope(scope, level.group())) : Optional.empty();
      return current;
    }
    if (FigureScanner.containsAny(words, "省市州部院")) {
      Matcher authority = AUTHORITY.matcher(words.strip());
      if (authority.find() && foreignAuthority(authority.group(1))) {
        current = Optional.of(Scope.of(ScopeLevel.AUTHORITY, authority.group(1)));
      }
    }
    return current;
  }

  /** The scope, with the words as written where they are not the level's own ({@code 全区}). */
  private static Scope scope(ScopeLevel level, String words) {
    return words.equals(Scope.of(level).toString()) ? Scope.of(level) : Scope.of(level, words);
  }

  private static ScopeLevel level(String word) {
    return switch (word) {
      case "全国" -> ScopeLevel.NATIONAL;
      case "全省" -> ScopeLevel.PROVINCE;
      case "全市", "全州" -> ScopeLevel.PREFECTURE;
      case "全县", "全区" -> ScopeLevel.COUNTY;
      default -> ScopeLevel.TOWNSHIP;
    };
  }

  /** Whether a figure of {@code scope} is someone else's: of a level above the issuer's. */
  private boolean foreign(ScopeLevel scope) {
    int rank = rank(scope);
    if (issuer.isEmpty()) {
      return rank <= 1;
    }
    return rank
        < switch (issuer.get()) {
          case PROVINCE -> 1;
          case PREFECTURE -> 2;
          case COUNTY -> 3;
          default -> 4;
        };
  }

  private boolean foreignAuthority(String organ) {
    if (organ.equals("司法部") || organ.equals("国务院")) {
      return true;
    }
    if (issuer.isEmpty()) {
      return false;
    }
    int rank = organ.startsWith("省") ? 1 : 2;
    return rank
        < switch (issuer.get()) {
          case PROVINCE -> 1;
          case PREFECTURE -> 2;
          case COUNTY -> 3;
          default -> 4;
        };
  }

  private static int rank(ScopeLevel level) {
    return switch (level) {
      case NATIONAL -> 0;
      case PROVINCE -> 1;
      case PREFECTURE -> 2;
      case COUNTY -> 3;
      default -> 4;
    };
  }
}
