//! Named projects: a name ending in a project word (项目, 基地, 产业园, 工程
//! …), the company behind it, its investment, the facts about it, its stage
//! and its date, read from one sentence.
//!
//! A name runs back from its project word over the characters a name holds
//! and stops at punctuation, at 的 (投资33.6亿元的NMP项目 → NMP项目) and at
//! the verbs and function words that come before a name (签约, 建设, 在, 与
//! …). A name is generic, and no project, when nothing specific is left
//! once its generic words are taken away (重点项目, 10个重点产业项目,
//! 该项目), when a count stands right before it, or when a campaign word
//! follows it (项目建设年). A project is reported only where its sentence
//! says something about it: an amount, an area, a stage verb or a date.

use crate::fact::{FactData, MoneyRole, Project, Stage};
use std::sync::LazyLock;

use crate::scan::Lexicon;
use crate::subject::Placed;

mod enterprise;
use enterprise::enterprise;

/// A project found in a sentence, at its byte range in the sentence.
#[derive(Debug)]
pub(crate) struct FoundProject {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) project: Project,
}

/// Words that end a project's name, longest first.
const SUFFIXES: &[&str] = &[
    "产业基地",
    "生产基地",
    "产业园区",
    "产业园",
    "科创园",
    "工业园",
    "项目",
    "基地",
    "工程",
    "工厂",
    "新厂区",
    "厂区",
    "电站",
    "中心",
    "医院",
    "小学",
    "中学",
    "学校",
    "博物馆",
    "体育馆",
    "高速铁路",
    "高铁",
    "大道",
    "广场",
    "连接路",
    "段",
    "厂",
];

/// Words a generic name is made of (重点产业项目, 新建外资项目).
const GENERIC: &[&str] = &[
    "重点",
    "重大",
    "产业",
    "签约",
    "在建",
    "新建",
    "续建",
    "新开工",
    "开工",
    "外资",
    "内资",
    "招商",
    "基础设施",
    "工业",
    "技改",
    "建设",
    "民生",
    "亿元以上",
    "该",
    "这些",
    "这个",
    "此",
    "各类",
    "一批",
    "大",
    "好",
    "新",
    "各",
    "本",
    "上述",
    "其他",
    "相关",
    "优质",
    "投资",
    "制造业",
    "实体",
    "生产",
    "服务",
    "市级",
    "省级",
    "国家级",
    "区级",
    "县级",
    "全市",
    "全省",
    "全区",
    "全县",
    "政府",
    "合作",
    "示范",
    "配套",
    "储备",
    "在谈",
    "落地",
    "入库",
    "谋划",
    "竣工",
    "投产",
    "社会",
    "城市",
    "乡村",
    "农业",
    "科技",
    "创新",
    "数字",
    "绿色",
    "文旅",
    "旅游",
    "基建",
    "交通",
    "水利",
    "能源",
    "智能",
    "总部",
    "高新技术",
    "高新",
    "技术",
    "研发",
    "金融",
    "数据",
    "物流",
    "商业",
    "中小",
    "龙头",
    "亿元",
    "千万元",
    "个",
    "批",
    "大型",
    "中型",
    "小型",
    "集中",
    "等",
    "类",
    "首期",
    "后续",
    "预备",
    "新型",
    "传统",
    "和",
    "与",
    "及",
    "、",
    "全部",
    "所有",
    "战略性",
    "新兴",
    "外商",
    "内外资",
    "主体",
    "生态",
    "标志性",
    "强化",
    "施工",
    "配套",
    "改造",
    "提升",
    "专项",
    "攻坚",
    "民营",
    "国有",
    "央企",
    "市属",
    "省属",
    "区属",
    "城建",
    "环保",
    "节能",
    "重点工业",
    "招大引强",
    "独角兽",
    "企业",
    "专精特新",
    "头部",
    "领军",
    "链主",
    "优势",
    "特色",
    "亿元级",
    "百亿级",
    "十亿级",
    "标杆",
    "样板",
    "试点",
    "一大批",
    "大批",
    "公路",
    "铁路",
    "未开工",
    "已开工",
    "审批",
    "精简",
    "孵化器",
    "创业",
    "高科技",
    "备案类",
    "一个",
    "环节",
    "高端",
    "延伸",
    "产业链",
    "链",
    "放心",
    "精品",
    "民心",
    "高效",
    "资金",
    "一号",
    "国家",
    "建筑",
    "要素",
    "科技型",
    "东南部",
    "西北部",
    "东北部",
    "西南部",
    "中部",
    "南部",
    "北部",
    "东部",
    "西部",
    // Parts and trades of building works (厂房主体工程, 消防工程, 装修工程).
    "厂房",
    "主体",
    "消防",
    "装修",
    "装饰",
    "土建",
    "安装",
    "绿化",
    "幕墙",
    "钢结构",
    "水电",
    "填海",
    "管网",
    "附属",
    "前期",
    "后期",
    "外立面",
    "室内",
    "室外",
    // Fields of engineering (细胞工程, 基因工程, 软件工程).
    "细胞",
    "基因",
    "遗传",
    "软件",
    "系统",
    "全过程",
    // Kinds of firm and project by type (龙头型, 旗舰型, 科技型).
    "龙头型",
    "旗舰型",
    "创新型",
    "外向型",
    "引领型",
    "带动型",
    "基础型",
];

/// [`GENERIC`] longest first, so 科技型 goes before 科技.
static GENERIC_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = GENERIC
        .iter()
        .copied()
        .filter(|g| g.chars().count() > 1)
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

/// Sectors of industry: one named alone before 项目 (新材料项目, 新能源项目)
/// is a kind of project, not one.
const SECTORS: &[&str] = &[
    "新材料",
    "新能源",
    "生物医药",
    "电子信息",
    "装备制造",
    "高端装备",
    "大数据",
    "人工智能",
    "新一代信息技术",
    "文化旅游",
    "现代物流",
    "现代农业",
    "节能环保",
    "新能源汽车",
    "集成电路",
    "医疗器械",
    "食品加工",
    "农产品加工",
    "光伏",
    "氢能",
    "储能",
    "锂电",
    "半导体",
];

/// Place-name endings: a name that is only a place and generic words
/// (河北省重点项目, 县（区）重大项目) is generic.
const PLACE_ENDS: &[&str] = &["省", "市", "县", "区", "（区）", "镇", "乡", "州", "自治区"];

/// Verbs and function words a name never holds: the name starts after
/// the last of them.
const STOPS: &[&str] = &[
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
    "引进",
    "投产",
    "竣工",
    "建成",
    "实施",
    "开建",
    "扩建",
    "新上",
    "宣布",
    "启动",
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
];

/// Verbs that may end a name right before its project word (交通建设项目,
/// 中心迁建项目, 储备基地).
const NOMINAL: &[&str] = &["建设", "新建", "续建", "扩建", "储备", "在建"];

/// Words right after a name that make it a campaign or a document, not a
/// project (项目建设年, 工程的通知).
const NOT_AFTER: &[&str] = &[
    "建设年",
    "年活动",
    "活动",
    "的通知",
    "管理办法",
    "申报",
    "资金",
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
];

/// Stage words, with the stage each names.
const STAGE_WORDS: &[(&str, Stage)] = &[
    ("建成投产", Stage::InProduction),
    ("竣工投产", Stage::InProduction),
    ("投入使用", Stage::InProduction),
    ("投入运营", Stage::InProduction),
    ("投产", Stage::InProduction),
    ("生产中", Stage::InProduction),
    ("量产", Stage::InProduction),
    ("投用", Stage::InProduction),
    ("达产", Stage::InProduction),
    ("运营", Stage::InProduction),
    ("投运", Stage::InProduction),
    ("竣工", Stage::Completed),
    ("建成", Stage::Completed),
    ("封顶", Stage::Completed),
    ("完工", Stage::Completed),
    ("开工", Stage::Started),
    ("动工", Stage::Started),
    ("奠基", Stage::Started),
    ("开建", Stage::Started),
    ("动土", Stage::Started),
    ("在建", Stage::UnderConstruction),
    ("投资建设", Stage::UnderConstruction),
    ("正在建设", Stage::UnderConstruction),
    ("建设中", Stage::UnderConstruction),
    ("开工建设", Stage::Started),
    ("施工", Stage::UnderConstruction),
    ("加紧建设", Stage::UnderConstruction),
    ("加快建设", Stage::UnderConstruction),
    ("推进", Stage::UnderConstruction),
    ("建设中", Stage::UnderConstruction),
    ("签约", Stage::Signed),
    ("签署", Stage::Signed),
    ("签订", Stage::Signed),
    ("落户", Stage::Signed),
    ("引进", Stage::Signed),
    ("达成合作协议", Stage::Signed),
];

/// Words that make the stage word after them one only expected (将于年底
/// 竣工, 预计投产): the project is planned.
const EXPECTED: &[&str] = &[
    "拟", "计划", "将", "预计", "力争", "争取", "确保", "有望", "即将", "规划", "准备", "待", "可",
    "后", "要", "目标",
];

/// Words that make a project planned when no stage is reached.
const PLANNED: &[&str] = &["拟", "计划", "将", "规划", "储备", "在谈", "预计", "准备"];

/// Company-name endings.
const COMPANY_ENDS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

/// Finds the projects of sentence `s`, whose facts are `facts`.
pub(crate) fn find_projects(s: &str, facts: &[Placed]) -> Vec<FoundProject> {
    let names = names(s, facts);
    let groups = groups(s, &names);
    let mut out = Vec::with_capacity(names.len());
    for (k, &(start, end)) in names.iter().enumerate() {
        let lo = if k == 0 { 0 } else { names[k - 1].1 };
        let hi = names.get(k + 1).map_or(s.len(), |n| n.0);
        let about = facts_about(s, facts, (start, end), lo, hi, k + 1 == names.len());
        // A list of names (A、B等) shares the verbs and the date of its clause.
        let (glo, ghi) = groups[k];
        // The name's own clause first, then its list's stretch.
        let (clo, chi) = (
            clause_floor(s, start).max(glo),
            continued_ceil(s, end).min(ghi),
        );
        let stage = stage(&s[clo..chi]).or_else(|| stage(&s[glo..ghi]));
        let date = date_of(facts, start, end, glo, ghi);
        if about.is_empty() && stage.is_none() && date.is_none() {
            continue;
        }
        // Its investment: an investment amount about it, with no count of
        // projects between them (…一期已竣工投产，在建项目7个，…总投资约20亿元
        // is the total of the projects counted).
        let investment = facts
            .iter()
            .filter(|f| about.contains(&f.id))
            .filter(|f| matches!(&f.data, FactData::Money(m) if m.role == MoneyRole::Investment))
            .find(|f| {
                let (a, b) = if f.end <= start {
                    (f.end, start)
                } else {
                    (end, f.start)
                };
                !facts
                    .iter()
                    .any(|c| is_project_count(c) && c.start >= a && c.end <= b)
            })
            .map(|f| f.id);
        out.push(FoundProject {
            start,
            end,
            project: Project {
                enterprise: enterprise(s, start, end),
                investment,
                facts: about,
                stage,
                date,
            },
        });
    }
    out
}

/// For each name, the stretch its stage and date are read from: from the
/// start of the clause of the first name of its list to the end of the
/// clause of the last (names joined by 、, 和, 及 or 等 with no comma between).
fn groups(s: &str, names: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); names.len()];
    let mut k = 0;
    while k < names.len() {
        let mut last = k;
        while last + 1 < names.len()
            && !s[names[last].1..names[last + 1].0].contains(['，', ',', '；', '。', '：'])
        {
            last += 1;
        }
        let lo = if k == 0 { 0 } else { names[k - 1].1 };
        let hi = names.get(last + 1).map_or(s.len(), |n| n.0);
        for g in out.iter_mut().take(last + 1).skip(k) {
            *g = (lo, hi);
        }
        k = last + 1;
    }
    out
}

/// The names of projects in `s`, in order, not overlapping facts.
fn names(s: &str, facts: &[Placed]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while let Some((i, suffix)) = next_suffix(s, from) {
        // 项目(一期), 产业园一期, 项目一期工程; the words of a phase are
        // not read again (一标段, (新乡段)).
        let end = phase_after(s, i + suffix.len());
        from = end;
        let mut start = name_start(s, i);
        if suffix == "厂" {
            start = ordinal_list_start(s, i);
        }
        // （二）重大项目: an enumerator is no part of a name.
        start = skip_enumerator(s, start, i);
        // 10月29日郑济高铁: a date before a name is not in it.
        if let Some(d) = facts
            .iter()
            .find(|f| is_date(f) && f.start <= start && f.end > start)
        {
            start = d.end.min(i);
        }
        // A longer name that holds an earlier one (榆林零碳产业园…示范项目).
        let mut held = 0;
        while out.len() > held && out[out.len() - 1 - held].1 > start {
            start = start.min(out[out.len() - 1 - held].0);
            held += 1;
        }
        if start == i
            || facts
                .iter()
                .any(|f| f.start < end && start < f.end && !is_date(f))
        {
            continue;
        }
        // A name followed by a word that makes it part of another noun
        // (…中心主任, 工程咨询, 项目审批制度) or a place: the names it holds
        // are no projects either.
        let fits = suffix_fits(s, start, i, end, suffix);
        if !fits
            || NOT_AFTER.iter().any(|w| s[end..].starts_with(w))
            || is_place_named(s, start, end)
        {
            // 段 and 厂 are single characters that end many words (阶段,
            // 工厂): their failing says nothing of the names before them.
            if fits || !matches!(suffix, "段" | "厂") {
                out.truncate(out.len() - held);
            }
            continue;
        }
        let words = &s[start..i];
        if (suffix != "厂" && !is_specific(words))
            || (suffix == "项目" && is_sector(words))
            || counted_before(s, start)
            || counted_after(&s[end..])
            || is_programme(s, start, facts)
        {
            continue;
        }
        out.truncate(out.len() - held);
        out.push((start, end));
    }
    out
}

/// Verbs after which a name is a programme or a category applied for
/// (申报2021年省级…产业项目, 入选…示范基地), not a project.
const PROGRAMME_VERBS: &[&str] = &[
    "申报",
    "入选",
    "列入",
    "纳入",
    "获批",
    "认定为",
    "评为",
    "获评",
];

/// Whether the name at `start` follows a verb of applying or listing, with
/// only a date between them.
fn is_programme(s: &str, start: usize, facts: &[Placed]) -> bool {
    let mut before = &s[..start];
    if let Some(d) = facts.iter().find(|f| is_date(f) && f.end == start) {
        before = &s[..d.start];
    }
    PROGRAMME_VERBS.iter().any(|v| before.ends_with(v))
}

/// Whether a park is named only as the place where something happens:
/// 在X工业园举行 (a ceremony's venue), X工业园及周边 (an area).
fn is_place_named(s: &str, start: usize, end: usize) -> bool {
    let after = &s[end..];
    if ["及周边", "周边", "一带", "境内", "辖区"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return true;
    }
    s[..start].ends_with('在')
        && ["举行", "举办", "召开"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Where a list of plant numbers before 厂 starts (一、二厂, 五、六厂, 三厂).
fn ordinal_list_start(s: &str, i: usize) -> usize {
    let mut start = i;
    for (j, c) in s[..i].char_indices().rev() {
        if !"一二三四五六七八九十、".contains(c) || i - j > 30 {
            break;
        }
        start = j;
    }
    if s[start..i].starts_with('、') {
        i
    } else {
        start
    }
}

/// `start` moved past an enumerator such as （二）, (3) or 一、 at the start of a name.
fn skip_enumerator(s: &str, start: usize, i: usize) -> usize {
    let rest = &s[start..i];
    if let Some(inner) = rest.strip_prefix(['（', '(']) {
        if let Some(close) = inner.find(['）', ')']) {
            let body = &inner[..close];
            if !body.is_empty()
                && body
                    .chars()
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            {
                let close_len = inner[close..].chars().next().map_or(0, char::len_utf8);
                return start + (rest.len() - inner.len()) + close + close_len;
            }
        }
    }
    start
}

/// Whether sentence `s` may hold a project's name (a cheap test before the
/// sentences that have no date or quantity are read for projects).
pub(crate) fn may_hold_project(s: &str) -> bool {
    SUFFIX_WORDS.is_match(s)
}

static SUFFIX_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SUFFIXES.iter().copied()));

/// Rules of single project words: 段 names a stretch of a route (国道318线
/// 通麦至105道班段); 厂 a numbered plant (三厂, 一、二厂); 中心 a facility
/// only when it is being built or invested in, not an institution (技术中心).
fn suffix_fits(s: &str, start: usize, i: usize, end: usize, suffix: &str) -> bool {
    let words = &s[start..i];
    let after = &s[end..];
    if after.starts_with(['有', '公', '集', '局', '房']) || after.starts_with("股份") {
        // 天津晨光电力工程有限公司, 厂房: a company or a building part.
        return false;
    }
    match suffix {
        "段" => words.contains('至') && words.contains(['线', '道', '路']),
        "厂" => words.chars().all(|c| "一二三四五六七八九十、".contains(c)),
        // 中心城市, 中心城区: "central", not a facility.
        "中心" if after.starts_with(['城', '区', '镇', '地']) => false,
        "中心" => {
            // The verb in the name's own clause, or anywhere in the sentence
            // when the name opens it (X中心是…重点项目，由…投资建设).
            let clause = &s[clause_floor(s, start)..clause_ceil(s, end)];
            let opens =
                s[..start].trim_start().is_empty() || s[..start].ends_with(['。', '】', '>']);
            let scope = if opens { s } else { clause };
            after.starts_with("项目") || CENTRE_VERBS.iter().any(|v| scope.contains(v))
        }
        _ => true,
    }
}

/// Verbs that make a 中心 a facility being built or invested in.
const CENTRE_VERBS: &[&str] = &[
    "建设", "开工", "开建", "动工", "奠基", "投资", "竣工", "建成", "投产", "落户", "签约", "推进",
];

fn is_date(f: &Placed) -> bool {
    matches!(f.data, FactData::Date(_))
}

fn next_suffix(s: &str, from: usize) -> Option<(usize, &'static str)> {
    let mut i = from;
    while i < s.len() {
        if let Some(w) = SUFFIXES.iter().find(|w| s[i..].starts_with(*w)) {
            return Some((i, w));
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// `end` moved past a phase written after a name: (一期), 一期, 一期工程, 二标段.
fn phase_after(s: &str, end: usize) -> usize {
    let rest = &s[end..];
    // (一期), (新乡段): a phase or a section in brackets.
    if let Some(inner) = rest.strip_prefix(['（', '(']) {
        if let Some(close) = inner.find(['）', ')']) {
            let body = &inner[..close];
            if body.chars().count() <= 8 && body.ends_with(['期', '段']) {
                let bracket = rest.len() - inner.len();
                return end
                    + bracket
                    + close
                    + inner[close..].chars().next().map_or(0, char::len_utf8);
            }
        }
    }
    for p in ["一期工程", "二期工程", "一期", "二期", "三期", "四期"] {
        if rest.starts_with(p) {
            return end + p.len();
        }
    }
    // 一标段, 3标段.
    let digits = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
        .map_or(rest.len(), |(j, _)| j);
    if digits > 0 && rest[digits..].starts_with("标段") {
        return end + digits + "标段".len();
    }
    end
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '（' | '）' | '(' | ')' | '·' | '-' | '—' | '_')
}

/// Where the name that ends at the project word at `i` starts.
fn name_start(s: &str, i: usize) -> usize {
    let mut start = i;
    for (j, c) in s[..i].char_indices().rev() {
        // A dash of two (——) sets off what follows; one joins (A—B段).
        if !is_name_char(c) || i - j > 90 || (c == '—' && s[..j].ends_with('—')) {
            break;
        }
        start = j;
    }
    // After the last stop word inside the run (之后 the name starts).
    let run = &s[start..i];
    let mut cut = start;
    // Stop words inside a company word (有 in 有限公司) do not count.
    let company: Vec<(usize, usize)> = COMPANY_ENDS
        .iter()
        .flat_map(|ce| run.match_indices(ce).map(|(k, m)| (k, k + m.len())))
        .collect();
    for w in STOPS {
        let mut from = 0;
        while let Some(k) = run[from..].find(w) {
            let at = from + k;
            if company.iter().any(|&(a, b)| at >= a && at < b) {
                from = at + w.len();
                continue;
            }
            let after = start + at + w.len();
            // A number with its unit (年产2.5万台) may sit inside a name:
            // 年 and 月 stop a name only after a digit-free run.
            // A verb right before the project word is part of the name
            // (一体化绿色交通建设项目); 的 and the like never are.
            let part = after == i && NOMINAL.contains(w);
            if !part && after > cut {
                cut = after;
            }
            from = at + w.len();
        }
    }
    // A name does not start with a number (10个…项目 is a count).
    cut
}

/// Whether a name's words before its project word hold anything specific.
fn is_specific(words: &str) -> bool {
    let mut words = words;
    // A leading place (河北省, 县（区）, 高新区) is not what makes a name specific.
    for _ in 0..2 {
        let Some(k) = PLACE_ENDS
            .iter()
            .filter_map(|p| words.find(p).map(|k| k + p.len()))
            .min()
        else {
            break;
        };
        if words[..k].chars().count() <= 6 {
            words = &words[k..];
        }
    }
    // 八大生产基地, 越南八大生产基地: a count of bases, not one; 一间厂区,
    // 两座电站: a count too.
    if is_count_words(words) {
        return false;
    }
    let mut rest = words.to_string();
    // Words of two characters or more go wherever they are; one-character
    // ones (新, 大, 该) only at the start (新乡, 大连 stay whole).
    for g in GENERIC_LONGEST_FIRST.iter() {
        rest = rest.replace(g, "");
    }
    loop {
        let before = rest.len();
        for g in GENERIC.iter().filter(|g| g.chars().count() == 1) {
            if let Some(r) = rest.strip_prefix(g) {
                rest = r.to_string();
            }
        }
        if rest.len() == before {
            break;
        }
    }
    let rest = rest.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    // A sector with a facility after it names one (大数据产业园项目).
    if SECTORS.iter().any(|w| {
        words.find(w).is_some_and(|k| {
            SUFFIXES
                .iter()
                .any(|x| *x != "项目" && words[k + w.len()..].starts_with(x))
        })
    }) {
        return true;
    }
    // Two characters are too few to tell a name from a verb (优化项目,
    // 处理项目), but a phase is one (一期项目, 二期工厂).
    rest.chars().count() >= 2 || PHASES.contains(&rest)
}

/// Whether a name's words are a count: a numeral with 大 (八大, 越南八大) or
/// a leading numeral with a classifier (一间, 两座, 3个).
fn is_count_words(words: &str) -> bool {
    const NUMERALS: &str = "一二两三四五六七八九十百";
    let mut prev = None;
    for c in words.chars() {
        if c == '大' && prev.is_some_and(|p| NUMERALS.contains(p)) {
            return true;
        }
        prev = Some(c);
    }
    let mut chars = words.chars();
    let first = chars.next();
    let second = chars.next();
    // 前九名, 后二名: a ranking.
    let ranked = words.contains('前') || words.contains('后');
    (ranked && words.ends_with('名'))
        || first.is_some_and(|c| NUMERALS.contains(c) || c.is_ascii_digit())
            && second.is_some_and(|c| "个间座处家批项条栋".contains(c))
}

/// Whether the name is only a sector of industry before 项目 (新材料项目).
fn is_sector(words: &str) -> bool {
    SECTORS.contains(&words)
}

/// Phases that name a part of a project on their own.
const PHASES: &[&str] = &["一期", "二期", "三期", "四期", "首期"];

/// Whether a count follows the name (在建新材料项目7个): it names a kind.
fn counted_after(after: &str) -> bool {
    let digits = after
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || "一二两三四五六七八九十百余多".contains(c)))
        .map_or(after.len(), |(j, _)| j);
    digits > 0 && after[digits..].starts_with(['个', '项', '家', '批'])
}

/// Whether a count stands right before the name (20个重点项目).
fn counted_before(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end();
    before.ends_with(['个', '项', '批', '家', '大', '些', '间', '座', '处'])
        || before.ends_with("等")
}

/// The ids of the quantity facts about the project at `name`, which owns
/// the stretch `lo..hi` of the sentence between its neighbours.
fn facts_about(
    s: &str,
    facts: &[Placed],
    name: (usize, usize),
    lo: usize,
    hi: usize,
    last: bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for f in facts {
        if is_date(f) || f.start < lo || f.end > hi || is_project_count(f) {
            continue;
        }
        let before_name = f.end <= name.0;
        // Between this project and the next, an amount followed by 的
        // belongs to the next name (…项目、投资20亿元的B项目).
        if !before_name && !last && s[f.end..hi].contains('的') {
            continue;
        }
        // Before the first name of a list, only amounts of its own clause.
        if before_name && lo == 0 && s[f.end..name.0].contains(['。', '；']) {
            continue;
        }
        out.push(f.id);
    }
    out
}

fn is_project_count(f: &Placed) -> bool {
    match &f.data {
        FactData::Count(c) => c
            .noun
            .as_deref()
            .is_some_and(|n| n.contains("项目") || n.contains("企业")),
        _ => false,
    }
}

/// The latest stage the stretch `text` says its project has reached.
///
/// A stage word is only expected, not reached, after a modal word close
/// before it (可, 后, 要 …), or anywhere after a modal of intent (拟, 计划,
/// 预计, 将, 明年 …) in its sentence up to a word of fact (已, 正在, 目前);
/// after a negation (未开工, 尚未投产); or when it describes the builder
/// (由X投资建设的).
fn stage(text: &str) -> Option<Stage> {
    let mut reached: Option<Stage> = None;
    let mut expected = false;
    let mut modal = false;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with(['。', '；']) || REALIS.iter().any(|w| rest.starts_with(w)) {
            modal = false;
        } else if let Some(m) = MODALS.iter().find(|m| rest.starts_with(*m)) {
            // 计划总投资, 计划投资5亿元: an amount's words, not a plan.
            let noun = rest[m.len()..].starts_with("总投资")
                || (rest[m.len()..].starts_with("投资")
                    && rest[m.len() + "投资".len()..]
                        .starts_with(|c: char| c.is_ascii_digit() || c == '约'));
            modal |= !noun;
        }
        if let Some(&(w, st)) = STAGE_WORDS.iter().find(|(w, _)| rest.starts_with(w)) {
            let lead = &text[back(text, i, 12).max(clause_floor(text, i))..i];
            let after = &text[i + w.len()..];
            let negated = ["未", "尚未", "没有", "未能"]
                .iter()
                .any(|n| lead.ends_with(n));
            let attributive = after.starts_with('的') && lead_has_by(text, i);
            if attributive {
            } else if modal
                || negated
                || EXPECTED.iter().any(|e| lead.contains(e))
                || after.starts_with('后')
            {
                expected = true;
            } else {
                reached = reached.max(Some(st));
            }
            i += w.len();
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    reached.or_else(|| {
        (expected || PLANNED.iter().any(|p| text.contains(p))).then_some(Stage::Planned)
    })
}

/// Modals of intent whose scope runs over the clauses after them.
const MODALS: &[&str] = &[
    "拟", "计划", "预计", "力争", "争取", "有望", "即将", "将于", "将在", "将", "准备", "明年",
    "后年", "年内",
];

/// Words of fact that end a modal's scope.
const REALIS: &[&str] = &["已经", "已", "正在", "目前", "现已"];

/// Whether the clause before byte `i` names a builder with 由 (由X投资建设的).
fn lead_has_by(text: &str, i: usize) -> bool {
    text[clause_floor(text, i)..i].contains('由')
}

/// The char boundary at most `n` bytes before byte `i` of `text`.
fn back(text: &str, i: usize, n: usize) -> usize {
    let mut j = i.saturating_sub(n);
    while !text.is_char_boundary(j) {
        j += 1;
    }
    j
}

/// The end of the clause holding byte `i` of `s`.
fn clause_ceil(s: &str, i: usize) -> usize {
    s[i..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | '。'))
        .map_or(s.len(), |(j, _)| i + j)
}

/// The end of the clause holding byte `i`, over the clauses after it that
/// go on without a subject of their own (…项目开工，并于当年底封顶).
fn continued_ceil(s: &str, i: usize) -> usize {
    let mut end = clause_ceil(s, i);
    while s[end..].starts_with(['，', ',']) {
        let next = &s[end + s[end..].chars().next().map_or(1, char::len_utf8)..];
        if !["并于", "并", "随后", "又于", "同时"]
            .iter()
            .any(|w| next.starts_with(w))
        {
            break;
        }
        end = clause_ceil(s, s.len() - next.len());
    }
    end
}

/// The start of the clause holding byte `i` of `text` (a char boundary).
fn clause_floor(text: &str, i: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | '。' | '：'))
        .map_or(0, |(j, c)| j + c.len_utf8())
}

/// The date fact tied to the project: the last one before its name in its
/// stretch, else the first after it.
fn date_of(facts: &[Placed], start: usize, end: usize, lo: usize, hi: usize) -> Option<usize> {
    let dates = || {
        facts
            .iter()
            .filter(|f| is_date(f) && f.start >= lo && f.end <= hi)
    };
    dates()
        .rfind(|f| f.end <= start)
        .or_else(|| dates().find(|f| f.start >= end))
        .map(|f| f.id)
}

#[cfg(test)]
mod tests;
