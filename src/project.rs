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

/// A project found in a sentence, at its byte range in the sentence.
#[derive(Debug)]
pub(crate) struct FoundProject {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) project: Project,
}

/// Words that end a project's name, longest first.
const SUFFIXES: &[&str] = &[
    "产业基地", "生产基地", "产业园区", "产业园", "科创园", "工业园", "项目", "基地", "工程",
    "工厂", "新厂区", "厂区", "电站", "中心", "医院", "小学", "中学", "学校", "博物馆", "体育馆",
    "高速铁路", "高铁", "大道", "广场", "连接路", "段", "厂",
];

/// Words a generic name is made of (重点产业项目, 新建外资项目).
const GENERIC: &[&str] = &[
    "重点", "重大", "产业", "签约", "在建", "新建", "续建", "新开工", "开工", "外资", "内资",
    "招商", "基础设施", "工业", "技改", "建设", "民生", "亿元以上", "该", "这些", "这个", "此",
    "各类", "一批", "大", "好", "新", "各", "本", "上述", "其他", "相关", "优质", "投资",
    "制造业", "实体", "生产", "服务", "市级", "省级", "国家级", "区级", "县级", "全市", "全省",
    "全区", "全县", "政府", "合作", "示范", "配套", "储备", "在谈", "落地", "入库", "谋划",
    "竣工", "投产", "社会", "城市", "乡村", "农业", "科技", "创新", "数字", "绿色", "文旅",
    "旅游", "基建", "交通", "水利", "能源", "智能", "总部", "高新技术", "高新", "技术", "研发",
    "金融", "数据", "物流", "商业", "中小", "龙头", "亿元", "千万元", "个", "批", "大型", "中型",
    "小型", "集中", "等", "类", "首期", "后续", "预备", "新型", "传统", "和", "与", "及", "、",
    "全部", "所有", "战略性", "新兴", "外商", "内外资", "主体", "生态", "标志性", "强化", "施工",
    "配套", "改造", "提升", "专项", "攻坚", "民营", "国有", "央企", "市属", "省属", "区属",
    "城建", "环保", "节能", "重点工业", "招大引强", "独角兽", "企业", "专精特新", "头部",
    "领军", "链主", "优势", "特色", "亿元级", "百亿级", "十亿级", "标杆", "样板", "试点",
    "一大批", "大批", "公路", "铁路", "未开工", "已开工", "审批", "精简", "孵化器", "创业",
    "高科技", "备案类", "一个", "环节", "高端", "延伸", "产业链", "链", "放心", "精品", "民心",
    "高效", "资金", "一号", "国家", "建筑", "要素", "科技型", "东南部", "西北部", "东北部",
    "西南部", "中部", "南部", "北部", "东部", "西部",
];

/// Place-name endings: a name that is only a place and generic words
/// (河北省重点项目, 县（区）重大项目) is generic.
const PLACE_ENDS: &[&str] = &["省", "市", "县", "区", "（区）", "镇", "乡", "州", "自治区"];

/// Verbs and function words a name never holds: the name starts after
/// the last of them.
const STOPS: &[&str] = &[
    "的", "在", "是", "与", "和", "对", "把", "为", "由", "等", "了", "以", "从", "向", "就",
    "于", "并", "将", "拟", "已", "这", "该", "其", "共", "签约", "签订", "签署", "开工", "动工",
    "奠基", "建设", "推进", "落户", "引进", "投产", "竣工", "建成", "实施", "开建", "扩建",
    "新上", "宣布", "启动", "加快", "举行", "完成", "达产", "投资", "计划", "包括", "涵盖",
    "作为", "成为", "位于", "通过", "加紧", "全力", "正式", "顺利", "集中", "开展", "参与",
    "承建", "中标", "投向", "用于", "打造", "规划", "新建", "续建", "至今", "目前", "今年",
    "去年", "明年", "表示", "介绍", "主要", "其中", "以及", "创建", "解决", "协调", "推动",
    "抓", "指导", "组织", "设立", "做大", "做强", "做热", "助推", "租用", "新增", "累计",
    "谋划", "储备", "在谈", "在建", "围绕", "依托", "支持", "服务", "对接", "洽谈", "争取",
    "申报", "获批", "入选", "列入", "纳入", "确定", "聚焦", "瞄准", "全面", "积极", "大力",
    "重点抓", "培育", "壮大", "建立", "成立", "组建", "形成", "带动", "拥有", "有", "上",
    "实现", "标志着", "紧", "持续", "落实", "确保", "坚持", "进一步", "妥善", "处理", "构建",
    "做好", "优化", "缩减", "不断", "分别", "承担", "改善", "建议", "建議", "方式", "大幅度",
    "一个", "即", "一批", "每个", "助力", "跟着", "安装", "规范", "釐清", "厘清", "我省",
    "我市", "我区", "我县", "中", "因应", "因應",
];

/// Verbs that may end a name right before its project word (交通建设项目,
/// 中心迁建项目, 储备基地).
const NOMINAL: &[&str] = &["建设", "新建", "续建", "扩建", "储备", "在建"];

/// Words right after a name that make it a campaign or a document, not a
/// project (项目建设年, 工程的通知).
const NOT_AFTER: &[&str] = &["建设年", "年活动", "活动", "的通知", "管理办法", "申报", "资金"];

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
    "拟", "计划", "将", "预计", "力争", "争取", "确保", "有望", "即将", "规划", "准备", "待",
    "可", "后", "要", "目标",
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
        let (clo, chi) = (clause_floor(s, start).max(glo), clause_ceil(s, end).min(ghi));
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
                let (a, b) = if f.end <= start { (f.end, start) } else { (end, f.start) };
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
        let mut end = i + suffix.len();
        from = end;
        // 项目(一期), 产业园一期, 项目一期工程.
        end = phase_after(s, end);
        let mut start = name_start(s, i);
        if suffix == "厂" {
            start = ordinal_list_start(s, i);
        }
        // （二）重大项目: an enumerator is no part of a name.
        start = skip_enumerator(s, start, i);
        // 10月29日郑济高铁: a date before a name is not in it.
        if let Some(d) = facts.iter().find(|f| is_date(f) && f.start <= start && f.end > start) {
            start = d.end.min(i);
        }
        // A longer name that holds an earlier one (榆林零碳产业园…示范项目).
        let mut held = 0;
        while out.len() > held && out[out.len() - 1 - held].1 > start {
            start = start.min(out[out.len() - 1 - held].0);
            held += 1;
        }
        if start == i
            || !suffix_fits(s, start, i, end, suffix)
            || (suffix != "厂" && !is_specific(&s[start..i]))
        {
            continue;
        }
        if counted_before(s, start) || counted_after(&s[end..]) || NOT_AFTER.iter().any(|w| s[end..].starts_with(w)) {
            continue;
        }
        if facts.iter().any(|f| f.start < end && start < f.end && !is_date(f)) {
            continue;
        }
        out.truncate(out.len() - held);
        out.push((start, end));
    }
    out
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
    if s[start..i].starts_with('、') { i } else { start }
}

/// `start` moved past an enumerator such as （二）, (3) or 一、 at the start of a name.
fn skip_enumerator(s: &str, start: usize, i: usize) -> usize {
    let rest = &s[start..i];
    if let Some(inner) = rest.strip_prefix(['（', '(']) {
        if let Some(close) = inner.find(['）', ')']) {
            let body = &inner[..close];
            if !body.is_empty()
                && body.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
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
        "厂" => words
            .chars()
            .all(|c| "一二三四五六七八九十、".contains(c)),
        "中心" => {
            after.starts_with("项目")
                || ["建设", "开工", "投资", "竣工", "建成", "投产", "落户", "签约", "推进"]
                    .iter()
                    .any(|v| s.contains(v))
        }
        _ => true,
    }
}

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
                return end + bracket + close + inner[close..].chars().next().map_or(0, char::len_utf8);
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
        if !is_name_char(c) || i - j > 90 {
            break;
        }
        start = j;
    }
    // After the last stop word inside the run (之后 the name starts).
    let run = &s[start..i];
    let mut cut = start;
    for w in STOPS {
        let mut from = 0;
        while let Some(k) = run[from..].find(w) {
            let at = from + k;
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
    // 八大生产基地: a count of bases, not one.
    if words.contains("大") && words.chars().next().is_some_and(|c| "两三四五六七八九十".contains(c)) {
        return false;
    }
    let mut rest = words.to_string();
    // Words of two characters or more go wherever they are; one-character
    // ones (新, 大, 该) only at the start (新乡, 大连 stay whole).
    for g in GENERIC.iter().filter(|g| g.chars().count() > 1) {
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
    // Two characters are too few to tell a name from a verb (优化项目,
    // 处理项目), but a phase is one (一期项目, 二期工厂).
    rest.chars().count() >= 2 || PHASES.contains(&rest)
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
    before.ends_with(['个', '项', '批', '家', '大', '些', '间', '座', '处']) || before.ends_with("等")
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
fn stage(text: &str) -> Option<Stage> {
    let mut reached: Option<Stage> = None;
    let mut expected = false;
    let mut i = 0;
    while i < text.len() {
        if let Some(&(w, st)) = STAGE_WORDS.iter().find(|(w, _)| text[i..].starts_with(w)) {
            let lead = &text[back(text, i, 12).max(clause_floor(text, i))..i];
            if EXPECTED.iter().any(|e| lead.contains(e)) || text[i + w.len()..].starts_with('后') {
                expected = true;
            } else {
                reached = reached.max(Some(st));
            }
            i += w.len();
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    reached.or_else(|| (expected || PLANNED.iter().any(|p| text.contains(p))).then_some(Stage::Planned))
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
    let dates = || facts.iter().filter(|f| is_date(f) && f.start >= lo && f.end <= hi);
    dates()
        .filter(|f| f.end <= start)
        .last()
        .or_else(|| dates().find(|f| f.start >= end))
        .map(|f| f.id)
}

/// The company behind the project: a company or brand heading its name
/// (国药集团医用防疫物资生产储备基地项目 → 国药集团, 盼盼食品全系列… → 盼盼食品),
/// else the full company name nearest before it in the sentence, else
/// the brand that opens the sentence and invests (格力电器投资50亿元…).
fn enterprise(s: &str, start: usize, end: usize) -> Option<String> {
    let name = &s[start..end];
    if let Some(head) = brand_head(name) {
        return Some(head.to_string());
    }
    let before = &s[..start];
    let mut best: Option<(usize, usize)> = None;
    for ce in &COMPANY_ENDS[..3] {
        if let Some(k) = before.rfind(ce) {
            let e = k + ce.len();
            if best.is_none_or(|(_, be)| e > be) {
                best = Some((company_start(before, k), e));
            }
        }
    }
    if let Some((a, e)) = best {
        let company = &before[a..e];
        if is_company(company) {
            return Some(company.to_string());
        }
    }
    sentence_actor(s, start).map(str::to_string)
}

/// Words that end a brand: its trade (电器, 食品, 能源 …) or a company word.
const TRADES: &[&str] = &[
    "集团", "股份", "电器", "电子", "科技", "能源", "食品", "药业", "制药", "化工", "汽车",
    "钢铁", "实业", "控股", "电气", "光电", "材料", "重工", "机械", "动力", "通信", "网络",
    "信息", "物流", "地产", "置业", "医药", "生物", "环保", "纺织", "乳业", "酒业", "航空",
    "光伏", "半导体", "微电子", "精密", "装备", "新能源", "电力", "智能", "软件",
];

/// The trade words that end a brand at the head of a project's name.
const BRAND_TRADES: &[&str] = &[
    "集团", "股份", "电器", "电子", "食品", "药业", "制药", "实业", "控股", "电气", "重工", "乳业",
    "酒业", "置业", "地产", "能源", "化工", "汽车", "钢铁", "医药", "科技",
];

/// A brand of 2–6 characters ending in a trade word at the head of `name`,
/// with more of the name after it.
fn brand_head(name: &str) -> Option<&str> {
    for ce in COMPANY_ENDS {
        if let Some(k) = name.find(ce) {
            let e = k + ce.len();
            if e < name.len() && k > 0 && is_company(&name[..e]) {
                return Some(&name[..e]);
            }
        }
    }
    let mut best = None;
    for t in BRAND_TRADES {
        if let Some(k) = name.find(t) {
            let e = k + t.len();
            let n = name[..e].chars().count();
            let own = &name[..k];
            let generic = own.starts_with(['新', '高', '中', '大', '小', '智', '绿', '数'])
                || own.chars().count() < 2;
            if !generic && (3..=6).contains(&n) && e + 6 < name.len() && best.is_none_or(|b| e < b) {
                best = Some(e);
            }
        }
    }
    best.map(|e| &name[..e])
}

/// Whether `c` names one company (not 全资子公司, 首家上市公司, 该公司).
fn is_company(c: &str) -> bool {
    c.chars().count() >= 4
        && !c.starts_with(['该', '本', '其', '一', '首', '全', '子', '母', '这', '此'])
        && !["上市公司", "子公司", "分公司"].iter().any(|g| c.ends_with(g) && c.chars().count() <= 7)
}

/// The brand that opens the sentence (after a heading such as 宝丽迪：) and
/// acts: 格力电器投资50亿元在渝建设…, 利通电子拟募资… .
fn sentence_actor(s: &str, before: usize) -> Option<&str> {
    let head = &s[..before];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '【' | '｜' | '|' | '\n'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    let text = &head[from..];
    let stop = ["：", ":", "拟", "投资", "计划", "将", "宣布", "正式", "募资", "在", "于", "公告", "，"]
        .iter()
        .filter_map(|v| text.find(v))
        .min()?;
    let actor = text[..stop].trim();
    let n = actor.chars().count();
    let trade = TRADES.iter().any(|t| actor.ends_with(t)) || text[stop..].starts_with(['：', ':']);
    let acts = ["投资", "募资", "建设", "投向", "签约"].iter().any(|v| head[from..].contains(v));
    let tail = TRADES.iter().filter_map(|t| actor.rfind(t).map(|k| k + t.len())).max();
    let actor = match tail {
        // 十倍大牛股利通电子: the brand is the last trade-ended run.
        Some(e) if e == actor.len() && n > 6 => &actor[actor.len().saturating_sub(4 * 3).max(0)..],
        _ => actor,
    };
    ((2..=8).contains(&actor.chars().count())
        && trade
        && acts
        && !actor.contains(|c: char| c.is_ascii_digit())
        && !PLACE_ENDS.iter().any(|p| actor.ends_with(p)))
        .then_some(actor)
}

/// Where the company name that ends in a company word at `k` starts.
fn company_start(s: &str, k: usize) -> usize {
    let mut start = k;
    for (j, c) in s[..k].char_indices().rev() {
        if !is_name_char(c) || k - j > 60 {
            break;
        }
        start = j;
    }
    let run = &s[start..k];
    let mut cut = start;
    for w in ["与", "和", "及", "由", "是", "为", "在", "同", "向", "对", "的", "了", "就", "将"] {
        if let Some(p) = run.rfind(w) {
            cut = cut.max(start + p + w.len());
        }
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(s: &str) -> Vec<&str> {
        names(s, &[]).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn names_stop_at_de_and_verbs() {
        assert_eq!(
            names_of("拟新上投资33.6亿元的NMP项目、投资20亿元的二氧化碳高效利用升级项目等10个重点产业项目"),
            ["NMP项目", "二氧化碳高效利用升级项目"]
        );
        assert_eq!(names_of("共签约重点项目16个"), Vec::<&str>::new());
        assert_eq!(names_of("该项目总投资5亿元"), Vec::<&str>::new());
    }

    #[test]
    fn stages_are_the_latest_reached() {
        assert_eq!(stage("项目已建成投产"), Some(Stage::InProduction));
        assert_eq!(stage("项目预计今年年底竣工"), Some(Stage::Planned));
        assert_eq!(stage("项目去年签约，今年开工"), Some(Stage::Started));
        assert_eq!(stage("项目情况良好"), None);
    }
}
