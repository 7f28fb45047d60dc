//! The stage a project has reached, read from the stretch of its sentence.

use super::clauses::clause_floor;
use crate::clause::boundary_back;
use crate::fact::Stage;
use crate::scan::short_find;

/// Stage words, with the stage each names.
pub(super) const STAGE_WORDS: &[(&str, Stage)] = &[
    ("建成投产", Stage::InProduction),
    ("竣工投产", Stage::InProduction),
    ("投入使用", Stage::InProduction),
    ("投入运营", Stage::InProduction),
    ("投入营运", Stage::InProduction),
    ("投入运作", Stage::InProduction),
    ("投入运行", Stage::InProduction),
    ("投产", Stage::InProduction),
    ("生产中", Stage::InProduction),
    ("量产", Stage::InProduction),
    ("投用", Stage::InProduction),
    ("达产", Stage::InProduction),
    ("运营", Stage::InProduction),
    ("投运", Stage::InProduction),
    // Open to the public (正式开业, 开园迎客, 开馆) or producing on trial.
    ("开业", Stage::InProduction),
    ("开园", Stage::InProduction),
    ("开馆", Stage::InProduction),
    ("试生产", Stage::InProduction),
    // A power plant connected to the grid generates (全容量并网, 并网发电).
    ("并网", Stage::InProduction),
    // Works in service: a road or line open to traffic (建成通车, 全线开通),
    // water works running (通水运行), a building taken into use.
    ("通车", Stage::InProduction),
    ("开通", Stage::InProduction),
    ("通水", Stage::InProduction),
    ("启用", Stage::InProduction),
    ("交付使用", Stage::InProduction),
    ("投入服务", Stage::InProduction),
    ("竣工", Stage::Completed),
    ("落成", Stage::Completed),
    ("建成", Stage::Completed),
    ("封顶", Stage::Completed),
    ("完工", Stage::Completed),
    ("开工", Stage::Started),
    ("动工", Stage::Started),
    ("奠基", Stage::Started),
    ("开建", Stage::Started),
    ("动土", Stage::Started),
    ("破土", Stage::Started),
    ("在建", Stage::UnderConstruction),
    // A bridge closed (主桥合龙): a milestone of works under way.
    ("合龙", Stage::UnderConstruction),
    ("投资建设", Stage::UnderConstruction),
    ("正在建设", Stage::UnderConstruction),
    ("建设中", Stage::UnderConstruction),
    ("建设现场", Stage::UnderConstruction),
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
pub(super) const EXPECTED: &[&str] = &[
    "拟", "计划", "将", "预计", "力争", "争取", "确保", "有望", "即将", "规划", "准备", "待", "可",
    "后", "要", "目标", "早日", "尽早", "尽快",
];

/// Words that make a project planned when no stage is reached.
pub(super) const PLANNED: &[&str] = &["拟", "计划", "将", "规划", "储备", "在谈", "预计", "准备"];

/// The first characters of the words [`stage`] reads (realis and modal
/// words, stage words, sentence ends).
static STAGE_STARTS: std::sync::LazyLock<crate::scan::CharSet> = std::sync::LazyLock::new(|| {
    let firsts: String = REALIS
        .iter()
        .chain(MODALS)
        .chain(PERIODS_GONE)
        .chain(STAGE_WORDS.iter().map(|(w, _)| w))
        .filter_map(|w| w.chars().next())
        .chain(['。', '；'])
        .collect();
    crate::scan::CharSet::new(&firsts)
});

/// The latest stage the stretch `text` says its project has reached.
///
/// A stage word is only expected, not reached, after a modal word close
/// before it (可, 后, 要 …), or anywhere after a modal of intent (拟, 计划,
/// 预计, 将, 明年 …) in its sentence up to a word of fact (已, 正在, 目前);
/// after a negation (未开工, 尚未投产); or when it describes the builder
/// (由X投资建设的). 由X投资建设 without 的 is under construction only when
/// no other stage, reached or planned, is said (签约落户，由X投资建设: signed).
#[cfg(test)]
pub(super) fn stage(text: &str) -> Option<Stage> {
    stage_after("", text)
}

/// [`stage`] of `text`, the words `before` it in its sentence having said
/// what is intended (公司拟使用3亿元，在…投资建设海外工厂: 拟 still holds).
pub(super) fn stage_after(before: &str, text: &str) -> Option<Stage> {
    let mut reached: Option<Stage> = None;
    // The stage 由X投资建设 gives, when nothing else does.
    let mut builder: Option<Stage> = None;
    let mut expected = false;
    let mut modal = intent_open(before);
    let mut i = 0;
    // Most characters start no word of the lists: the scan goes from one
    // that may start one to the next.
    while let Some(at) = STAGE_STARTS.find(text, i) {
        i = at;
        let rest = &text[i..];
        if rest.starts_with(['。', '；'])
            || REALIS_WORDS.match_at(text, i).is_some()
            || opens_with_period(text, i)
        {
            modal = false;
        } else if let Some((e, _)) = MODAL_WORDS.match_at(text, i) {
            // 计划总投资, 计划投资5亿元: an amount's words, not a plan.
            let noun = text[e..].starts_with("总投资")
                || (text[e..].starts_with("投资")
                    && text[e + "投资".len()..]
                        .starts_with(|c: char| c.is_ascii_digit() || c == '约'));
            // 将军路: a modal inside a word.
            let word = super::stops::stop_in_word(&text[i..e], &text[..i], &text[e..]);
            modal |= !noun && !word;
        }
        let word = STAGE_LEXICON
            .match_at(text, i)
            .map(|(e, k)| (e, STAGE_WORDS[k].0, STAGE_WORDS[k].1))
            .or_else(|| completion(text, i));
        if let Some((e, w, st)) = word {
            // Up to 12 bytes back, within the clause.
            let back = boundary_back(text, i, 12);
            let lead = &text[back + clause_floor(&text[back..], i - back)..i];
            let after = &text[e..];
            let negated = ["未", "尚未", "没有", "未能"]
                .iter()
                .any(|n| lead.ends_with(n));
            let by = lead_has_by(text, i);
            // 由X投资建设的: who builds it, not how far it has got; 由X投资建设
            // says it is being built only when no other stage is said.
            // 浙江某公司投资建设的…项目: likewise without 由.
            let by = by || (w == "投资建设" && ["公司", "集团"].iter().any(|c| lead.ends_with(c)));
            let attributive = after.starts_with('的') && by;
            if w == "投资建设" && by && !attributive {
                builder = Some(st);
                i = e;
                continue;
            }
            // 竣工日期, 延期完工费用, 开工率: the stage word names a date, a
            // cost or a rate, or a stage put off, not one reached or planned.
            let noun = qualifies_noun(w, after) || DELAYS.iter().any(|d| lead.ends_with(d));
            // 主体完工, 主体已经全部竣工: the building's frame is done, the
            // project is still being built. 封顶 (topping out) is of the
            // frame by nature, and SPEC reads it as completed.
            let st = if st == Stage::Completed
                && w != "封顶"
                && short_find(&text[clause_floor(text, i)..i], "主体").is_some()
            {
                Stage::UnderConstruction
            } else {
                st
            };
            if attributive || noun {
            } else if modal
                || negated
                || EXPECTED_WORDS.is_match(lead)
                || (after.starts_with('后') && !past_in_clause(text, i))
            {
                expected = true;
            } else {
                reached = reached.max(Some(st));
            }
            i = e;
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    let planned = || {
        PLANNED_WORDS.find_iter(text).any(|(a, e, k)| {
            let plan = PLAN_WORDS.contains(&PLANNED[k]) && names_a_plan(text, a);
            let word = super::stops::stop_in_word(PLANNED[k], &text[..a], &text[e..]);
            !plan && !word
        })
    };
    reached
        .or_else(|| (expected || planned()).then_some(Stage::Planned))
        .or(builder)
}

/// [`STAGE_WORDS`], [`MODALS`] and [`REALIS`] as lexicons: at a position,
/// the word each list would find first.
static STAGE_LEXICON: std::sync::LazyLock<crate::scan::Lexicon> =
    std::sync::LazyLock::new(|| crate::scan::Lexicon::new(STAGE_WORDS.iter().map(|(w, _)| *w)));
static MODAL_WORDS: std::sync::LazyLock<crate::scan::Lexicon> =
    std::sync::LazyLock::new(|| crate::scan::Lexicon::new(MODALS.iter().copied()));
static REALIS_WORDS: std::sync::LazyLock<crate::scan::Lexicon> =
    std::sync::LazyLock::new(|| crate::scan::Lexicon::new(REALIS.iter().copied()));

/// [`EXPECTED`] as a lexicon: one pass over a stage word's lead.
static EXPECTED_WORDS: std::sync::LazyLock<crate::scan::Lexicon> =
    std::sync::LazyLock::new(|| crate::scan::Lexicon::new(EXPECTED.iter().copied()));

/// [`PLANNED`] as a lexicon: one pass over a stretch for all its words.
static PLANNED_WORDS: std::sync::LazyLock<crate::scan::Lexicon> =
    std::sync::LazyLock::new(|| crate::scan::Lexicon::new(PLANNED.iter().copied()));

/// Whether the 规划 or 计划 at byte `a` of `text` ends the name of a plan
/// (“十三五”规划, 十四五规划, “十五”计划): a document, not a verb of planning, so it does
/// not make the projects it mentions planned.
pub(super) fn names_a_plan(text: &str, a: usize) -> bool {
    text[..a].ends_with(['”', '’', '"', '五'])
}

/// Nouns a stage word can qualify (竣工日期, 完工费用, 开工率): the stage
/// word is then part of that noun.
const NOUN_HEADS: &[&str] = &["费用", "成本", "日期", "时间", "期限", "率"];

/// Nouns only some stage words qualify: 施工 the works' parties, papers and
/// lots (施工单位, 施工合同, 施工图, 施工及设备采购项目), not works under way; 建设现场 a meeting
/// held there (现场会).
const OWN_NOUN_HEADS: &[(&str, &[&str])] = &[
    (
        "施工",
        // …及设备采购项目, 监理: a lot put out to tender, not the works.
        &[
            "单位", "合同", "图", "方", "许可", "工程", "招标", "企业", "及", "和", "监理", "采购",
            "项目", "标段",
        ],
    ),
    ("建设现场", &["会"]),
    // 建设中试车间, 建设中心城区: 中 opens the noun built.
    ("建设中", &["试", "心"]),
    // 建成区: the built-up area of a town or a park.
    ("建成", &["区"]),
    // 并网光伏电站, 并网型储能: a kind of plant, not its connection.
    ("并网", GRID_KINDS),
];

/// What 并网 qualifies when it names a kind of plant (并网光伏, 并网型).
/// Paperwork about a connection (并网手续, 并网验收) is no connection either.
pub(crate) const GRID_KINDS: &[&str] = &[
    "光伏", "电站", "型", "逆变", "容量", "规模", "标准", "手续", "申请", "验收", "准备", "条件",
    "工作", "方案", "协议",
];

/// Whether stage word `w`, followed by `after`, is part of a noun it
/// qualifies ([`NOUN_HEADS`], [`OWN_NOUN_HEADS`]).
fn qualifies_noun(w: &str, after: &str) -> bool {
    let own = OWN_NOUN_HEADS
        .iter()
        .filter(|(word, _)| *word == w)
        .flat_map(|(_, nouns)| nouns.iter());
    NOUN_HEADS.iter().chain(own).any(|n| after.starts_with(n))
}

/// The words that end a plan's name (“十三五”规划, “十五”计划): see
/// [`names_a_plan`].
pub(super) const PLAN_WORDS: &[&str] = &["规划", "计划"];

/// Words that put a stage off (延期完工, 推迟开工): it is not reached.
const DELAYS: &[&str] = &["延期", "推迟", "延迟", "延后", "逾期"];

/// Modals of intent whose scope runs over the clauses after them.
pub(super) const MODALS: &[&str] = &[
    "拟",
    "计划",
    "预计",
    "力争",
    "争取",
    "有望",
    "即将",
    "将于",
    "将在",
    "将",
    "准备",
    "明年",
    "后年",
    "年内",
    // A time ahead of the story (项目下月开工, 下周动工).
    "下月",
    "下个月",
    "下周",
    "下星期",
];

/// What an intent stated before a name's clause does (拟使用3亿元, 计划在…,
/// 准备投资): verbs of committing money or putting works somewhere.
const INTENT_VERBS: &[&str] = &[
    "使用", "投资", "出资", "募集", "在", "于", "与", "新建", "扩建", "建设", "引进", "实施",
    "设立", "收购", "启动", "上马",
];

/// Whether `before` states an intent (拟, 计划, 准备) that no word of fact
/// or sentence end closes before its end: the clauses after it are
/// intended too.
fn intent_open(before: &str) -> bool {
    let last = |words: &[&'static str]| -> Option<(usize, &'static str)> {
        words
            .iter()
            .filter_map(|w| before.rfind(w).map(|k| (k, *w)))
            .max()
    };
    let Some((k, w)) = last(&["拟", "计划", "准备"]) else {
        return false;
    };
    let after = &before[k + w.len()..];
    // 拟使用, 计划在…, 准备投资: an intent to do; 按计划, 全年计划, 准备充分
    // are a plan named or a state, and 计划投资5亿元 an amount's words.
    let acts = INTENT_VERBS.iter().any(|v| after.starts_with(v))
        && !(w == "计划" && after.starts_with("投资"));
    let named = ["按", "照", "年", "度", "原"]
        .iter()
        .any(|p| before[..k].ends_with(p));
    let word = super::stops::stop_in_word(w, &before[..k], after);
    let closed = last(REALIS).is_some_and(|(r, _)| r > k) || after.contains(['。', '；']);
    acts && !named && !word && !closed
}

/// Words of fact that end a modal's scope.
pub(super) const REALIS: &[&str] = &["已经", "已", "正在", "目前", "现已"];

/// Whether the clause before byte `i` names a builder with 由 (由X投资建设的).
pub(super) fn lead_has_by(text: &str, i: usize) -> bool {
    let clause = &text[clause_floor(text, i)..i];
    clause.match_indices('由').any(|(k, _)| {
        let (before, after) = (&clause[..k], &clause[k + '由'.len_utf8()..]);
        // 由于, 自由, 理由, 经由: 由 inside a word names no builder.
        !after.starts_with('于') && !before.ends_with(['自', '理', '经', '缘'])
    })
}

/// Words of a time gone by (于近日开工后, 日前竣工后): the stage word before
/// 后 is then one reached, not a condition.
const PAST: &[&str] = &["近日", "日前", "此前", "前不久", "去年", "已"];

/// Whether the clause before byte `i` of `text` holds a word of [`PAST`].
fn past_in_clause(text: &str, i: usize) -> bool {
    let clause = &text[clause_floor(text, i)..i];
    PAST.iter().any(|w| clause.contains(w))
}

/// Periods gone by that open a clause of what was done in them (计划总投资
/// 10亿元，上半年完成投资3.5亿元): they end a modal's scope.
const PERIODS_GONE: &[&str] = &[
    "上半年",
    "一季度",
    "前三季度",
    "今年以来",
    "年初以来",
    "截至",
    "截止",
];

/// Whether a word of [`PERIODS_GONE`] opens the clause at byte `i` of `text`.
fn opens_with_period(text: &str, i: usize) -> bool {
    let opens = i == 0 || text[..i].ends_with(['，', ',']);
    opens && PERIODS_GONE.iter().any(|p| text[i..].starts_with(p))
}

/// Parts of the works a project completes while it is still being built
/// (完成厂房主体建设, 完成设备安装, 完成土地平整).
const WORKS_UNDER_WAY: &[&str] = &[
    "主体", "基础", "施工", "安装", "调试", "平整", "桩基", "一期", "部分",
];

/// 完成 at byte `i` of `text` with what it completes in its clause, as a
/// stage word: investment (上半年完成投资3.5亿元) or a part of the works
/// (完成厂房主体建设) means the project is under construction, its building
/// (完成建设) that it is completed. `None` for anything else (完成签约 is
/// read at 签约).
fn completion(text: &str, i: usize) -> Option<(usize, &'static str, Stage)> {
    let rest = text[i..].strip_prefix("完成")?;
    let e = text.len() - rest.len();
    let object = &rest[..rest.find(['，', ',', '；', '。']).unwrap_or(rest.len())];
    // 完成施工招标, 完成立项审批: the papers before the works, no works.
    if PREPARATIONS.iter().any(|w| short_find(object, w).is_some()) {
        return None;
    }
    let st = if short_find(object, "投资").is_some()
        || WORKS_UNDER_WAY
            .iter()
            .any(|w| short_find(object, w).is_some())
    {
        Stage::UnderConstruction
    } else if short_find(object, "建设").is_some() {
        Stage::Completed
    } else {
        return None;
    };
    Some((e, "完成", st))
}

/// The papers and procedures before works begin (招标, 立项, 环评 …): what
/// 完成 completes there is no works.
const PREPARATIONS: &[&str] = &[
    "招标",
    "立项",
    "审批",
    "环评",
    "可研",
    "备案",
    "手续",
    "设计",
    "规划许可",
    "土地预审",
];

/// What a list of projects gives the names it holds where their own words
/// give none: the stage its opening names (在签约项目中，…; 本次集中开工的项目
/// 中，…), or the stage and date of a heading before a colon (截至7月底未开工
/// 项目共5个，分别是：…). It holds over the sentences the list runs on with ；.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Listed {
    pub(crate) stage: Option<Stage>,
    /// Id of the heading's date.
    pub(crate) date: Option<usize>,
}

impl Listed {
    /// The list sentence `s` opens, its facts being `facts`, if any.
    pub(crate) fn opened(s: &str, facts: &[crate::subject::Placed]) -> Option<Listed> {
        if let Some(stage) = opening_stage(s) {
            return Some(Listed {
                stage: Some(stage),
                date: None,
            });
        }
        // A heading ending in a colon before the names (分别是：, 包括：).
        let colon = s.find('：').or_else(|| s.find(':'))?;
        let head = &s[..colon];
        if !LIST_HEADS.iter().any(|w| head.ends_with(w)) {
            return None;
        }
        let date = facts
            .iter()
            .rfind(|f| super::links::is_date(f) && f.end <= colon)
            .map(|f| f.id);
        Some(Listed {
            stage: stage_after("", head),
            date,
        })
    }
}

/// Words that end a list's heading before its colon.
const LIST_HEADS: &[&str] = &["分别是", "分别为", "包括", "主要有", "具体是", "如下"];

/// The stage a sentence's opening gives the projects it lists (在签约项目中，
/// …; 本次集中开工的项目中，…): those of its verb.
fn opening_stage(s: &str) -> Option<Stage> {
    let open = &s[..s.find('，').or_else(|| s.find(','))?];
    // Read only where the opening clause names projects.
    short_find(open, "项目")?;
    let open = match open.find('：') {
        Some(k) => &open[..k],
        None => open,
    };
    let open = open
        .trim_start()
        .strip_prefix('在')
        .unwrap_or(open.trim_start());
    let rest = ["本次", "此次", "这次", "今年", "集中"]
        .iter()
        .fold(open, |o, w| o.strip_prefix(w).unwrap_or(o));
    let (verb, st) = STAGE_WORDS
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .copied()?;
    let tail = rest[verb.len()..]
        .strip_prefix('的')
        .unwrap_or(&rest[verb.len()..]);
    let listed = [
        "项目",
        "项目中",
        "项目当中",
        "项目包括",
        "项目有",
        "项目分别是",
    ]
    .contains(&tail);
    (listed && st != Stage::Planned).then_some(st)
}
