//! Words that bound a name: the verbs and function words before it, the
//! verbs that may end it, the words after it that make it no project, the
//! verbs of programmes and the verbs that make a 中心 a facility.

/// Verbs and function words a name never holds: the name starts after
/// the last of them.
pub(super) const STOPS: &[&str] = &[
    "的",
    "在",
    "是",
    "与",
    "和",
    "对",
    "把",
    "为",
    "由",
    "等",
    "了",
    "以",
    "从",
    "向",
    "就",
    "于",
    "并",
    "将",
    "拟",
    // A target's verbs (力争全年重点项目完成投资135亿元).
    "力争",
    "确保",
    "争取",
    // Prepositions of basis and manner (根据项目建设进度, 按照项目要求).
    "根据",
    "按照",
    "依据",
    "依照",
    // Expecting and what is left (预计项目建成后, 加快剩余工程建设).
    "预计",
    "剩余",
    "其余",
    "已",
    "这",
    "该",
    "其",
    "共",
    "签约",
    "签订",
    "签署",
    "开工",
    "动工",
    "奠基",
    "建设",
    "推进",
    "落户",
    "落地",
    "召开",
    "引进",
    // Buying a project or a firm (并购华东化工项目, 收购…), moving in.
    "并购",
    "收购",
    "入驻",
    "投产",
    "竣工",
    "建成",
    "实施",
    "开建",
    "扩建",
    "新上",
    "宣布",
    "启动",
    // Carrying out a policy (推行工业项目“标准地”出让): what it applies to.
    "推行",
    "实行",
    "加快",
    "举行",
    "完成",
    "达产",
    "投资",
    "计划",
    "包括",
    "涵盖",
    "作为",
    "成为",
    "位于",
    "通过",
    "加紧",
    "全力",
    "正式",
    "顺利",
    "集中",
    "开展",
    "参与",
    "承建",
    "中标",
    "投向",
    "用于",
    "打造",
    "规划",
    "新建",
    "续建",
    "至今",
    "目前",
    "今年",
    "去年",
    "明年",
    "表示",
    "介绍",
    "主要",
    "其中",
    "以及",
    "创建",
    "解决",
    "协调",
    "推动",
    "抓",
    "指导",
    "组织",
    "设立",
    "做大",
    "做强",
    "做热",
    "助推",
    "租用",
    "新增",
    "累计",
    "谋划",
    "储备",
    "在谈",
    "在建",
    "围绕",
    "依托",
    "支持",
    "服务",
    "对接",
    "洽谈",
    "争取",
    "申报",
    "获批",
    "入选",
    "列入",
    "纳入",
    "确定",
    "聚焦",
    "瞄准",
    "全面",
    "积极",
    "大力",
    "重点抓",
    "培育",
    "壮大",
    "建立",
    "成立",
    "组建",
    "形成",
    "带动",
    "拥有",
    "有",
    "上",
    "实现",
    "标志着",
    "紧",
    "持续",
    "落实",
    "确保",
    "坚持",
    "进一步",
    "妥善",
    "处理",
    "构建",
    "做好",
    "优化",
    "缩减",
    "不断",
    "分别",
    "承担",
    "改善",
    "建议",
    "建議",
    "方式",
    "大幅度",
    "一个",
    "即",
    "一批",
    "每个",
    "助力",
    "跟着",
    "安装",
    "规范",
    "釐清",
    "厘清",
    "我省",
    "我市",
    "我区",
    "我县",
    "其中",
    "因应",
    "因應",
    "规划中",
    "计划中",
    "建设中",
    "之中",
    "当中",
    // Verbs of management and of building together (强化…, 共建…).
    "强化",
    "加强",
    "深化",
    "完善",
    "共建",
    "合建",
    "联建",
    "共创",
    // Verbs of perceiving, visiting and using (记者看到…, 走进…, 运用…).
    "看到",
    "看见",
    "走进",
    "来到",
    "走访",
    "调研",
    "视察",
    "考察",
    "参观",
    "运用",
    "进入",
    "深入",
    // Verbs of causing, of being and of cause (存在因…导致项目无法实施的风险,
    // 由于…项目延期): a name holds no clause of its own.
    "导致",
    "導致",
    "造成",
    "引起",
    "引发",
    "引發",
    "致使",
    "使得",
    "存在",
    "面临",
    "面臨",
    "由于",
    "由於",
    "因为",
    "因為",
    "因",
];

/// Stops (most of one character) that are part of a longer word when one of these
/// characters stands before or after them, `(stop, before, after)`: the
/// name does not start after them (将军路, 华为, 上海, 海上风电, 和平路, 向阳湖,
/// 共享, 在线, 以色列, 对外开放, 于都, 紧固件, 就业, 自由贸易, 有机).
#[rustfmt::skip]
pub(super) const STOPS_IN_WORDS: &[(&str, &str, &str)] = &[
    ("将", "大", "军领士"),
    // 根据地 (a base area) holds 根据.
    ("根据", "", "地"),
    ("为", "华作成认因行人更较最尤极称视列评转分改变广有", "期主止"),
    ("上", "海线网", "海饶虞街蔡犹杭高栗林思"),
    ("和", "温祥柔缓总融", "平谐美睦顺"),
    ("向", "双方导外走定意单纵横转趋倾取动", "阳日"),
    ("共", "公中", "享建同赢识治商性青"),
    ("在", "现存所实", "线"),
    ("以", "可所难得足加予", "色"),
    ("对", "绝相针面应", "外口"),
    ("于", "关由至属等基对", "都洪"),
    ("紧", "加", "固"),
    ("有", "", "机色线效序"),
    ("就", "成造", "业"),
    ("由", "自理缘来经", ""),
    ("从", "自服", "业事化"),
    ("并", "合兼吞归", "网购"),
    ("等", "平高同中", "级"),
    ("了", "为除罢", "解"),
    ("即", "立随", ""),
    ("的", "目", "士确"),
    ("把", "", "关握"),
    ("拟", "模虚", ""),
    ("因", "原基成诱起主内外病近远死", "素"),
];

/// Whether the stop `stop`, between `before` and `after`, is part of a
/// longer word ([`STOPS_IN_WORDS`]) and so bounds no name.
pub(super) fn stop_in_word(stop: &str, before: &str, after: &str) -> bool {
    STOPS_IN_WORDS.iter().any(|&(w, pre, post)| {
        w == stop
            && (before.chars().next_back().is_some_and(|c| pre.contains(c))
                || after.chars().next().is_some_and(|c| post.contains(c)))
    })
}

/// Verbs that name what a facility does when its head follows them (污水处理厂,
/// 垃圾处理中心, 市民服务中心, 服务业集聚区): part of the name, not a stop.
pub(super) const FACILITY_VERBS: &[(&str, &[&str])] = &[
    // Not 项目 or 工程: 处理项目 is handling projects.
    ("处理", &["厂", "站", "场", "中心", "设施"]),
    (
        "服务",
        &["中心", "站", "区", "业", "平台", "基地", "综合体", "外包"],
    ),
];

/// Verbs that may end a name right before its project word (交通建设项目,
/// 中心迁建项目, 储备基地).
pub(super) const NOMINAL: &[&str] = &["建设", "新建", "续建", "扩建", "储备", "在建"];

/// Words right after a name that make it a campaign or a document, not a
/// project (项目建设年, 工程的通知).
pub(super) const NOT_AFTER: &[&str] = &[
    "建设年",
    "年活动",
    "活动",
    "的通知",
    "管理办法",
    "申报",
    "资金",
    // Capital and money of projects (用作项目资本金, 项目资本金).
    "资本金",
    // A person's title: the name is an institution (…创新中心主任).
    "主任",
    "院长",
    "负责人",
    "书记",
    "董事长",
    "总经理",
    "主席",
    "经理",
    "处长",
    "局长",
    // A service or a discipline of engineering (工程咨询, 工程监理, 工程育种).
    "咨询",
    "监理",
    "育种",
    "技术",
    "师",
    "学院",
    "专业",
    // An office or an administrative matter (工程建设指挥部, 项目审批制度).
    "指挥部",
    "建设指挥部",
    "审批",
    "制度",
    "管理",
    // A statistic of a category (重大项目投资完成率).
    "投资完成率",
];

/// Words right after 工程 that make it a head of spending, a fund or a
/// trade (基本工程開支, 工程儲備基金, 工程费用, 工程款, 工程机械): no project.
/// Not 预算: a works' budget is its own (扩建工程预算超过12亿).
pub(super) const NOT_AFTER_WORKS: &[&str] = &[
    "开支", "開支", "支出", "储备", "儲備", "费用", "費用", "经费", "經費", "款", "机械", "機械",
    "塑料", "车辆", "車輛", "量", "质量", "質量", "院", "学",
];

/// Verbs after which a name is a programme or a category applied for
/// (申报2021年省级…产业项目, 入选…示范基地), not a project.
pub(super) const PROGRAMME_VERBS: &[&str] = &[
    "申报",
    "入选",
    "列入",
    "纳入",
    "获批",
    "认定为",
    "评为",
    "获评",
];

/// Verbs that make a 中心 a facility being built or invested in.
pub(super) const CENTRE_VERBS: &[&str] = &[
    "建设", "开工", "开建", "动工", "奠基", "投资", "竣工", "建成", "投产", "落户", "签约", "推进",
    "新建", "在建", "迁建", "扩建", "落成", "完工", "封顶", "启用", "投用", "耗资",
];

/// What an institution's 中心 does (投资促进中心, 政务服务中心, 疾病控制中心,
/// 企业技术中心): such a 中心 is a facility only when it is built, not when
/// it invests, signs or pushes others' projects.
pub(super) const INSTITUTION_HEADS: &[&str] = &[
    "服务", "促进", "管理", "交易", "指导", "监测", "检测", "调度", "指挥", "保障", "事务", "发展",
    "研究", "技术", "研发", "培训", "控制", "疾控", "结算", "评估", "鉴定", "调解",
];

/// [`CENTRE_VERBS`] of building, the ones an institution's 中心 needs.
#[rustfmt::skip]
pub(super) const BUILD_VERBS: &[&str] = &[
    "建设", "开工", "开建", "动工", "奠基", "竣工", "建成", "投产", "新建", "在建", "迁建", "扩建",
    "落成", "完工", "封顶", "启用", "投用", "耗资",
];
