package org.fazhi.report.examples;

import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.StatutoryPart;

/**
 * The outline of {@link Yanggao2024}: its preamble, sections and signature, every line of prose
 * exactly as published; section s1 is in {@link YanggaoMeasures}. Comments give each node's id. The
 * helpers build sections the way the text importer segments them (see {@link Yanggao2024}).
 */
final class YanggaoOutline {
  private YanggaoOutline() {}

  /** The whole outline: the preamble, sections s1 to s6 and the signature. */
  static Outline outline() {
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
            YanggaoMeasures.measuresAndResults(),
            leadersDuties(),
            shortcomings(),
            nextYearArrangements(),
            suggestions(),
            otherMatters())
        .addSignature("阳高县人民政府", "2024年12月3日")
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
  static Section.Builder ownLine(String label, String heading) {
    return Section.builder().numbering(Numbering.parse(label)).heading(Heading.ownLine(heading));
  }

  /** A section labelled {@code label} whose heading runs into its line, ended by {@code 。}. */
  static Section.Builder inline(String label, String heading) {
    return Section.builder()
        .numbering(Numbering.parse(label))
        .heading(Heading.inline(heading, "。"));
  }

  /** A run-in item ({@code 二是…}) that continues the line before it; at most one paragraph. */
  static Section runIn(String label, String heading, String... paragraph) {
    return runInItem(label, heading, true, paragraph);
  }

  /** A run-in item ({@code 一是…}) that starts a line; at most one paragraph. */
  static Section runInNewLine(String label, String heading, String... paragraph) {
    return runInItem(label, heading, false, paragraph);
  }

  private static Section runInItem(
      String label, String heading, boolean continuesLine, String... paragraph) {
    if (paragraph.length > 1) {
      throw new IllegalArgumentException("a run-in item has at most one paragraph: " + label);
    }
    return inline(label, heading).runIn(continuesLine).addParagraphs(paragraph).build();
  }
}
