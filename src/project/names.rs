//! Finding project names in a sentence and rejecting the generic ones, the
//! counted kinds, the programmes, the places and the institutions.

use std::sync::LazyLock;

use super::clauses::{clause_ceil, clause_floor};
use super::links::is_date;
use super::stops::{
    BUILD_VERBS, CENTRE_VERBS, FACILITY_VERBS, INSTITUTION_HEADS, NOMINAL, NOT_AFTER,
    NOT_AFTER_WORKS, PROGRAMME_VERBS, STOPS, stop_in_word,
};
use super::words::{
    GENERIC_LONGEST_FIRST, GENERIC_ONE_CHAR, PHASES, PLACE_ENDS, SECTORS, SUFFIXES, company_words,
    may_hold_company_word,
};
use crate::scan::Lexicon;
use crate::subject::Placed;

/// The names of projects in `s`, in order, not overlapping facts.
/// More names than one sentence is read for (see `find_projects_knowing`).
const MAX_NAMES: usize = 24;

pub(super) fn names(s: &str, facts: &[Placed]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    while let Some((i, suffix)) = next_suffix(s, from) {
        // Enough names for one sentence (the caller reads at most this many).
        if out.len() > MAX_NAMES {
            break;
        }
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
        // 公司匈牙利电池工厂项目: the company spoken of before (公司, 该公司)
        // opens the clause, not the name.
        start = skip_anaphor(s, start, i);
        // 10月29日郑济高铁: a date before a name is not in it.
        if let Some(d) = facts
            .iter()
            .find(|f| is_date(f) && f.start <= start && f.end > start)
        {
            start = d.end.min(i);
        }
        // X工程（二期）施工及设备采购项目: a lot tendered for the works named
        // before it is that project, not another.
        if out
            .last()
            .is_some_and(|&(a, b)| a >= start && b <= i && is_tender_lot(&s[b..i]))
        {
            continue;
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
                .any(|f| f.start < end && start < f.end && !is_date(f) && !is_capacity(s, start, f))
        {
            continue;
        }
        // A name followed by a word that makes it part of another noun
        // (…中心主任, 工程咨询, 项目审批制度) or a place: the names it holds
        // are no projects either.
        let fits = suffix_fits(s, start, i, end, suffix);
        if !fits
            || NOT_AFTER.iter().any(|w| s[end..].starts_with(w))
            || (suffix == "工程" && NOT_AFTER_WORKS.iter().any(|w| s[end..].starts_with(w)))
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
        // 41家企业入驻柳湾数字经济产业园: the park moved into is a place, not
        // a project (入驻…产业园项目 still names one).
        let moved_into = suffix != "项目" && s[..start].trim_end().ends_with("入驻");
        if moved_into
            || (suffix != "厂" && !is_specific(words))
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

/// Words of a lot put out to tender for works (施工, 监理, 设备采购, EPC总承包),
/// joined by 及/和/与.
const TENDER_WORDS: &[&str] = &[
    "施工",
    "监理",
    "设计",
    "勘察",
    "设备",
    "材料",
    "采购",
    "招标",
    "总承包",
    "工程总承包",
    "EPC",
    "及",
    "和",
    "与",
    "、",
];

/// Whether `words`, between a name and a project word, only say what part
/// of its works is tendered (施工及设备采购).
fn is_tender_lot(words: &str) -> bool {
    let mut rest = words.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(w) = TENDER_WORDS.iter().find(|w| rest.starts_with(**w)) else {
            return false;
        };
        rest = &rest[w.len()..];
    }
    true
}

/// `start` past a word for a company named before (公司, 该公司, 企业; not
/// 集团, which opens 集团公司 and 集团总部) that opens the run of a name
/// ending at `i`, when the words after it still name one project (公司匈牙利电池工厂项目; not 集团总部项目,
/// where 总部 alone names none).
fn skip_anaphor(s: &str, start: usize, i: usize) -> usize {
    let run = &s[start..i];
    ["该公司", "该企业", "该集团", "公司", "企业"]
        .iter()
        .find(|w| run.starts_with(*w) && is_specific(&run[w.len()..]))
        .map_or(start, |w| start + w.len())
}

/// Whether the name at `start` follows a verb of applying or listing, with
/// only a date between them.
pub(super) fn is_programme(s: &str, start: usize, facts: &[Placed]) -> bool {
    let mut before = &s[..start];
    if let Some(d) = facts.iter().find(|f| is_date(f) && f.end == start) {
        before = &s[..d.start];
    }
    PROGRAMME_VERBS.iter().any(|v| before.ends_with(v))
}

/// Whether a park is named only as the place where something happens:
/// 在X工业园举行 (a ceremony's venue), 在X工业园投资建设… (where other works
/// go), X工业园及周边 (an area).
pub(super) fn is_place_named(s: &str, start: usize, end: usize) -> bool {
    let after = &s[end..];
    if [
        "及周边",
        "周边",
        "一带",
        "境内",
        "辖区",
        "北侧",
        "南侧",
        "东侧",
        "西侧",
        "以东",
        "以西",
        "以南",
        "以北",
        "两侧",
        "沿线",
        "附近",
    ]
    .iter()
    .any(|w| after.starts_with(w))
    {
        return true;
    }
    // 位于高雄园区路竹基地的先进封装新厂: where the project named after it is.
    if s[..start].ends_with("位于") && after.starts_with('的') {
        return true;
    }
    // 在泰国罗勇工业园投资建设海外工厂: where another project is built.
    s[..start].ends_with('在')
        && [
            "举行", "举办", "召开", "投资", "建设", "新建", "设立", "落户",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Where a list of plant numbers before 厂 starts (一、二厂, 五、六厂, 三厂).
pub(super) fn ordinal_list_start(s: &str, i: usize) -> usize {
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
pub(super) fn skip_enumerator(s: &str, start: usize, i: usize) -> usize {
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

/// [`STOPS`] as a lexicon: every stop word of a run in one pass.
static STOP_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(STOPS.iter().copied()));

pub(super) static SUFFIX_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(SUFFIXES.iter().copied()));

/// Rules of single project words: 段 names a stretch of a route (国道318线
/// 通麦至105道班段); 厂 a numbered plant (三厂, 一、二厂); 中心 a facility
/// only when it is being built or invested in, not an institution (技术中心).
pub(super) fn suffix_fits(s: &str, start: usize, i: usize, end: usize, suffix: &str) -> bool {
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
            let opens =
                s[..start].trim_start().is_empty() || s[..start].ends_with(['。', '】', '>']);
            let (lo, hi) = if opens {
                (0, s.len())
            } else {
                (clause_floor(s, start), clause_ceil(s, end))
            };
            // An institution's 中心 is built or invested in (投资3000万港元
            // 设立区域结算中心); a 投资 right before it is its own name's
            // (投资促进中心).
            let (verbs, lead) = if INSTITUTION_HEADS.iter().any(|h| words.ends_with(h)) {
                let lead = &s[lo..start];
                (BUILD_VERBS, lead.strip_suffix("投资").unwrap_or(lead))
            } else {
                (CENTRE_VERBS, &s[lo..start])
            };
            let invested = verbs == BUILD_VERBS
                && (centre_verb(lead, &["投资"]) || centre_verb(&s[end..hi], &["投资"]));
            after.starts_with("项目")
                || invested
                || centre_verb(lead, verbs)
                || centre_verb(&s[end..hi], verbs)
        }
        _ => true,
    }
}

/// Whether `words`, outside a 中心's name, hold one of `verbs` (of
/// [`CENTRE_VERBS`]) with no object of its own after it: a 中心 that
/// 签约项目 signs others' projects.
fn centre_verb(words: &str, verbs: &[&str]) -> bool {
    verbs.iter().any(|v| {
        words.match_indices(v).any(|(k, _)| {
            let object = &words[k + v.len()..];
            // 建设用地: land for building, no building.
            !["项目", "企业", "了", "用地"]
                .iter()
                .any(|o| object.starts_with(o))
        })
    })
}

pub(super) fn next_suffix(s: &str, from: usize) -> Option<(usize, &'static str)> {
    // The lexicon tries the words in table order at each position, as a
    // scan of the table would, but only where a first character matches.
    SUFFIX_WORDS
        .find_at(s, from)
        .map(|(i, _, k)| (i, SUFFIXES[k]))
}

/// `end` moved past a phase written after a name: (一期), 一期, 一期工程, 二标段.
pub(super) fn phase_after(s: &str, end: usize) -> usize {
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

pub(super) fn is_name_char(c: char) -> bool {
    // The common CJK ideographs (all alphabetic) first: the general test
    // looks them up in Unicode's tables.
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || c.is_alphanumeric()
        || matches!(c, '（' | '）' | '(' | ')' | '·' | '-' | '—' | '_')
}

/// Where the name that ends at the project word at `i` starts.
pub(super) fn name_start(s: &str, i: usize) -> usize {
    let mut start = i;
    let mut quote_open = None;
    for (j, c) in s[..i].char_indices().rev() {
        if quote_open.is_some_and(|o| j >= o) {
            continue;
        }
        // 滨海镇“渔光互补”光伏电站项目: a short quoted term glued to words
        // of the name after it is part of the name (not “三北”工程, a
        // programme's name in quotes with only the head after it).
        let words_after = &s[start..i];
        if c == '”'
            && j + c.len_utf8() == start
            && words_after.chars().count() >= 2
            && !["工程", "项目"].iter().any(|h| words_after.starts_with(h))
        {
            if let Some(o) = quoted_term_start(&s[..j]) {
                quote_open = Some(o);
                start = o;
                continue;
            }
        }
        // A dash of two (——) sets off what follows; one joins (A—B段).
        if (!is_name_char(c) && !joins_numbers(s, j, c))
            || i - j > 90
            || (c == '—' && s[..j].ends_with('—'))
        {
            break;
        }
        start = j;
    }
    // After the last stop word inside the run (之后 the name starts).
    let run = &s[start..i];
    let mut cut = start;
    // Stop words inside a company word (有 in 有限公司) do not count.
    let company: Vec<(usize, usize)> = if may_hold_company_word(run) {
        company_words(run).collect()
    } else {
        Vec::new()
    };
    // Every stop word at every position of the run, overlapping ones too,
    // in one pass.
    for (at, _, k) in STOP_WORDS.occurrences(run) {
        let w = &STOPS[k];
        if company.iter().any(|&(a, b)| at >= a && at < b) {
            continue;
        }
        // 将 of 将军路, 有 of 有机, 上 of 上海: a stop inside a word.
        let (before, after) = (&s[..start + at], &s[start + at + w.len()..]);
        // 上 as a postposition (会上, 平台上) follows the noun it places;
        // opening the run before specific words it opens a name (上葡京,
        // 上汽); before generic ones it is the verb (上大项目, 上新项目).
        let opens = at == 0 && *w == "上" && is_specific(&run[w.len()..]);
        if stop_in_word(w, before, after) || opens {
            continue;
        }
        // 处理 of 污水处理厂, 服务 of 市民服务中心 names what the facility does.
        if FACILITY_VERBS
            .iter()
            .any(|(v, heads)| v == w && heads.iter().any(|h| after.starts_with(h)))
        {
            continue;
        }
        if joins_parts(run, cut - start, at, w) {
            continue;
        }
        let after = start + at + w.len();
        // A verb right before the project word is part of the name
        // (一体化绿色交通建设项目); 的 and the like never are.
        let part = after == i && NOMINAL.contains(w);
        if !part && after > cut {
            cut = after;
        }
    }
    // A name does not start with a number (10个…项目 is a count).
    cut
}

/// Whether the conjunction `w` at `at` of `run` joins two parts of one
/// name (续建配套与节水改造工程, 道路与管网工程): the words from `from` to it
/// name no project of their own and no party, and the words after it run
/// on to the project word with no party or joint verb either (华能集团与
/// 园区合作…, 光伏项目和储能项目 are two).
fn joins_parts(run: &str, from: usize, at: usize, w: &str) -> bool {
    const JOINT: &[&str] = &["合作", "共建", "联合", "共同", "携手", "签"];
    const PARTIES: &[&str] = &[
        "政府",
        "企业",
        "公司",
        "集团",
        "银行",
        "大学",
        "学院",
        "研究院",
    ];
    if !["与", "和", "及"].contains(&w) || from > at {
        return false;
    }
    let (before, after) = (&run[from..at], &run[at + w.len()..]);
    let plain = |part: &str| {
        part.chars().count() >= 2
            && next_suffix(part, 0).is_none()
            && !may_hold_company_word(part)
            && !PARTIES.iter().chain(JOINT).any(|p| part.contains(p))
    };
    plain(before) && plain(after)
}

/// Where the “ opening a short quoted term (2–8 characters of a name, no
/// quote or break inside) that ends `before` stands.
fn quoted_term_start(before: &str) -> Option<usize> {
    let o = before.rfind('“')?;
    let inner = &before[o + '“'.len_utf8()..];
    let n = inner.chars().count();
    ((2..=8).contains(&n) && inner.chars().all(is_name_char)).then_some(o)
}

/// Whether `c`, at `j` of `s`, is the point of a decimal number (第8.6代,
/// 1.5期) or the slash between two ratings (100兆瓦/200兆瓦时储能电站): a
/// name runs on over it, and never starts inside a number.
fn joins_numbers(s: &str, j: usize, c: char) -> bool {
    let before = &s[..j];
    let number_after = s[j + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
    match c {
        '.' | '．' => before.ends_with(|d: char| d.is_ascii_digit()) && number_after,
        '/' | '／' => before.ends_with(is_name_char) && number_after,
        _ => false,
    }
}

/// Whether a name's words before its project word hold anything specific.
pub(super) fn is_specific(words: &str) -> bool {
    let mut words = words;
    // A leading place (河北省, 县（区）, 高新区) is not what makes a name specific.
    for _ in 0..2 {
        let Some(k) = first_place_end(words) else {
            break;
        };
        if words[..k].chars().count() > 6 {
            // The same place again would be read the next time round.
            break;
        }
        words = &words[k..];
    }
    // 八大生产基地, 越南八大生产基地: a count of bases, not one; 一间厂区,
    // 两座电站: a count too.
    if is_count_words(words) {
        return false;
    }
    // A sector with a facility after it names one (大数据产业园项目): at
    // the first place each sector word occurs.
    let mut seen = 0u64;
    for (k, e, w) in SECTOR_WORDS.occurrences(words) {
        if seen & (1 << w) != 0 {
            continue;
        }
        seen |= 1 << w;
        // The project word there, 项目 aside (no other starts with 项).
        if SUFFIX_WORDS
            .match_at(words, e)
            .is_some_and(|(_, x)| SUFFIXES[x] != "项目")
        {
            return true;
        }
        debug_assert!(k < e);
    }
    // Copied only when a word is taken away.
    let mut rest = std::borrow::Cow::Borrowed(words);
    // Words of two characters or more go wherever they are, longest first
    // (科技型 before 科技): each in turn, where the text left by the ones
    // before holds it; one-character ones (新, 大, 该) only at the start
    // (新乡, 大连 stay whole).
    let mut next = 0;
    while let Some(k) = GENERIC_WORDS
        .occurrences(&rest)
        .map(|(_, _, k)| k)
        .filter(|&k| k >= next)
        .min()
    {
        rest = rest.replace(GENERIC_LONGEST_FIRST[k], "").into();
        next = k + 1;
    }
    let one = rest
        .char_indices()
        .find(|&(_, c)| !GENERIC_ONE_CHAR_SET.contains(c))
        .map_or(rest.len(), |(j, _)| j);
    let rest = rest[one..].trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    // Two characters are too few to tell a name from a verb (优化项目,
    // 处理项目), but a phase is one (一期项目, 二期工厂).
    rest.chars().count() >= 2 || PHASES.contains(&rest)
}

/// The end of the first place word of `words` (the earliest end of any).
fn first_place_end(words: &str) -> Option<usize> {
    let mut first: Option<usize> = None;
    for (a, e, _) in PLACE_WORDS.occurrences(words) {
        // 文旅小镇, 度假区, 景区, 厂区: a place that is built, the works
        // themselves, not where they are.
        // With two characters of its own name at least (东湖文旅小镇; a bare
        // 园区道路 or 景区基础设施 says where).
        let built = BUILT_PLACES.iter().any(|b| {
            words[..e].ends_with(b) && words[..e].chars().count() >= b.chars().count() + 2
        });
        if built {
            continue;
        }
        // Occurrences come by start, and each ends after it starts: none
        // after this one ends earlier.
        if first.is_some_and(|f| a >= f) {
            break;
        }
        first = Some(first.map_or(e, |f| f.min(e)));
    }
    first
}

/// Places ending in a place word (镇, 区) that are built: resorts, scenic
/// areas, blocks, campuses, plant and port areas.
const BUILT_PLACES: &[&str] = &[
    "小镇",
    "度假区",
    "景区",
    "旅游区",
    "风景区",
    "街区",
    "厂区",
    "校区",
    "院区",
    "港区",
    "园区",
    // A district or a housing estate renewed (环城西路片区老旧小区改造工程).
    "片区",
    "小区",
];

/// [`GENERIC_LONGEST_FIRST`], [`PLACE_ENDS`] and [`SECTORS`] as lexicons,
/// so that a name is read once for each list, not once per word.
static GENERIC_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(GENERIC_LONGEST_FIRST.iter().copied()));
static PLACE_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(PLACE_ENDS.iter().copied()));
static SECTOR_WORDS: LazyLock<Lexicon> = LazyLock::new(|| {
    assert!(SECTORS.len() <= 64, "is_specific keeps a bit per sector");
    Lexicon::new(SECTORS.iter().copied())
});
/// The characters of [`GENERIC_ONE_CHAR`].
static GENERIC_ONE_CHAR_SET: LazyLock<crate::scan::CharSet> =
    LazyLock::new(|| crate::scan::CharSet::new(&GENERIC_ONE_CHAR.concat()));

/// Whether a name's words are a count: a numeral with 大 (八大, 越南八大) or
/// a leading numeral with a classifier (一间, 两座, 3个).
pub(super) fn is_count_words(words: &str) -> bool {
    use crate::scan::one_of;
    let numeral = |c| one_of!("一二两三四五六七八九十百", c);
    let mut prev = None;
    for c in words.chars() {
        if c == '大' && prev.is_some_and(numeral) {
            return true;
        }
        prev = Some(c);
    }
    let mut chars = words.chars();
    let first = chars.next();
    let second = chars.next();
    // 前九名, 后二名: a ranking.
    let ranked = || words.contains(['前', '后']);
    (words.ends_with('名') && ranked())
        || first.is_some_and(|c| numeral(c) || c.is_ascii_digit())
            && second.is_some_and(|c| one_of!("个间座处家批项条栋所", c))
        // 单个项目, 每个项目: any one of them.
        || ["单个", "每个", "单一", "各个"].contains(&words)
}

/// Words that class a sector (先进制造业, 现代服务业, 战略性新兴产业): a
/// sector after them is still a kind of project.
const SECTOR_CLASSES: &[&str] = &[
    "战略性新兴",
    "先进",
    "现代",
    "新兴",
    "传统",
    "优势",
    "特色",
    "高端",
];

/// Heads of the name of an industry.
const INDUSTRIES: &[&str] = &[
    "产业",
    "制造业",
    "服务业",
    "工业",
    "农业",
    "商业",
    "旅游业",
    "物流业",
    "建筑业",
    "渔业",
    "林业",
    "畜牧业",
];

/// Where the money of a kind of project comes from (港资项目, 外资项目, 央企
/// 项目): a kind, not one.
const FUNDING_KINDS: &[&str] = &[
    "港资", "澳资", "台资", "外资", "内资", "民资", "侨资", "央企", "国企", "民营", "招商",
];

/// Whether the name is only a sector of industry before 项目 (新材料项目,
/// 先进制造业项目, 服务业项目) or where its money comes from (港资项目).
pub(super) fn is_sector(words: &str) -> bool {
    let w = SECTOR_CLASSES
        .iter()
        .find_map(|c| words.strip_prefix(c))
        .unwrap_or(words);
    let sector = |s: &str| SECTORS.contains(&s);
    // 制造业, 集成电路产业: an industry (not a firm's trade: 太阳纸业, 华兴实业).
    let industry = INDUSTRIES.iter().any(|i| {
        w.strip_suffix(i)
            .is_some_and(|rest| rest.is_empty() || sector(rest))
    });
    sector(w)
        || w.strip_suffix("产业").is_some_and(sector)
        || industry
        || FUNDING_KINDS.contains(&words)
}

/// Whether a count follows the name (在建新材料项目7个, 新型储能电站38座,
/// 标准化学校12所, “红旗项目”3个): it names a kind.
pub(super) fn counted_after(after: &str) -> bool {
    // “红旗项目”3个: a label in quotes counted is a kind too.
    let after = after.trim_start_matches(['”', '"', '」', '’']);
    let digits = after
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || "一二两三四五六七八九十百余多".contains(c)))
        .map_or(after.len(), |(j, _)| j);
    digits > 0
        && after[digits..].starts_with(['个', '项', '家', '批', '座', '所', '处', '条', '栋', '幢'])
}

/// Whether a count stands right before the name (20个重点项目).
pub(super) fn counted_before(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end();
    before.ends_with(['个', '项', '批', '家', '大', '些', '间', '座', '处'])
        || before.ends_with("等")
}

/// Whether fact `f` is the yearly capacity a name holds (氢易能源年产2000吨
/// 有机氢载体工厂): an amount right after 年产 inside the name, not at its start.
fn is_capacity(s: &str, start: usize, f: &Placed) -> bool {
    f.start > start && s[..f.start].ends_with("年产")
}
