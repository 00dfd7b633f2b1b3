package org.fazhi.report.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.DocumentReference;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;

/**
 * The 2024 rule-of-law government report of Yanggao County (阳高县, Datong, Shanxi), dated 2024-12-03,
 * built by hand with the model's builders: the first real report held by the model, and the fixture
 * the library's tests, the text importer and the validator are measured against.
 *
 * <p>{@link #report()} holds the whole document: its metadata; its outline with every line of prose
 * exactly as published (the page furniture {@code 扫一扫在手机上查看当前页面} that web copies add after the
 * signature is no part of it), so that {@link org.fazhi.report.text.ReportText#render} gives the
 * published text back; and every figure, typed — in a block (reconsideration, legal aid, delegated
 * powers, the earthquake, …) or as an {@link Indicator} — with the id of the section it was
 * reported in. {@link #json()} is the same report in its JSON form.
 *
 * <h2>How the outline is segmented</h2>
 *
 * <p>The text importer produces the same tree by parsing, under these rules:
 *
 * <ul>
 *   <li>a line that starts with a label ({@code 一、}, {@code (一)}, {@code 1.}) and has no {@code 。}
 *       is a heading on its own line;
 *   <li>a line that starts with a label and contains {@code 。} has an inline heading up to the
 *       first {@code 。}; the rest of the line, unless it starts with a run-in marker, is the first
 *       paragraph;
 *   <li>run-in markers ({@code 一是}, {@code 二是}, …) at the start of a line or right after a {@code
 *       。} start run-in children of the section the line belongs to; each child's heading runs up
 *       to its first {@code 。}, the rest up to the next marker is its one paragraph; a child that
 *       starts a line is not {@link Section#isRunIn() run in}, one that continues a line is; text
 *       before the first marker stays the parent's paragraph (see s1.7);
 *   <li>every other line is a paragraph of the current section; labels are kept as written (this
 *       text writes ASCII parentheses and dots: {@code (一)}, {@code 1.}).
 * </ul>
 *
 * <p>Under these rules the run-in items of (一) — whose body line has no label of its own — are its
 * children s1.1.1 to s1.1.3, while those of the numbered items 1., 2., … lie one level deeper
 * (s1.3.1.1).
 *
 * <p>Thread-safe: the report is built once, on first use of this class.
 */
public final class Yanggao2024 {
  /** The classpath resource holding {@link #json()}, relative to this class. */
  static final String JSON_RESOURCE = "yanggao-2024.json";

  /** The date the report bears (2024年12月3日), and the last day it covers. */
  private static final LocalDate DOCUMENT_DATE = LocalDate.of(2024, 12, 3);

  private static final Report REPORT = build();

  private Yanggao2024() {}

  /** The whole report. */
  public static Report report() {
    return REPORT;
  }

  /**
   * The report's JSON form, exactly as {@code ReportJson.create().write(report())} writes it, from
   * the resource {@code org/fazhi/report/examples/yanggao-2024.json} (UTF-8, ending with a line
   * break).
   */
  public static String json() {
    try (InputStream in = Yanggao2024.class.getResourceAsStream(JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + JSON_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + JSON_RESOURCE, e);
    }
  }

  private static Report build() {
    return Report.builder()
        .metadata(metadata())
        .outline(outline())
        .statistics(statistics())
        .decisions(decisions())
        .enforcement(enforcement())
        .accountability(accountability())
        .addEmergencies(earthquake())
        .addAllIndicators(indicators())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata

  private static ReportMetadata metadata() {
    return ReportMetadata.builder()
        .title("阳高县2024年法治政府建设年度报告")
        .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
        .division(
            AdministrativeDivision.builder()
                .name("阳高县")
                .level(DivisionLevel.COUNTY)
                .code(DivisionCode.parse("140221"))
                .codeValidOn(DOCUMENT_DATE)
                .build())
        .reportingYear(2024)
        // 今年以来 / 截至目前, dated 2024-12-03: the report covers the year up to its date.
        .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), DOCUMENT_DATE))
        .documentDate(DOCUMENT_DATE)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Outline: the prose exactly as published. Comments give each node's id.

  private static Outline outline() {
    return Outline.builder()
        .addPreamble(
            "2024年,在市委、市政府的坚强领导下,"
                + "阳高县始终坚持以习近平新时代中国特色社会主义思想为指导,"
                + "全面贯彻落实党的二十大和二十届三中全会精神,"
                + "深入学习贯彻习近平总书记对山西工作的重要讲话重要指示精神,"
                + "着力提高法治建设水平,以法治思维和法治方式统筹社会力量、平衡社会利益、"
                + "调节社会关系、规范社会行为,"
                + "为阳高县经济社会的高质量发展提供了坚实的法治保障。"
                + "现将2024年法治政府建设工作情况报告如下:")
        .addSections(
            measuresAndResults(),
            leadersDuties(),
            shortcomings(),
            nextYearArrangements(),
            suggestions(),
            otherMatters())
        .addSignature("阳高县人民政府", "2024年12月3日")
        .build();
  }

  /** s1 一、法治政府建设取得的成效. */
  private static Section measuresAndResults() {
    return ownLine("一、", "法治政府建设取得的成效")
        .part(StatutoryPart.MEASURES_AND_RESULTS)
        .addChildren(
            politicalLeadership(),
            reform(),
            decisionMakingSection(),
            enforcementSection(),
            emergencySection(),
            disputeSection(),
            supervisionSection(),
            legalEducationSection())
        .build();
  }

  /** s1.1 (一)强化政治统领,统筹推进法治政府建设. */
  private static Section politicalLeadership() {
    return ownLine("(一)", "强化政治统领,统筹推进法治政府建设")
        .addChildren(
            // s1.1.1
            runInNewLine(
                "一是",
                "全面抓好理论武装",
                "坚持把学习贯彻习近平法治思想作为重要政治任务,纳入理论学习中心组、"
                    + "各类干部教育培训、县“八五”普法、县“法律七进”宣讲重要内容,"
                    + "今年组织开展专题学法、专题培训5次,全县干部群众法治意识进一步提升。"),
            // s1.1.2
            runIn(
                "二是",
                "注重抓好统筹推进",
                "召开县委全面依法治县委员会、法治建设推进会、依法治县办公室会等会议4次,"
                    + "研究制定全面深化法治领域改革纲要(2023—2027年)的实施方案,"
                    + "细化分解28项重点任务,形成高位推动、上下联动良好格局。"),
            // s1.1.3
            runIn(
                "三是",
                "切实抓好“关键少数”",
                "制定县委、县政府主要负责人履行法治建设第一责任人职责清单,"
                    + "督导各乡镇22名党政主要负责人对标建立职责清单,推动法治建设精准化、具体化、"
                    + "制度化。严格落实领导干部述法制度,组织各乡镇(街道、工业园区)、"
                    + "县直单位主要负责人开展了会议述法,共有39名领导干部提交书面述法材料。"
                    + "完善考核机制,将法治建设成效纳入高质量发展和政绩考核指标体系,"
                    + "全面压紧压实了工作责任。"))
        .build();
  }

  /** s1.2 (二)持续深化改革,提高政府依法履职能力. */
  private static Section reform() {
    return ownLine("(二)", "持续深化改革,提高政府依法履职能力")
        .addChildren(
            // s1.2.1
            inline("1.", "推动政府职能优化高效")
                .addChildren(
                    // s1.2.1.1
                    runIn(
                        "一是",
                        "优化政策保障",
                        "系统梳理各级各类惠企政策措施,巩固深化“一枚印章管审批”改革,"
                            + "启动政务大厅“综合窗口”改革,截至目前共划转事项237项,"
                            + "今年以来共办结各类审批、服务事项22000余件,审批质效明显提升。"),
                    // s1.2.1.2
                    runIn(
                        "二是",
                        "优化政务服务",
                        "聚焦“高效办成一件事”,压缩平均办理时间。"
                            + "建立工单“急事急办、特事特办、难事帮办、常事快办”处置模式,办结率、"
                            + "满意率均为100%。"
                            + "制定出台《阳高县“一业一证”改革实施方案》,首批选取超市、"
                            + "饭店等31个行业场景试行颁发行业综合证,围绕市场主体准营涉及的审批要素,"
                            + "优化审批流程,压减审批环节,压缩审批时限,编制办事指南,"
                            + "进一步降低行业准入成本,推动实现“一证准营”,"
                            + "今年截至目前已颁发行业综合证89张。"),
                    // s1.2.1.3
                    runIn(
                        "三是",
                        "提升政务服务标准化、规范化、便利化水平",
                        "按照省市听民意办实事项目部署和要求,针对纠治审批服务中的“办事难、办事慢、"
                            + "办事繁”问题,进一步细化具体举措,"
                            + "认真开展“我陪群众走流程”和“政务服务体验员”活动,"
                            + "对15个事项进行了精简申报材料、压缩办理时限、减少审批环节。"
                            + "推行工程项目前期研判策划、“一项目一方案一清单”等服务工作机制,"
                            + "先后为企事业单位办理投资项目备案、规划、施工许可、"
                            + "人防等各类前期手续146项。"
                            + "在政务大厅设立“志愿服务岗”“党员示范岗”“帮办代办岗”“办不成事反映窗口”"
                            + "等,同时,实行免费刻章、免费复印、免费帮办代办等服务,"
                            + "进一步为办事企业群众节约经济成本和时间成本。"))
                .build(),
            // s1.2.2
            inline("2.", "全面建设数字法治政府")
                .addChildren(
                    // s1.2.2.1
                    runIn(
                        "一是",
                        "优化政务服务平台支撑,提升政务审批智能化、信息化、自动化水平",
                        "突出数字赋能政务服务,开展政务信息化提升行动,启动智慧政务大厅二期项目建设,"
                            + "项目总投资1481.6万元,已布局自助服务一体机49台、政务智能文件柜5台,"
                            + "一窗受理、智慧审批、视频帮办、基层便民运行管理、基层便民自助服务、"
                            + "电子档案管理等系统已开发,正在申请接入山西省政务服务一体化平台,"
                            + "进一步提升政务服务网上办事和“一网通办”的能力,实现最大程度惠企便民。"
                            + "改造完成政务大厅“7×24小时不打烊”政务服务超市和政务公开专区,"
                            + "为各乡镇便民服务中心配置自助服务一体机、政务智能文件柜等自助设备,"
                            + "上线基层便民运行管理和自助服务等系统。"),
                    // s1.2.2.2
                    runIn(
                        "二是",
                        "完善“互联网+监管”系统,建设跨部门综合监管业务支撑模块",
                        "对接融通“双随机、一公开”等监管平台,按照国家“互联网+监管”数据标准,"
                            + "全面汇聚各类非涉密监管业务数据。"
                            + "截至目前全县各监管部门监管事项目录清单认领率100%,"
                            + "检查实施清单编制100%,2024年汇聚录入监管行为3284项。"
                            + "同时,加速推进审管联动体系建设,开展审批事项与监管事项关联衔接工作,"
                            + "加强事前审批与事中事后监管协同联动,审管联动关联事项895项,"
                            + "已反馈审批办件量1309件。"))
                .build(),
            // s1.2.3
            inline("3.", "推进法治化营商环境建设")
                .addParagraphs(
                    "持续优化法治化营商环境,以整改促落实,"
                        + "更好发挥法治建设对经济社会高质量发展的引领、规范和保障作用,"
                        + "根据省委依法治省办第四督察组对大同市就党政主要负责人履行推进法治建设第一责任"
                        + "人职责暨法治政府建设进行实地督察后的反馈意见以及大同市《关于印发〈关于贯彻落"
                        + "实省委依法治省办法治化营商环境建设督察反馈问题的整改方案〉的通知》"
                        + "(同法治办〔2024〕6号),对我县共性问题和个性问题进行了梳理,"
                        + "组织重点责任部门围绕存在问题研究制定整改措施,"
                        + "形成《全面依法治省督察共性问题整改清单》《全面依法治省督察阳高问题整改清单》。"
                        + "各部门对照县级整改清单,积极组织开展整改工作。"
                        + "开展营商环境大改善行动,大力整治营商环境突出问题,"
                        + "加强政府重大合作协议的合法性审查工作。")
                .build(),
            // s1.2.4
            inline("4.", "强化行政规范性文件监督管理")
                .addParagraphs(
                    "强化行政规范性文件制定协调,防止政出多门、政策效应相互抵消。"
                        + "严格落实行政规范性文件制定程序,加强征求意见采纳情况反馈,"
                        + "与市场主体经济活动密切相关的行政规范性文件,"
                        + "向社会公开征求意见期限不少于30日。"
                        + "推进行政规范性文件合法性审核“全闭环”管理,"
                        + "探索行政规范性文件合法性审核评查。")
                .build(),
            // s1.2.5
            inline("5.", "强化涉企法治保障")
                .addParagraphs(
                    "县司法局在龙泉工业园区成立了“法律服务工作站”,为企业提供法律咨询、"
                        + "公证服务、矛盾纠纷调处等一站式专业法律服务,标志着全县法律援助工作扩面降槛、"
                        + "公共法律服务体系建设延伸拓展取得实质性进展,也是县委、"
                        + "县政府持续优化法治营商环境、护航民营经济发展的又一重大举措,"
                        + "填补了我县民营企业法律服务机构建立的一项空白。")
                .build())
        .build();
  }

  /** s1.3 (三)严格规范程序,推进科学民主依法决策. */
  private static Section decisionMakingSection() {
    return ownLine("(三)", "严格规范程序,推进科学民主依法决策")
        .addChildren(
            // s1.3.1
            inline("1.", "坚持科学民主依法决策")
                .addChildren(
                    // s1.3.1.1
                    runIn(
                        "一是",
                        "2024年县级以上人民政府及时公布年度重大行政决策事项目录4项," + "并根据实际情况调整公布新增决策事项",
                        "严格落实重大行政决策程序制度,健全征求意见反馈机制,"
                            + "决策事项与有关企业生产经营活动密切相关的,"
                            + "充分听取有关企业和行业协会商会的意见建议。"
                            + "向社会公开征求意见的,征求意见期限一般不少于30日。"
                            + "强化重大行政决策合法性审查,决策草案未经合法性审查或经审查不合法的,"
                            + "不得提交决策机关讨论决策。"),
                    // s1.3.1.2
                    runIn(
                        "二是",
                        "完善党委、政府议事决策规则,确保重大行政决策制度科学、程序正当、过程公开、" + "责任明确",
                        "严格落实法律顾问参与决策机制,今年法律顾问列席县委、县政府各类会议5次,"
                            + "开展文件协议合法性审查12件,提供法律意见23条,重大决策、重要协议、"
                            + "重大执法决定、规范性文件合法性审核率达100%。"))
                .build(),
            // s1.3.2
            inline("2.", "加强行政决策执行和跟踪问效")
                .addParagraphs(
                    "加强对重大行政决策执行情况的督促检查,"
                        + "重大行政决策未经法定程序不得随意变更或者停止执行。"
                        + "对未达到预期效果、公众意见较多的决策事项,依法进行决策后评估。"
                        + "严格落实重大行政决策终身责任追究制度和责任倒查机制,对决策造成重大损失、"
                        + "恶劣影响的严肃追责问责。")
                .build(),
            // s1.3.3
            inline("3.", "全面推行法律顾问制度")
                .addParagraphs(
                    "全县聘请法律顾问21名,基本实现了行政村、社区法律顾问全覆盖," + "县乡村三级公共法律服务平台基本职能进一步完善,推动公职律师作用发挥。")
                .build())
        .build();
  }

  /** s1.4 (四)强化依法行政,严格规范公正文明执法. */
  private static Section enforcementSection() {
    return ownLine("(四)", "强化依法行政,严格规范公正文明执法")
        .addChildren(
            // s1.4.1
            inline("1.", "持续加强法治政府建设督察")
                .addParagraphs(
                    "建立纪检监察机关与法治部门的协作配合机制,"
                        + "制定了《阳高县纪委监委机关县委依法治县办关于落实法治督查与纪检监察监督协调配"
                        + "合机制的工作方案》,形成相互支持、共同促进的监督合力。"
                        + "推动基层法治建设议事协调机构及其办事机构充分发挥作用,"
                        + "在基层实现法治督察有形、有效、有力覆盖,"
                        + "积极对当前法治督察工作进行分析研判梳理,认真整改解决当前工作薄弱环节,"
                        + "保障法治督察工作的持续稳定推进。")
                .build(),
            // s1.4.2
            inline("2.", "开展乡镇赋权事项评估调整")
                .addParagraphs(
                    "根据市司法局、市委编办、市委社会工作部印发《关于开展全市乡镇(街道)"
                        + "综合行政执法全面评估工作的通知》文件要求,"
                        + "组织召开了阳高县乡镇综合行政执法事项赋权评估研讨会,"
                        + "会上就各乡镇对山西省人民政府赋权的55项行政执法职权承接情况进行了交流,"
                        + "并结合大同市司法局关于乡镇(街道)赋权事项的调整建议,"
                        + "初步形成了各乡镇行政执法事项调整意见。"
                        + "结合省司法厅最新提出的15项取消建议、40项任意选取建议,"
                        + "根据实际情况并征求乡镇意见对各乡镇行政执法事项进一步调整完善。"
                        + "目前,已经县人民政府第三十七次常务会议审议通过。"
                        + "调整后,各乡镇承接的执法事项平均减少32项,平均保留23项,"
                        + "总体压减率58%。")
                .build(),
            // s1.4.3
            inline("3.", "锤炼高素质专业化执法队伍")
                .addParagraphs(
                    "建立权责清晰、运转顺畅、保障有力、廉洁高效的执法体制。"
                        + "深入开展执法队伍年度轮训,2024年共组织线上培训行政执法大讲堂30学时;"
                        + "中组部、中央依法治国办、司法部学习贯彻习近平法治思想强化行政执法能力建设专题"
                        + "培训班16学时;山西省司法厅“行政执法大讲堂”5期;"
                        + "为深入贯彻落实《阳高县提升行政执法质量三年行动计划工作方案(2023—202"
                        + "5年)》任务要求,提升全县行政执法的质量和效能,2024年6月27日、"
                        + "28日,县司法局组织开展了2024年度行政执法人员公共法律知识培训,"
                        + "持续提升人员执法水平和综合素养。"
                        + "同时,推行“综合行政执法微课堂”,由县司法局每月发布学习内容,"
                        + "乡镇执法人员利用“每周半小时学习课堂”学习行政执法突出问题、关键环节,"
                        + "进一步充实执法人员的理论及专业知识,提高行政执法能力。")
                .build(),
            // s1.4.4
            inline("4.", "强化行政执法监督")
                .addParagraphs(
                    "完善重大行政执法案件专项监督调查处理机制,严格落实行政错案责任追究制度。"
                        + "出台了《阳高县2024年度行政执法监督工作方案》,"
                        + "明确司法所在乡镇一级的监督职责,"
                        + "全县11个司法所全部加挂“行政执法监督办公室”,"
                        + "先后深入11个乡镇和10个县行政执法单位,通过听取汇报、座谈交流、抽查案卷、"
                        + "查阅资料、随机测试、问卷调查等方式积极开展行政执法专项监督。"
                        + "选定大同九州节能科技有限公司作为行政执法协调监督体系建设试点,"
                        + "拓宽行政执法监督渠道,推进行政执法协调监督体系建设,助力基层综合执法。")
                .build())
        .build();
  }

  /** s1.5 (五)强化法治思维,依法预防处置突发事件. */
  private static Section emergencySection() {
    return ownLine("(五)", "强化法治思维,依法预防处置突发事件")
        .addChildren(
            // s1.5.1
            inline("1.", "完善突发事件应对机制")
                .addParagraphs(
                    "坚持依法应对突发事件,根据实际需要和情势变化适时修订完善各类突发事件应急预案。"
                        + "在森林防火工作方面,在重点林区、重要山头、"
                        + "重点部位入口处设置的143个临时森林防火检查站全部启动运行、"
                        + "开设维护防火隔离带300多公里;成立4个督导组,出动178人次,"
                        + "排查并整改火灾隐患6处。"
                        + "在防汛备汛方面,与水务等部门共同对15家企业或其他涉汛单位进行了汛前检查,"
                        + "对全县6条重点河道、11座水库、"
                        + "24座塘坝和77处地质灾害隐患点等进行了拉网式排查。"
                        + "在抗震救灾方面,2024年5月19日3时35分在阳高县北纬40.35度、"
                        + "东经113.78度处发生3.9级地震,震源深度13公里。"
                        + "地震发生后,及时组建临时指挥部与上级单位进行视频指挥调度,分析研判震后情况,"
                        + "组织协调相关单位启动地震灾害Ⅳ级响应,保障人民生命财产安全,"
                        + "提升应急管理能力。")
                .build(),
            // s1.5.2
            inline("2.", "加强应急领域体系建设和信息公开")
                .addParagraphs(
                    "积极争取总投资723万元的国家基层减灾能力提升项目,为县、"
                        + "乡两级应急救援队伍配备救援运兵车、水罐消防车、远程供水管线车等救援车辆7辆,"
                        + "配备高压接力消防水泵、个人护具等森林防火、防汛抗旱、"
                        + "抗震救灾领域救援装备482件套。"
                        + "开展重大事故隐患判定标准体系提升及“一行业一清单”行动。")
                .build(),
            // s1.5.3
            inline("3.", "开展应急演练和培训")
                .addParagraphs(
                    "加强应急普法宣传,今年以来,全县各乡镇、各部门聚焦“人人讲安全、"
                        + "个个会应急”的总体要求,开展安全宣传7次,印发各类宣传品2000件,"
                        + "制作短视频、电子稿等7个,在全县营造了较为浓厚的应急宣传氛围。"
                        + "举行2024年抗震救灾综合应急演练,在学校、机关事业单位、"
                        + "企业等人员密集场所定期开展应急演练,增强公众防范意识。"
                        + "督促指导10家企业编制和修订应急预案及应急演练方案,"
                        + "与60家企业安全生产第一责任人签订尽职履责责任书。"
                        + "定期对负有突发事件处置职责的工作人员开展培训,"
                        + "组织全县11个乡镇承担灾害风险隐患识别报送处置工作的管理人员及其村级灾害风险"
                        + "隐患信息报送员进行减灾培训,并组织安委会各成员单位,"
                        + "分两期赴中国消防救援学院开展了2024年度阳高县基层应急能力培训班。")
                .build())
        .build();
  }

  /** s1.6 (六)加强风险防控,依法预防和化解社会矛盾. */
  private static Section disputeSection() {
    return ownLine("(六)", "加强风险防控,依法预防和化解社会矛盾")
        .addChildren(
            // s1.6.1
            inline("1.", "全面贯彻实施行政复议法")
                .addParagraphs(
                    "坚持有错必纠,推动行政机关负责人参加行政复议听证,健全行政复议工作机制,"
                        + "有效推进行政复议体制改革,实现更多违法行政行为在行政复议程序中得到纠正,"
                        + "切实提升行政复议办案质效。"
                        + "2024年,共收到行政复议案件申请35件,其中受理31,办结29件;"
                        + "不予受理4件。全县行政诉讼案件5件,出庭率100%。")
                .build(),
            // s1.6.2
            inline("2.", "推进矛盾纠纷预防化解")
                .addParagraphs(
                    "2024年,全县深入学习贯彻习近平总书记关于加强基层治理体系和治理能力现代化"
                        + "建设的重要论述,坚持和发展新时代“枫桥经验”,强化关口前移,注重源头治理,"
                        + "全域推进“一站式”矛盾纠纷多元化解平台建设,深入组织开展“化解矛盾风险,"
                        + "维护社会稳定”专项治理。"
                        + "始终坚持把群众的“问题清单”变成干部的“责任清单”“履职清单”,"
                        + "用心用情用力推动“事要解决”。积极开通远程视频会见室,覆盖11个司法所,"
                        + "极大地方便了在监狱的服刑人员与家属通过网络就能视频会见,为群众提供便利。"
                        + "2024年,共计完成243次视频会见。")
                .build(),
            // s1.6.3
            inline("3.", "加强公共法律服务建设")
                .addParagraphs(
                    "开展全县公共法律服务实体平台标准化规范化建设,"
                        + "公共法律服务实体平台共受理免费法律咨询服务2522件,"
                        + "占年度任务114.63%,法律咨询服务群众满意度100%。"
                        + "加强司法所规范化建设,完成全县司法所规范化建设任务。")
                .build(),
            // s1.6.4
            inline("4.", "强化做优法律援助工作")
                .addParagraphs(
                    "针对农民工讨薪、农资打假、消费维权、退役军人、"
                        + "残疾人和妇女儿童等重点部位和特定群体维权事项,"
                        + "加大法律援助和提供法律咨询服务力度,2024年,共受理法律援助案件95件,"
                        + "办结42件,提供法律咨询524件。")
                .build(),
            // s1.6.5
            inline("5.", "深化依法治理模式创新")
                .addParagraphs(
                    "在调解工作实践中坚持传承和创新时代楷模李培斌“调解工作十法”,"
                        + "着力推进“枫桥式”司法所规范化建设提档升级,全力打造基层司法行政前沿阵地,"
                        + "充分发挥人民调解工作在维护社会和谐稳定中的“第一道防线”作用,"
                        + "年度矛盾纠纷案件调解数量达700余件,许多优秀调解案件被省市政法系统推送。"
                        + "不断引深新时代“枫桥经验”阳高实践,健全矛盾纠纷依法化解机制,"
                        + "打造“李培斌式”工作室,加大矛盾隐患源头治理力度,案件处置率达到100%。")
                .build())
        .build();
  }

  /** s1.7 (七)突出依法监督,推动行政权力规范运行. */
  private static Section supervisionSection() {
    return ownLine("(七)", "突出依法监督,推动行政权力规范运行")
        .addParagraphs("按照严格执法司法的要求,健全落实不同环节之间依法制约的体制机制," + "确保执法司法权依法规范运行。")
        .addChildren(
            // s1.7.1
            runIn(
                "一是",
                "完善党对执法司法工作的领导监督机制",
                "实行执法监察制度,组织纪检、监察、人大、检察等方面监督力量," + "不定期开展执法督察,加大违法违纪案件查处力度。"),
            // s1.7.2
            runIn(
                "二是",
                "加强人大监督",
                "支持县人大强化对依法治县各项工作的监督检查," + "县人大集中听取和审议了依法治县进展情况的汇报,对司法和行政执法进行了质询、" + "评议。"),
            // s1.7.3
            runIn(
                "三是",
                "着力完善监督机制",
                "按照转变机关职能和从严管理的要求,"
                    + "完善了政法部门间制约监督体制机制以及政法各系统内部制约监督机制,"
                    + "建立案件立案、交办制度,从源头上杜绝“人情案、关系案、金钱案”的发生。"))
        .build();
  }

  /** s1.8 (八)加大普法力度,增强全民守法意识. */
  private static Section legalEducationSection() {
    return ownLine("(八)", "加大普法力度,增强全民守法意识")
        .addChildren(
            // s1.8.1
            inline("1.", "压实责任抓普法")
                .addParagraphs(
                    "坚持“谁执法谁普法”,压实政府职能部门履行系统内普法宣传的主体责任,"
                        + "推动普法宣传工作持续接力,相继举办了各类主题宣传活动,"
                        + "期间现场解答群众咨询800余人次,免费解答法律咨询300余件。")
                .build(),
            // s1.8.2
            inline("2.", "突破薄弱促普法")
                .addParagraphs(
                    "以基层群众法律服务需求为出发点,采取传统普法与新媒体普法相结合的形式,"
                        + "面对面向群众宣讲法律知识,解答法律咨询,并制作贴近群众生活实际的普法宣传品,"
                        + "将法律知识送进千家万户,融入百姓日常生活,让群众学法能够看得见、摸得着。"
                        + "立足农村地区群众法律意识较为淡薄的实际,通过群众喜闻乐见的形式,"
                        + "积极推进“光影照乡村普法惠民生”主题宣传活动11场次,"
                        + "扎实推动普法资源向农村下沉,"
                        + "促进与“三农”密切关联的法律法规在农民群众中入脑入心。")
                .build(),
            // s1.8.3
            inline("3.", "搭建平台促普法")
                .addParagraphs(
                    "累计建设农村(社区)法治文化宣传墙132个,建成法治文化主题公园4座,"
                        + "让群众在娱乐休闲中感受浓厚的法治文化氛围。"
                        + "增加法律明白人至637名,有1名以上“法律明白人”的行政村达100%。")
                .build(),
            // s1.8.4
            inline("4.", "示范引领促普法")
                .addParagraphs(
                    "积极组织开展民主法治示范村创建活动,其中3个村被授予省级“民主法治示范村”,"
                        + "12个村被授予第二批市级“民主法治示范村”,以点促面,"
                        + "有力促进了法治社会建设水平整体提升。")
                .build())
        .build();
  }

  /** s2 二、本年度党政主要负责人履行推进法治建设第一责任人职责. */
  private static Section leadersDuties() {
    return ownLine("二、", "本年度党政主要负责人履行推进法治建设第一责任人职责")
        .part(StatutoryPart.LEADERS_DUTIES)
        .addParagraphs(
            "制定出台了《阳高县履行推进法治建设第一责任人职责2024年度工作清单》,"
                + "政府各部门、各乡镇分别参照制定了本单位责任清单,"
                + "明确了全县各级政府主要负责人年度需落实的法治重点工作事项。"
                + "全县深入落实县委全面依法治县委员会的部署要求,推动各环节衔接联动,"
                + "形成责任有效闭环,全方位、多角度推动党政主要负责人履行法治建设职责,"
                + "有效提升统筹推进法治建设的工作能力,全力推进各方面工作法治化。"
                + "全县普遍建立了领导干部学法清单和学法制度,通过党组、"
                + "中心组学法提升了领导干部运用法治思维和法治方式推动发展、化解矛盾、维护稳定、"
                + "应对风险的意识和能力。"
                + "县直各有关单位主要负责人严格履行推进法治建设第一责任人职责,"
                + "积极开展年度述法,召开了全县2023年度专题述法工作会议,"
                + "通过专题述法推动各乡镇、部门主要负责人担起推进法治建设第一责任人职责,"
                + "发挥示范带头作用,努力提高依法执政和依法行政能力。"
                + "全县各级单位主要负责人对法治政府建设作出指示批示累计120余次。")
        .build();
  }

  /** s3 三、本年度推进法治政府建设存在的不足和原因. */
  private static Section shortcomings() {
    return ownLine("三、", "本年度推进法治政府建设存在的不足和原因")
        .part(StatutoryPart.SHORTCOMINGS)
        .addParagraphs("2024年,阳高县法治政府建设工作虽然取得了积极成效," + "但仍存在一些问题和不足。")
        .addChildren(
            // s3.1
            inline("(一)", "部分领导干部对法治建设的重视程度不够")
                .addParagraphs("依法行政的意识和能力有待进一步提高。" + "例如,在一些重大决策过程中,未能充分进行合法性审查,导致决策存在法律风险。")
                .build(),
            // s3.2
            inline("(二)", "行政执法还存在不规范、不严格的现象")
                .addParagraphs("个别执法部门存在选择性执法、执法不公等问题,损害了政府的公信力。")
                .build(),
            // s3.3
            inline("(三)", "法治宣传教育的深度和广度还不够")
                .addParagraphs("一些群众对法律法规的了解还比较肤浅,法治意识和法治思想没有真正树立。")
                .build(),
            // s3.4
            inline("(四)", "法治工作队伍建设有待加强")
                .addParagraphs("尤其是基层法治工作力量薄弱,法律专业人才短缺,影响了依法治县工作的深入开展。")
                .build())
        .build();
  }

  /** s4 四、下一年度推进法治政府建设的主要安排. */
  private static Section nextYearArrangements() {
    return ownLine("四、", "下一年度推进法治政府建设的主要安排")
        .part(StatutoryPart.NEXT_YEAR_ARRANGEMENTS)
        .addChildren(
            // s4.1
            inline("(一)", "发挥领导带头作用,营造尊法学法守法用法氛围")
                .addParagraphs(
                    "深入学习贯彻习近平法治思想,将其作为推进全面依法治县的根本遵循和行动指南。"
                        + "各级领导干部要带头尊法学法守法用法,"
                        + "切实提高运用法治思维和法治方式解决问题的能力。")
                .build(),
            // s4.2
            inline("(二)", "持续推进依法行政,加快建设法治政府")
                .addChildren(
                    // s4.2.1
                    runIn("一是", "加强法治政府建设工作", "以法治政府工作为契机,推动政府各项工作在法治轨道上运行。"),
                    // s4.2.2
                    runIn("二是", "进一步规范行政执法行为", "加强对行政执法人员的培训和管理,严格落实行政执法责任制。"),
                    // s4.2.3
                    runIn(
                        "三是",
                        "加强重大行政决策合法性审查",
                        "建立健全重大行政决策公众参与、专家论证、风险评估、" + "合法性审查和集体讨论决定等制度,确保决策的科学性、合法性。"))
                .build(),
            // s4.3
            inline("(三)", "深化司法体制改革,维护司法公平公正")
                .addChildren(
                    // s4.3.1
                    runIn("一是", "完善司法权力运行机制,加强对司法活动的监督制约," + "确保司法机关依法独立公正行使职权"),
                    // s4.3.2
                    runIn("二是", "加强司法队伍建设,提高司法人员的业务能力和职业道德水平," + "打造一支高素质的司法队伍"))
                .build(),
            // s4.4
            inline("(四)", "加大法治宣传力度,提高全民法治素养")
                .addChildren(
                    // s4.4.1
                    runIn("一是", "突出重点内容", "加强对宪法、民法典等法律法规的宣传教育,提高群众的法律意识。"),
                    // s4.4.2
                    runIn("二是", "创新宣传方式", "充分利用新媒体平台,开展精准化、个性化的法治宣传教育活动。"),
                    // s4.4.3
                    runIn("三是", "加强法治文化建设", "打造具有本地特色的法治文化品牌,营造浓厚的法治文化氛围。"))
                .build(),
            // s4.5
            inline("(五)", "加强法治社会建设,提升社会治理法治化水平")
                .addChildren(
                    // s4.5.1
                    runIn("一是", "完善公共法律服务体系", "优化服务资源配置,提高服务质量和效率,满足人民群众日益增长的法律服务需求。"),
                    // s4.5.2
                    runIn("二是", "加强矛盾纠纷多元化解机制建设", "进一步整合调解资源,形成工作合力,及时有效化解矛盾纠纷。"),
                    // s4.5.3
                    runIn("三是", "推进基层依法治理,加强基层法治机构和队伍建设,提高基层治理法治化水平"))
                .build())
        .build();
  }

  /** s5 五、对全市加强法治政府建设的意见、建议. */
  private static Section suggestions() {
    return ownLine("五、", "对全市加强法治政府建设的意见、建议")
        .part(StatutoryPart.SUGGESTIONS)
        .addChildren(
            // s5.1
            runInNewLine(
                "一是", "加强法治建设组织领导", "明确各级组织、编制、财政、人力资源社会保障等部门健全完善人员保障、" + "经费支持向基层一线倾斜的政策措施。"),
            // s5.2
            runIn(
                "二是",
                "强化法治建设力量保障",
                "统筹调配人员和资源力量,推动执法司法人员编制向基层和办案一线倾斜,"
                    + "优化人民法庭、检察室、公安派出所、司法所等派出机构建设,"
                    + "开展法治工作人员培训轮训,加强基层法治工作力量,提高政策保障水平。"),
            // s5.3
            runIn("三是", "加大信息技术在法治建设中的应用", "整合执法司法数据资源等,着力提升法治建设质效。"),
            // s5.4
            runIn(
                "四是",
                "强化法治工作统筹联动",
                "统筹执法司法部门力量,建立健全部门工作联动机制,"
                    + "并健全行政执法和刑事司法衔接机制,将普法宣传与立法、执法、司法、"
                    + "法律服务紧密融合,提高市县法治工作协同水平。"))
        .build();
  }

  /** s6 六、其他需要报告的重要事项. */
  private static Section otherMatters() {
    return ownLine("六、", "其他需要报告的重要事项")
        .part(StatutoryPart.OTHER_MATTERS)
        .addParagraphs(
            "阳高县坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想、"
                + "中央全面依法治国工作会议精神和省委省政府、"
                + "市委市政府关于加强综合治理从源头切实解决执行难问题的决策部署,"
                + "推动形成党政机关示范表率,带头自动履行人民法院生效裁判,"
                + "带头优化法治化营商环境,带头推进法治政府建设,从而增加人民群众获得感、"
                + "幸福感、安全感。")
        .addParagraphs(
            "本年度全县各级政府及部门履行法院生效裁判情况如下:行政机关单独应诉案件5件,"
                + "审理终结4件,其中2件人民法院作出维持判决,2件作出撤销判决,"
                + "现各行政机关均已自觉主动履行人民法院生效裁判。特此报告。")
        .build();
  }

  /** A section labelled {@code label} whose heading stands on a line of its own. */
  private static Section.Builder ownLine(String label, String heading) {
    return Section.builder().numbering(Numbering.parse(label)).heading(Heading.ownLine(heading));
  }

  /** A section labelled {@code label} whose heading runs into its line, ended by {@code 。}. */
  private static Section.Builder inline(String label, String heading) {
    return Section.builder()
        .numbering(Numbering.parse(label))
        .heading(Heading.inline(heading, "。"));
  }

  /** A run-in item ({@code 二是…}) that continues the line before it; at most one paragraph. */
  private static Section runIn(String label, String heading, String... paragraph) {
    return runInItem(label, heading, true, paragraph);
  }

  /** A run-in item ({@code 一是…}) that starts a line; at most one paragraph. */
  private static Section runInNewLine(String label, String heading, String... paragraph) {
    return runInItem(label, heading, false, paragraph);
  }

  private static Section runInItem(
      String label, String heading, boolean continuesLine, String... paragraph) {
    if (paragraph.length > 1) {
      throw new IllegalArgumentException("a run-in item has at most one paragraph: " + label);
    }
    return inline(label, heading).runIn(continuesLine).addParagraphs(paragraph).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Typed facts. Each names the section it was reported in.

  private static SectionId at(String id) {
    return SectionId.parse(id);
  }

  private static Count count(long value) {
    return Count.of(value);
  }

  private static CaseStatistics statistics() {
    return CaseStatistics.builder()
        // s1.6.1: 共收到行政复议案件申请35件,其中受理31,办结29件;不予受理4件。
        .reconsideration(
            Reconsideration.builder()
                .received(count(35))
                .accepted(count(31))
                .notAccepted(count(4))
                .closed(count(29))
                .section(at("s1.6.1"))
                .build())
        // s1.6.1: 全县行政诉讼案件5件,出庭率100%。
        .litigation(
            Litigation.builder()
                .cases(count(5))
                .headAppearanceRate(Rate.of("100"))
                .section(at("s1.6.1"))
                .build())
        // s6: 行政机关单独应诉案件5件,审理终结4件,其中2件…维持判决,2件作出撤销判决 — the two
        // judgments account for all four concluded cases.
        .judgmentPerformance(
            JudgmentPerformance.builder()
                .cases(count(5))
                .concluded(count(4))
                .putJudgment(JudgmentType.UPHELD, count(2))
                .putJudgment(JudgmentType.REVOKED, count(2))
                .judgmentsComplete(true)
                .statement("现各行政机关均已自觉主动履行人民法院生效裁判")
                .section(at("s6"))
                .build())
        // s1.6.4: 共受理法律援助案件95件,办结42件,提供法律咨询524件。
        .legalAid(
            LegalAid.builder()
                .accepted(count(95))
                .closed(count(42))
                .consultations(count(524))
                .section(at("s1.6.4"))
                .build())
        // s1.6.5: 年度矛盾纠纷案件调解数量达700余件 … 案件处置率达到100%。
        .mediation(
            Mediation.builder()
                .mediated(Count.of(700, Approximation.MORE_THAN))
                .handlingRate(Rate.of("100"))
                .section(at("s1.6.5"))
                .build())
        // s1.6.3: 共受理免费法律咨询服务2522件,占年度任务114.63%,法律咨询服务群众满意度100%。
        .publicLegalServices(
            PublicLegalServices.builder()
                .services(count(2522))
                .completionRate(Rate.of("114.63"))
                .satisfaction(Rate.of("100"))
                .section(at("s1.6.3"))
                .build())
        .build();
  }

  private static DecisionMaking decisions() {
    return DecisionMaking.builder()
        // s1.3.1.1: 及时公布年度重大行政决策事项目录4项 … 征求意见期限一般不少于30日。
        .catalog(
            DecisionCatalog.builder()
                .published(true)
                .declared(count(4))
                .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                .section(at("s1.3.1.1"))
                .build())
        // s1.3.1.2: 重大决策、重要协议、重大执法决定、规范性文件合法性审核率达100%。
        .legalityReview(
            LegalityReview.builder().reviewRate(Rate.of("100")).section(at("s1.3.1.2")).build())
        // s1.2.4: 向社会公开征求意见期限不少于30日。
        .normativeDocuments(
            NormativeDocuments.builder()
                .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                .section(at("s1.2.4"))
                .build())
        // The advisers are counted in s1.3.3 (全县聘请法律顾问21名); what they did in s1.3.1.2
        // (列席…会议5次,开展文件协议合法性审查12件,提供法律意见23条). A block names one section:
        // the one that holds most of its figures, s1.3.1.2.
        .legalAdvisers(
            LegalAdvisers.builder()
                .advisers(count(21))
                .meetingsAttended(count(5))
                .documentsReviewed(count(12))
                .opinions(count(23))
                .section(at("s1.3.1.2"))
                .build())
        .build();
  }

  private static AdministrativeEnforcement enforcement() {
    return AdministrativeEnforcement.builder()
        // s1.4.4: 全县11个司法所全部加挂“行政执法监督办公室”,先后深入11个乡镇和10个县行政执法单位
        .supervisionOffices(count(11))
        .townshipsInspected(count(11))
        .agenciesInspected(count(10))
        // s1.4.3: the annual rotation training of enforcement staff.
        .addTraining(
            TrainingActivity.builder()
                .title("线上培训行政执法大讲堂")
                .hours(count(30))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("学习贯彻习近平法治思想强化行政执法能力建设专题培训班")
                .organizer("中组部、中央依法治国办、司法部")
                .hours(count(16))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("行政执法大讲堂")
                .organizer("山西省司法厅")
                .sessions(count(5))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("2024年度行政执法人员公共法律知识培训")
                .organizer("县司法局")
                .addDates(LocalDate.of(2024, 6, 27), LocalDate.of(2024, 6, 28))
                .section(at("s1.4.3"))
                .build())
        // s1.4.2: 山西省人民政府赋权的55项 … 15项取消建议、40项任意选取建议 … 已经县人民政府第三十七次
        // 常务会议审议通过。调整后,各乡镇承接的执法事项平均减少32项,平均保留23项,总体压减率58%。
        .delegatedPowers(
            DelegatedPowers.builder()
                .granted(count(55))
                .removalProposals(count(15))
                .optionalProposals(count(40))
                .cut(count(32))
                .kept(count(23))
                .perTownshipAverage(true)
                .cutRate(Rate.of("58"))
                .approvedAt(MeetingReference.builder().body("县人民政府常务会议").session(37).build())
                .section(at("s1.4.2"))
                .build())
        .section(at("s1.4.4"))
        .build();
  }

  private static Accountability accountability() {
    DocumentReference notice =
        DocumentReference.builder()
            .title("关于印发〈关于贯彻落实省委依法治省办法治化营商环境建设督察反馈问题的整改方案〉的通知")
            .number(DocumentNumber.parse("同法治办〔2024〕6号"))
            .issuer("大同市")
            .build();
    String inspection = "省委依法治省办第四督察组实地督察反馈意见";
    return Accountability.builder()
        // s2: 制定出台了《阳高县履行推进法治建设第一责任人职责2024年度工作清单》
        .addDutyLists(
            DutyList.builder()
                .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                .title("阳高县履行推进法治建设第一责任人职责2024年度工作清单")
                .owner("县委、县政府主要负责人")
                .section(at("s2"))
                .build(),
            // s1.1.3: 督导各乡镇22名党政主要负责人对标建立职责清单
            DutyList.builder()
                .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                .owner("各乡镇党政主要负责人")
                .holders(count(22))
                .section(at("s1.1.3"))
                .build())
        // s1.2.3: 形成《全面依法治省督察共性问题整改清单》《全面依法治省督察阳高问题整改清单》
        .addRectificationLists(
            RectificationList.builder()
                .title("全面依法治省督察共性问题整改清单")
                .origin(inspection)
                .basis(notice)
                .section(at("s1.2.3"))
                .build(),
            RectificationList.builder()
                .title("全面依法治省督察阳高问题整改清单")
                .origin(inspection)
                .basis(notice)
                .section(at("s1.2.3"))
                .build())
        // Study sessions in s1.1.1 (专题学法、专题培训5次), written reports on law in s1.1.3
        // (39名领导干部提交书面述法材料), instructions in s2 (指示批示累计120余次). A block names one
        // section: (一), s1.1, which holds two of its three figures.
        .study(
            StudyAndTraining.builder()
                .addActivities(
                    TrainingActivity.builder()
                        .title("专题学法、专题培训")
                        .sessions(count(5))
                        .section(at("s1.1.1"))
                        .build())
                .lawReports(count(39))
                .leaderInstructions(Count.of(120, Approximation.MORE_THAN))
                .section(at("s1.1"))
                .build())
        .build();
  }

  /** s1.5.1: 2024年5月19日3时35分在阳高县北纬40.35度、东经113.78度处发生3.9级地震,震源深度13公里 … Ⅳ级响应. */
  private static Emergency earthquake() {
    return Emergency.builder()
        .kind(EmergencyKind.EARTHQUAKE)
        .description("3.9级地震")
        .occurredAt(OffsetDateTime.of(2024, 5, 19, 3, 35, 0, 0, ZoneOffset.ofHours(8)))
        .place("阳高县")
        .magnitude(new BigDecimal("3.9"))
        .depthKilometres(new BigDecimal("13"))
        .epicenter(GeoPoint.of("40.35", "113.78"))
        .responseLevel(ResponseLevel.LEVEL_IV)
        .section(at("s1.5.1"))
        .build();
  }

  /**
   * Every other figure, in document order: what was counted in the report's words, the figure as
   * written (unit, scale and approximation kept), and its section.
   */
  private static List<Indicator> indicators() {
    return List.of(
        // s1.1.2 二是注重抓好统筹推进
        indicator("s1.1.2", "召开县委全面依法治县委员会、法治建设推进会、依法治县办公室会等会议", "4次"),
        indicator("s1.1.2", "细化分解重点任务", "28项"),
        // s1.2.1.1 一是优化政策保障
        indicator("s1.2.1.1", "划转事项", "237项"),
        indicator("s1.2.1.1", "办结各类审批、服务事项", "22000余件"),
        // s1.2.1.2 二是优化政务服务. 办结率、满意率均为100% is one figure stating two rates: one
        // indicator, so that every written figure has exactly one home.
        indicator("s1.2.1.2", "工单办结率、满意率", "100%"),
        indicator("s1.2.1.2", "首批试行颁发行业综合证的行业场景", "31个"),
        indicator("s1.2.1.2", "已颁发行业综合证", "89张"),
        // s1.2.1.3 三是提升政务服务标准化、规范化、便利化水平
        indicator("s1.2.1.3", "精简申报材料、压缩办理时限、减少审批环节的事项", "15个"),
        indicator("s1.2.1.3", "为企事业单位办理投资项目备案、规划、施工许可、人防等各类前期手续", "146项"),
        // s1.2.2.1 一是优化政务服务平台支撑
        indicator("s1.2.2.1", "智慧政务大厅二期项目总投资", "1481.6万元"),
        indicator("s1.2.2.1", "已布局自助服务一体机", "49台"),
        indicator("s1.2.2.1", "已布局政务智能文件柜", "5台"),
        // s1.2.2.2 二是完善“互联网+监管”系统
        indicator("s1.2.2.2", "监管事项目录清单认领率", "100%"),
        indicator("s1.2.2.2", "检查实施清单编制", "100%"),
        indicator("s1.2.2.2", "汇聚录入监管行为", "3284项"),
        indicator("s1.2.2.2", "审管联动关联事项", "895项"),
        indicator("s1.2.2.2", "已反馈审批办件量", "1309件"),
        // s1.5.1 1.完善突发事件应对机制
        indicator("s1.5.1", "临时森林防火检查站", "143个"),
        indicator("s1.5.1", "开设维护防火隔离带", "300多公里"),
        indicator("s1.5.1", "成立督导组", "4个"),
        indicator("s1.5.1", "督导组出动", "178人次"),
        indicator("s1.5.1", "排查并整改火灾隐患", "6处"),
        indicator("s1.5.1", "汛前检查的企业或其他涉汛单位", "15家"),
        indicator("s1.5.1", "拉网式排查的重点河道", "6条"),
        indicator("s1.5.1", "拉网式排查的水库", "11座"),
        indicator("s1.5.1", "拉网式排查的塘坝", "24座"),
        indicator("s1.5.1", "拉网式排查的地质灾害隐患点", "77处"),
        // s1.5.2 2.加强应急领域体系建设和信息公开
        indicator("s1.5.2", "国家基层减灾能力提升项目总投资", "723万元"),
        indicator("s1.5.2", "为县、乡两级应急救援队伍配备救援车辆", "7辆"),
        indicator("s1.5.2", "配备救援装备", "482件套"),
        // s1.5.3 3.开展应急演练和培训
        indicator("s1.5.3", "开展安全宣传", "7次"),
        indicator("s1.5.3", "印发各类宣传品", "2000件"),
        indicator("s1.5.3", "制作短视频、电子稿等", "7个"),
        indicator("s1.5.3", "督促指导编制和修订应急预案及应急演练方案的企业", "10家"),
        indicator("s1.5.3", "与企业安全生产第一责任人签订尽职履责责任书的企业", "60家"),
        indicator("s1.5.3", "组织进行减灾培训的乡镇", "11个"),
        // 分两期 … 开展了2024年度阳高县基层应急能力培训班: a fact written in a Chinese numeral. The
        // model has no block for training emergency staff.
        indicator("s1.5.3", "2024年度阳高县基层应急能力培训班", "2期"),
        // s1.6.2 2.推进矛盾纠纷预防化解
        indicator("s1.6.2", "远程视频会见室覆盖司法所", "11个"),
        indicator("s1.6.2", "完成视频会见", "243次"),
        // s1.8.1 1.压实责任抓普法
        indicator("s1.8.1", "现场解答群众咨询", "800余人次"),
        indicator("s1.8.1", "免费解答法律咨询", "300余件"),
        // s1.8.2 2.突破薄弱促普法
        indicator("s1.8.2", "“光影照乡村普法惠民生”主题宣传活动", "11场次"),
        // s1.8.3 3.搭建平台促普法
        indicator("s1.8.3", "累计建设农村(社区)法治文化宣传墙", "132个"),
        indicator("s1.8.3", "建成法治文化主题公园", "4座"),
        indicator("s1.8.3", "法律明白人", "637名"),
        indicator("s1.8.3", "有1名以上“法律明白人”的行政村", "100%"),
        // s1.8.4 4.示范引领促普法
        indicator("s1.8.4", "被授予省级“民主法治示范村”的村", "3个"),
        indicator("s1.8.4", "被授予第二批市级“民主法治示范村”的村", "12个"));
  }

  private static Indicator indicator(String section, String label, String quantity) {
    return Indicator.builder()
        .label(label)
        .quantity(Quantity.parse(quantity))
        .section(at(section))
        .build();
  }
}
