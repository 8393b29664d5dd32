package org.selfeval.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.ManagementData;
import org.selfeval.model.Num;
import org.selfeval.model.Percent;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;

/**
 * The reference department (2023 花都区市场监督管理局) built by hand from the published report's figures,
 * with the recomputed values the engine gives (差异率 from unrounded amounts, 资产管理 10 not 9, "三公" 2 not 3).
 * Replaced by the real read → evaluate pipeline once the other stages are merged.
 */
final class ReferenceFixture {

    static final String FILE = "花都区市场监督管理局.xlsx";

    private ReferenceFixture() {
    }

    static Evaluation evaluation() {
        return evaluation(List.of(new Finding("R-SCORE-RANGE", Severity.WARNING, CellRef.of(FILE, "绩效指标", "K40"),
                "“三公”经费控制情况", "2", "3", "自评得分 3 分超过分值 2 分，已按 2 分计；请将 绩效指标!K40 改为不超过 2 的得分。")));
    }

    static Evaluation evaluation(List<Finding> findings) {
        BigDecimal spent = d("22918.66");
        BigDecimal budget = d("22975.66");
        return new Evaluation(submission(), findings, income(), expenditure(), budget, Percent.of(spent, budget),
                projects(), scores());
    }

    static Submission submission() {
        Map<String, Text> t = new LinkedHashMap<>();
        put(t, "部门名称", "广州市花都区市场监督管理局");
        put(t, "评价年度", "2023");
        put(t, "金额单位", "万元");
        put(t, "主要职责", String.join("\n",
                "负责市场综合监督管理和知识产权管理。贯彻执行市场监督管理和知识产权有关方针政策和法律法规；拟订并组织实施有关规划，规范和维护市场秩序，营造诚实守信、公平竞争的市场环境。",
                "(2) 负责市场主体统一登记注册。组织指导全区各类企业、农民专业合作社和从事经营活动的单位、个体工商户等市场主体的登记注册工作；建立市场主体信息公示和共享机制，依法公示和共享有关信息，加强信用监管，推动市场主体信用体系建设。",
                "负责组织市场监管（含知识产权、商务、盐业等领域）综合执法工作。负责全区市场监管综合执法队伍建设，推动实行统一的市场监管；组织查处市场监管领域违法案件，规范市场监管行政执法行为。",
                "负责监督管理市场秩序。依法监督管理市场交易、网络商品交易及有关服务的行为；组织查处价格收费违法违规、不正当竞争、违法直销、传销、侵犯商标专利知识产权和制售假冒伪劣商品等行为。",
                "负责反垄断执法调查工作。依委托开展垄断协议、滥用市场支配地位和滥用行政权力排除、限制竞争等反垄断执法调查工作。",
                "负责统一管理标准化工作。组织协调指导和推动各部门、各行业的标准化工作；依法对标准的制定进行指导和监督，对标准的实施进行监督检查，规范标准化活动。",
                "负责食品安全监督管理综合协调。统筹指导全区食品安全工作；负责食品安全应急体系建设，组织指导规定级别食品安全事件应急处置和调查处理工作。",
                "负责特种设备安全监督管理。综合管理特种设备安全监察、监督和风险防范工作；负责特种设备应急事件处置和参与事故调查工作。",
                "负责计量监督管理。执行国家计量制度，推行国家法定计量单位，依职责管理计量器具及量值传递和比对工作；规范、监督商品量和市场计量行为。",
                "完成区委、区政府和上级相关部门交办的其他任务。"));
        put(t, "内设机构", "广州市花都区市场监督管理局内设机构 24 个：办公室、政策法规科、装备财务科、审批管理科、执法监督与应急科、信用风险监管科、市场主体监督管理科、标准化科、计量科、人事科等。");
        put(t, "派出机构", "派出机构 16 个：新华市场监管所、丰华市场监管所、裕华市场监管所、花城市场监管所、文旅城市场监管所、秀全市场监管所、新雅市场监管所、赤坭市场监管所、炭步市场监管所、狮岭市场监管所、芙蓉市场监管所、合益市场监管所、花山市场监管所、花东市场监管所、北兴市场监管所、梯面市场监管所。");
        put(t, "下属单位", "广州市花都区市场监督管理局下属单位 4 个：其中 3 个非独立预算单位，包括：广州市花都区市场监督管理局 12315 消费者申诉举报中心、广州市花都区消费者委员会办公室、广州花都（皮革皮具）知识产权快速维权中心；1 个独立预算单位：广州市花都区药品检验所。");
        put(t, "年度总体工作", "一是聚焦主责主业，跑出辖区营商环境优化“加速度”，二是统筹监管与发展，激发辖区现代化产业体系高质量发展“新活力”，三是守住安全底线，打实吃得安心、买得放心、用得舒心“组合拳”，四是树牢宗旨意识，走好奋进新征程建功新时代的“赶考路”。");
        put(t, "重点工作任务", "一是开展知识产权专项经费支持项目；二是组织查处市场监管领域违法案件，打击制售假冒伪劣商品违法行为，开展专项整治工作等；三是优化办事流程，为新开办企业免费刻制 5 枚印章；四是对辖区内电梯使用进行监督检验抽查；五是对食品生产环节、食品流通环节、餐饮业食品等项目进行抽查检测。");
        put(t, "绩效管理情况", "从评价情况来看，预算编制、执行及使用效益情况均达到了预期的绩效目标，通过绩效自评和评价结果的运用，有助于改进预算管理，提高工作效率，增强法治观念，确保财政资金安全高效使用。");
        put(t, "整体绩效完成情况", "持续优化服务供给，提升营商环境吸引力：一是以便民利企为宗旨，二是以助企发展为目标，为市场主体提供更优事中事后监管；持续强化产业支撑，提升实体经济竞争力；持续细化职能监管，提升市场经济活力；持续深化隐患治理，提升城市安全承载力。");
        put(t, "重点项目执行说明", "重点项目预算执行率较低，主要是因为区财政资金需统筹安排，无法按计划完成资金支付。");
        put(t, "主要工作成效", String.join("\n",
                "锚定花都高水平打造广州北部增长极目标，2023 年，区市场监管局党组扎实推进我区十二项重点任务部署，优服务、强监管、深改革一体推进，取得较好成效。",
                "1. 持续加强党的全面领导和党的建设，提升队伍干事创业能力。",
                "一是突出党建引领。以学习贯彻习近平新时代中国特色社会主义思想主题教育为契机，深入开展市场监管领域调查研究，形成调研成果16个。二是夯实组织堡垒。三是强化队伍建设。",
                "2. 持续优化服务供给，提升营商环境吸引力。",
                "一是以便民利企为宗旨，辖区开办企业全程最快0.5天办结。截至2023年12月末，全区共有各类市场主体248506户，注册资本5090.28亿元。二是以助企发展为目标，为市场主体提供更优事中事后监管。",
                "3. 持续强化产业支撑，提升实体经济竞争力。",
                "一是扎实推进质量强区战略。二是深化标准化引领。三是实施知识产权全链条保护运用。四是力促重点产业升级。",
                "4. 持续细化职能监管，提升市场经济活力。",
                "一是创建放心消费环境。二是强化重点领域执法，全年共立案查办食品违法、商标侵权和质量违法等案 1270 宗。三是服务多元发展市场机制。",
                "5. 持续深化隐患治理，提升城市安全承载力。",
                "深化国家食品安全城市创建，全力推动食品安全“两个责任”工作机制落地见效。"));
        put(t, "存在的主要问题", "存在的主要问题及原因是：存在预算资金调整情况，主要是因为根据文件要求，压减部分项目经费。");
        put(t, "下一步改进措施", "下一步要加强项目过程管理，提升资金预算准确性。");
        Map<String, Num> n = new LinkedHashMap<>();
        n.put("二级项目个数", num("27"));
        n.put("二级项目资金", num("4490.04"));
        n.put("整体支出自评金额", num("22928.75"));
        n.put("全年预算数", num("22975.66"));
        return new Submission(Path.of(FILE), List.of(Path.of(FILE)), new BasicInfo(t, n),
                new ComparisonTable("收入决算", null, List.of()), new ComparisonTable("支出决算", null, List.of()),
                List.of(), List.of(), ManagementData.empty());
    }

    static Comparison income() {
        return new Comparison(line("合计", "22918.41", "21314.56", ""), List.of(
                line("财政拨款收入", "22918.41", "21245.39", "主要原因：一是年中因工作需要追加专项资金较上年增加2336万元，二是追加死亡抚恤金较上年增加156万元。"),
                line("其他收入", "0", "69.16", "主要原因：区同级部门或上级部门划转资金均通过“数字政府”公共财政综合管理平台转移支付进行核算，不再直接划拨到基本账户。")));
    }

    static Comparison expenditure() {
        return new Comparison(line("合计", "22918.66", "21320.69", ""), List.of(
                line("基本支出", "18428.38", "18796.45", "主要原因：一是上年度工会经费及福利费合计232.4万元，作为单列预算项目公用经费下达资金，而本年度则取消了单列公用经费下达资金；二是上年度有补缴在职人员2017年7月至2018年12月职业年金单位缴纳部分573.46万元。"),
                line("项目支出", "4490.28", "2524.24", "主要原因：年中因工作需要追加专项资金外卖行业2023年春节期间稳岗留工补贴经费2801.73万元（其中市级资金1120.692万元，区级资金1681.038万元）。")));
    }

    static List<ProjectLine> projects() {
        return List.of(project("1", "检测专项经费", "117", "117", "70.02"),
                project("2", "电梯监督检验抽查经费", "160", "160", "4.86"),
                project("3", "2022 年农贸市场升级改造补助资金", "300", "0", "0"));
    }

    static ScoreCard scores() {
        GroupScore output = group("产出指标", "20", List.of(
                target("数量指标", "奖励获得中国专利优秀奖", "15", "万元/项", "3", "0", "因该项经费已全部压减，当年实际支出为 0，故无法完成此项指标"),
                target("数量指标", "抽检15年以上老旧电梯", "不少于150", "台", "3", "3", "抽检 15 年以上老旧电梯 287 台，已按计划完成"),
                target("数量指标", "免费刻制印章枚数及种类", "一套5枚", "", "3", "3", "免费刻制印章枚数及种类为一套 5 枚，已按计划完成"),
                target("数量指标", "行政案件立案数", "不少于600", "宗", "3", "3", "行政案件立案数 1291 宗，已按计划完成"),
                target("数量指标", "流通环节食品安全检测次数（批次）", "不少于400", "批次", "3", "3", "流通环节食品安全检测次数 628 批次，已按计划完成"),
                target("数量指标", "驻场技术人员人数", "不少于3", "人", "3", "3", "驻场技术人员人数 3 人，已按计划完成"),
                target("时效指标", "农贸市场升级改造完成时限", "于2023年12月10日前完成升级改造", "", "2", "2", "农贸市场升级改造完成时间均于 2023 年 12 月 10 日前完成，已按计划完成")));
        GroupScore benefit = group("效益指标", "20", List.of(
                target("社会效益指标", "农贸市场升级改造成效", "建成“干净、整洁、平安、有序”市场环境", "", "7", "7", "已建成“干净、整洁、平安、有序”市场环境，并通过验收，已按计划完成"),
                target("社会效益指标", "完成企业年报率", "不低于90", "%", "7", "7", "企业年报率达到 94.68%，已按计划完成"),
                target("社会效益指标", "抽检电梯发现问题整改率", "100", "%", "6", "6", "抽检电梯发现问题整改率达到 100%，已按计划完成")));
        GroupScore rate = new GroupScore("部门预算资金支出率", d("10"), d("9.975"), d("9.98"), List.of(), List.of(
                new IndicatorScore(row("部门预算资金支出率", "", "", "", ""), d("10"), d("9.975"), d("9.98"), "支出率")));
        GroupScore duty = new GroupScore("履职效能", d("50"), d("46.975"), d("46.98"), List.of(output, benefit, rate), List.of());

        List<GroupScore> m = new ArrayList<>();
        m.add(group("预算编制", "3", List.of(item("新增预算项目事前绩效评估", "3", "3", "本部门无预算金额超过 1000 万元（含）的新增经常性二级项目，无预算金额超过 3000 万元（含）的新增一次性二级项目。"))));
        m.add(group("预算执行", "4", List.of(item("结转结余率", "2", "2", "本部门本年度无结转结余"),
                item("财务管理合规性", "2", "2", "本部门已制定相关财务管理制度，并有效执行"))));
        m.add(group("信息公开", "4", List.of(item("预决算信息公开合规性", "2", "1", "本部门按时完成 2023 年部门预算及 2022 年部门决算信息公开工作，但在区财政部门开展预决算公开专项检查中发现存在需修改的问题"),
                item("绩效信息公开情况", "2", "2", "本部门已将绩效目标等绩效信息按规定在政府门户网站公开"))));
        m.add(group("绩效管理", "15", List.of(item("绩效管理制度建设", "5", "5", "本部门已制定预算绩效管理制度，并严格按制度执行"),
                item("绩效结果应用", "3", "3", "本部门无发生监控预警提醒信息，无发生重点评价整改情况"),
                item("绩效管理制度执行", "7", "7", "本部门按要求开展部门整体支出绩效监控和自评，并及时报送相关材料"))));
        m.add(group("采购管理", "10", List.of(item("采购意向公开合规性", "0.5", "0.5", "本部门采购意向 100%公开"),
                item("采购意向公开时限", "1.5", "1.5", "本部门采购意向公开时限均符合相关规定"),
                item("采购内控制度建设", "1", "1", "本部门已建立政府采购管理制度"),
                item("采购活动合规性", "2", "2", "本部门未发生采购投诉事项"),
                item("采购合同签订时效性", "3", "3", "本部门采购合同签订时效性均符合相关规定"),
                item("合同备案时效性", "1", "0", "本部门全年共备案合同 69 份，其中有 4 份超期备案"),
                item("采购政策效能", "1", "1", "本部门为中小企业预留采购份额为 100%"))));
        GroupScore assets = group("资产管理", "10", List.of(item("资产配置合规性", "2", "2", "本部门资产配置均符合相关规定"),
                item("资产收益上缴的及时性", "1", "1", "本部门资产收益均及时上缴"),
                item("资产盘点情况", "1", "1", "本部门已完成 2023 年度资产盘点"),
                item("数据质量", "2", "2", "本部门行政事业性国有资产年报数据完整、准确"),
                item("资产管理合规性", "2", "2", "本部门已制定行政事业性国有资产管理内部管理制度"),
                item("固定资产利用率", "2", "2", "固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%=1952.31 万元÷1952.31 万元×100%=100%，比率≥90%")));
        m.add(new GroupScore(assets.name(), assets.weight(), assets.score(), d("9"), assets.children(), assets.indicators()));
        m.add(group("运行成本", "4", List.of(item("公用经费控制率", "2", "2", "本部门公用经费控制率=（1139.68 万元-1149.77 万元）/1149.77 万元×100%=-0.88%，控制率≤0"),
                new IndicatorScore(row("“三公”经费控制情况", "", "", "", "本部门“三公”经费实际支出数 145.46 万元，少于预算安排的“三公”经费数 155.55 万元"), d("2"), d("2"), d("3"), "三公经费控制"))));
        GroupScore management = new GroupScore("管理效率", d("50"), d("48"), d("48"), m, List.of());
        return new ScoreCard(List.of(duty, management), d("94.975"), d("94.98"), "优");
    }

    // ---- helpers ----

    private static GroupScore group(String name, String weight, List<IndicatorScore> items) {
        BigDecimal score = items.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GroupScore(name, d(weight), score, score, List.of(), items);
    }

    private static IndicatorScore target(String level3, String content, String target, String unit, String weight,
                                         String score, String explanation) {
        return new IndicatorScore(new IndicatorRow(IndicatorRowKind.LEAF, text("履职效能"), text(""), text(level3),
                text(content), text("≥"), text(target), text(unit), text(""), num(weight), text(""), num(score),
                text(explanation), CellRef.of(FILE, "绩效指标", "A5")), d(weight), d(score), d(score), "正向");
    }

    private static IndicatorScore item(String name, String weight, String score, String explanation) {
        return new IndicatorScore(row(name, "", "", "", explanation), d(weight), d(score), d(score), "定性");
    }

    private static IndicatorRow row(String level3, String content, String target, String unit, String explanation) {
        return new IndicatorRow(IndicatorRowKind.LEAF, text("管理效率"), text(""), text(level3), text(content),
                text("定性"), text(target), text(unit), text(""), Num.blank(null), text(""), Num.blank(null),
                text(explanation), CellRef.of(FILE, "绩效指标", "A20"));
    }

    private static ComparisonLine line(String item, String current, String previous, String explanation) {
        BigDecimal c = d(current);
        BigDecimal p = d(previous);
        return new ComparisonLine(item, c, p, c.subtract(p), Percent.change(c, p), explanation, null);
    }

    private static ProjectLine project(String seq, String name, String initial, String adjusted, String actual) {
        BigDecimal a = d(adjusted);
        BigDecimal x = d(actual);
        return new ProjectLine(seq, name, d(initial), a, x, Percent.of(x, a),
                "", null);
    }

    private static void put(Map<String, Text> map, String key, String value) {
        map.put(key, new Text(value, CellRef.of(FILE, "基本信息", "B" + (map.size() + 2))));
    }

    private static Text text(String v) {
        return new Text(v, null);
    }

    private static Num num(String v) {
        return new Num(d(v), null);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
