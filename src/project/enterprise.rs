//! The company behind a project: a company or brand heading its name, the
//! nearest full company name before it, the investor 由 names after it, or
//! the brand that opens the sentence and invests.

use super::names::{is_name_char, skip_enumerator};
use super::words::{
    COMPANY_END_WORDS, COMPANY_ENDS, GENERIC, PLACE_ENDS, SECTORS, company_words,
    may_hold_company_word,
};
use std::sync::LazyLock;

use crate::scan::{Lexicon, short_find, short_rfind};

/// The company behind the project: a company or brand heading its name
/// (国药集团医用防疫物资生产储备基地项目 → 国药集团, 盼盼食品全系列… → 盼盼食品),
/// else the full company name nearest before it in the sentence, else
/// the brand that opens the sentence and invests (格力电器投资50亿元…).
///
/// `known` lists the brands ([`stem`]s) of the companies the document has
/// named before (see [`companies_in`]): one heading the name (盼盼 of
/// 盼盼食品, 蔓莎 of 蔓莎（苏州）科技集团有限公司) is the project's.
#[cfg(test)]
pub(super) fn enterprise<K: AsRef<str>>(
    s: &str,
    start: usize,
    end: usize,
    known: &[K],
) -> Option<String> {
    let reading = read_name(s, start, end, may_name_company(s));
    enterprise_of(s, &reading, known)
}

/// What the company layer reads of one project name, once: the brand
/// heading it (its length in bytes) and the brand that opens its sentence
/// and invests (for names of sentences that may name a company; else
/// `None`, and [`enterprise_of`] reads it when it needs it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameReading<'s> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    brand: Option<usize>,
    actor: Option<Option<&'s str>>,
}

/// The [`NameReading`] of the name at `start..end` of `s`; `may_name` is
/// [`may_name_company`] of `s` (without a company sign there is no brand).
pub(crate) fn read_name(s: &str, start: usize, end: usize, may_name: bool) -> NameReading<'_> {
    if !may_name {
        return NameReading {
            start,
            end,
            brand: None,
            actor: None,
        };
    }
    NameReading {
        start,
        end,
        brand: brand_head(&s[start..end]).map(str::len),
        actor: Some(sentence_actor(s, start)),
    }
}

/// [`enterprise`] of a name already read.
pub(super) fn enterprise_of<K: AsRef<str>>(
    s: &str,
    reading: &NameReading<'_>,
    known: &[K],
) -> Option<String> {
    let (start, end) = (reading.start, reading.end);
    let name = &s[start..end];
    if let Some(e) = reading.brand {
        // A company the sentence names as the investor (由X投资建设) outranks
        // a brand read off the name's head.
        let brand = &name[..e];
        let investor = investor_after(s, end)
            .filter(|&(c, verb)| verb == "投资" && short_find(c, brand).is_none())
            .map(|(c, _)| c);
        return Some(investor.unwrap_or(brand).to_string());
    }
    if let Some(head) = known_head(name, known) {
        // The full name when the sentence gives it (江苏雨润集团 for 雨润),
        // before the name or as the investor after it (由华芯科技股份有限公司
        // 投资建设 for 华芯半导体…).
        let st = stem(head);
        let holds = |c: &&str| {
            short_find(c, head).is_some()
                || (st.chars().count() >= 2 && short_find(c, st).is_some())
        };
        let full = nearest_company(&s[..start])
            .filter(|c| short_find(c, head).is_some())
            .or_else(|| investor_after(s, end).map(|(c, _)| c).filter(holds));
        return Some(full.unwrap_or(head).to_string());
    }
    if let Some(company) = nearest_company(&s[..start]) {
        return Some(company.to_string());
    }
    investor_after(s, end)
        .map(|(c, _)| c)
        .or_else(|| labelled_after(s, end))
        .or_else(|| signed_partner(&s[..start]))
        .or_else(|| reading.actor.unwrap_or_else(|| sentence_actor(s, start)))
        .or_else(|| known_subject(&s[..start], known))
        .map(str::to_string)
}

/// Words a company's brand is followed by when it is the subject of its
/// clause and acts (和大在…设厂, 和大为…, 盼盼将…).
const SUBJECT_VERBS: &[&str] = &["在", "将", "已", "于", "拟", "计划", "投资", "正在"];

/// A known company's brand that opens a clause of `before` and acts (沈国荣
/// 指出，和大在大埔美园区设厂五年，一、二厂…: 和大): the company the sentence
/// is about, when no company is named in full. The nearest one wins.
fn known_subject<'s, K: AsRef<str>>(before: &'s str, known: &[K]) -> Option<&'s str> {
    let mut best: Option<(usize, usize)> = None;
    for k in known {
        let brand = k.as_ref();
        if brand.chars().nth(1).is_none() || NOT_BRANDS.iter().any(|w| brand.starts_with(w)) {
            continue;
        }
        let Some(at) = short_rfind(before, brand) else {
            continue;
        };
        let opens = crate::clause::opens_clause(before, at);
        let acts = SUBJECT_VERBS
            .iter()
            .any(|v| before[at + brand.len()..].starts_with(v));
        if opens && acts && best.is_none_or(|(b, _)| at > b) {
            best = Some((at, at + brand.len()));
        }
    }
    best.map(|(a, b)| &before[a..b])
}

/// The nearest company named in full in `before` (品捷电子（苏州）有限公司…，公司
/// 在科技城投资…: the bare 公司 after it is no name and is passed over).
fn nearest_company(before: &str) -> Option<&str> {
    if !may_hold_company_word(before) {
        return None;
    }
    let mut ends: Vec<(usize, usize)> = company_words(before).collect();
    // Nearest end first; at one end the longest word (有限公司 before 公司).
    ends.sort_by_key(|&(k, e)| (std::cmp::Reverse(e), k));
    ends.into_iter()
        .map(|(k, e)| &before[company_start(before, k)..e])
        .find(|c| is_company(c))
}

/// The company that 由 names as investor or builder after the project, in
/// its clause or the next (X中心是重点项目，由江苏雨润集团投资建设), with the
/// verb that follows it (投资, 建设, 承建 …).
fn investor_after(s: &str, end: usize) -> Option<(&str, &'static str)> {
    let rest = &s[end..];
    let stop = rest.find(['。', '；']).unwrap_or(rest.len());
    let rest = &rest[..stop];
    let by = rest.find('由')? + '由'.len_utf8();
    let tail = &rest[by..];
    let e = company_end(tail)?;
    let company = &tail[..e];
    // 由X负责建设: the company charged with the works.
    let verb = ["投资", "建设", "承建", "开发", "运营", "实施", "负责"]
        .into_iter()
        .find(|v| partners_skipped(&tail[e..]).starts_with(v))?;
    (is_company(company) && company.chars().all(is_name_char)).then_some((company, verb))
}

/// Where the company that opens `tail` ends: the earliest end of a
/// company word, and the company words right after it (某集团有限公司).
fn company_end(tail: &str) -> Option<usize> {
    let mut e = company_words(tail).map(|(_, e)| e).min()?;
    while let Some(w) = ["股份有限公司", "有限责任公司", "有限公司", "公司"]
        .iter()
        .find(|w| tail[e..].starts_with(**w))
    {
        e += w.len();
    }
    Some(e)
}

/// Words that end the name of a government or a zone: the side of a
/// signing that is no investor (盐城经开区与华显光电签约).
const HOSTS: &[&str] = &["区", "县", "市", "镇", "乡", "政府", "管委会", "园"];

/// The company a host signs the project with, right before its name in
/// its clause (…经开区与华显光电签约年产…项目): a full company name, or a
/// brand that ends in a trade word.
fn signed_partner(before: &str) -> Option<&str> {
    let clause = &before[crate::clause::clause_start(before, before.len())..];
    let (v, verb) = ["签约", "签署", "签订"]
        .iter()
        .filter_map(|w| short_find(clause, w).map(|k| (k, *w)))
        .min()?;
    if !clause[v + verb.len()..].chars().all(is_name_char) {
        return None;
    }
    let head = &clause[..v];
    let k = head.rfind('与')?;
    let (host, partner) = (&head[..k], &head[k + '与'.len_utf8()..]);
    let n = partner.chars().count();
    let named = is_company(partner) || TRADES.iter().any(|t| partner.ends_with(t));
    (HOSTS.iter().any(|h| host.ends_with(h))
        && (2..=20).contains(&n)
        && partner.chars().all(is_name_char)
        && named)
        .then_some(partner)
}

/// Labels of the party that carries a project out or signed it, after its
/// name (X项目，实施主体为全资子公司Y有限公司; X项目：签约企业为Y有限公司).
const PARTY_LABELS: &[&str] = &[
    "实施主体为",
    "实施主体是",
    "建设主体为",
    "投资主体为",
    "项目业主为",
    "业主单位为",
    "建设单位为",
    // The firm that signed or invests (X项目：签约企业为Y有限公司).
    "签约企业为",
    "签约企业是",
    "签约单位为",
    "签约方为",
    "投资方为",
    "投资方是",
    "投资企业为",
    "投资单位为",
    "项目单位为",
];

/// The company a label after the project at `end` names as the party that
/// carries it out, in its sentence (a subsidiary named as such is itself).
fn labelled_after(s: &str, end: usize) -> Option<&str> {
    let rest = &s[end..];
    let rest = &rest[..rest.find(['。', '；']).unwrap_or(rest.len())];
    // Every label ends in 为 or 是: most sentences are passed over here.
    if short_find(rest, "为").is_none() && short_find(rest, "是").is_none() {
        return None;
    }
    let (k, label) = PARTY_LABELS
        .iter()
        .find_map(|l| short_find(rest, l).map(|k| (k, *l)))?;
    let tail = &rest[k + label.len()..];
    let tail = ["全资子公司", "控股子公司", "子公司"]
        .iter()
        .find_map(|p| tail.strip_prefix(p))
        .unwrap_or(tail);
    let company = &tail[..company_end(tail)?];
    (is_company(company) && company.chars().all(is_name_char)).then_some(company)
}

/// `rest` past a partner joined to the investor (与中建五局联合, 和某公司共同)
/// and the adverb of joint work, or `rest` itself.
fn partners_skipped(rest: &str) -> &str {
    let Some(partner) = rest.strip_prefix(['与', '和', '及']) else {
        return rest;
    };
    let joint = ["联合", "共同", "合作"]
        .iter()
        .filter_map(|j| partner.find(j).map(|k| (k, j.len())))
        .min();
    match joint {
        Some((k, n))
            if partner[..k].chars().count() <= 12 && partner[..k].chars().all(is_name_char) =>
        {
            &partner[k + n..]
        }
        _ => rest,
    }
}

/// Words that end a brand: its trade (电器, 食品, 能源 …) or a company word.
const TRADES: &[&str] = &[
    "集团",
    "股份",
    "电器",
    "电子",
    "科技",
    "能源",
    "食品",
    "药业",
    "制药",
    "化工",
    "汽车",
    "钢铁",
    "实业",
    "控股",
    "电气",
    "光电",
    "材料",
    "重工",
    "机械",
    "动力",
    "通信",
    "网络",
    "信息",
    "物流",
    "地产",
    "置业",
    "医药",
    "生物",
    "环保",
    "纺织",
    "乳业",
    "酒业",
    "航空",
    "光伏",
    "半导体",
    "微电子",
    "精密",
    "装备",
    "新能源",
    "电力",
    "智能",
    "软件",
    // Trades of farms, mills and utilities (绿源农业年产…, 华冠纸业二期…,
    // 龙源电力北岭…风电项目).
    "农业",
    "牧业",
    "纸业",
    "矿业",
    "铝业",
    "锂业",
    "水务",
    "燃气",
    "建工",
    "钢构",
    // Makers named by what they make (宏远电机投资35亿元的…项目, 卓越汽配, 信博精工).
    "电机",
    "汽配",
    "精工",
    "新材",
    "照明",
    "电池",
    "机电",
];

/// The trade words that end a brand at the head of a project's name.
const BRAND_TRADES: &[&str] = &[
    "集团", "股份", "电器", "电子", "食品", "药业", "制药", "实业", "控股", "电气", "重工", "乳业",
    "酒业", "置业", "地产", "能源", "化工", "汽车", "钢铁", "医药", "科技", "电力", "纸业", "矿业",
    "铝业", "锂业", "水务", "燃气", "建工", "钢构",
];

/// A brand of 2–6 characters ending in a trade word at the head of `name`,
/// with more of the name after it.
fn brand_head(name: &str) -> Option<&str> {
    // The first occurrence of each company word, tried in the list's order.
    let mut first = [usize::MAX; COMPANY_ENDS.len()];
    for (k, _, w) in COMPANY_END_WORDS.occurrences(name) {
        first[w] = first[w].min(k);
    }
    for (w, ce) in COMPANY_ENDS.iter().enumerate() {
        let k = first[w];
        if k == usize::MAX {
            continue;
        }
        let mut e = k + ce.len();
        // 江苏恒通集团公司数字化转型项目: the company is 集团公司 in full.
        if *ce == "集团" && name[e..].starts_with("公司") && e + "公司".len() < name.len() {
            e += "公司".len();
        }
        if e < name.len() && k > 0 && is_company(&name[..e]) {
            return Some(&name[..e]);
        }
    }
    // The earliest end of a trade word's first occurrence that fits.
    let mut best = None;
    const _: () = assert!(TRADES.len() <= 64);
    let mut seen = 0u64;
    for (k, e, w) in TRADE_WORDS.occurrences(name) {
        if seen & (1 << w) != 0 {
            continue;
        }
        seen |= 1 << w;
        let n = name[..e].chars().count();
        let own = &name[..k];
        // A trade that also names a sector (光电, 新能源, 材料) ends a brand
        // only when what a company does follows it (晶瑞光电第8.6代…,
        // 中科新能源年产20GWh…): else it may be the name's own sector.
        let marked = BRAND_TRADES.contains(&TRADES[w])
            || BRAND_MARKS.iter().any(|m| name[e..].starts_with(m));
        // 现代农业, 现代物流: a sector in full is no brand; 宁阳化工产业园: a
        // park named for its place and trade is none either.
        let park =
            PARK_TRADES.contains(&TRADES[w]) && PARKS.iter().any(|p| name[e..].starts_with(p));
        // 新田科技城, 光谷科技园: a town or a park of science is a place.
        let park = park
            || matches!(TRADES[w], "科技" | "信息" | "网络")
                && ["城", "新城", "谷", "港", "园"]
                    .iter()
                    .any(|p| name[e..].starts_with(p));
        if marked
            && !park
            && !generic_opening(own)
            && !SECTORS.contains(&&name[..e])
            && (3..=6).contains(&n)
            && e + 6 < name.len()
            && best.is_none_or(|b| e < b)
        {
            best = Some(e);
        }
    }
    best.map(|e| &name[..e])
}

/// Words of a park or zone: after a trade word they name the park
/// (宁阳化工产业园, 某某医药工业园), not a company's brand.
const PARKS: &[&str] = &["产业园", "工业园", "园区", "产业基地", "集聚区", "开发区"];

/// Trades that name a sector a place builds a park for (化工, 医药, 装备 …);
/// a firm's own trade before a park stays its brand (盼盼食品产业园, 伊利乳业…).
const PARK_TRADES: &[&str] = &[
    "化工",
    "医药",
    "生物",
    "汽车",
    "装备",
    "材料",
    "电子",
    "物流",
    "纺织",
    "钢铁",
    "能源",
    "新能源",
    "光电",
    "信息",
    "机械",
    "精密",
    "智能",
    "环保",
    "光伏",
    "半导体",
];

/// What follows a brand at the head of a project's name and no sector: an
/// ordinal, a capacity or a building verb (…光电第8.6代, …能源年产20GWh).
const BRAND_MARKS: &[&str] = &[
    "第",
    "年产",
    "年加工",
    "年处理",
    "年出栏",
    "年屠宰",
    "年生产",
    "新建",
    "扩建",
];

/// Whether the words before a trade word are too few for a brand, or open
/// as a generic word does (新型, 高端, 中小, 大型, 智能, 绿色, 数字: 高端装备
/// is no brand), a sector, a trade or a place does (新能源, 生物医药, 精密机械,
/// 中国): 中科, 新奥, 大族 open brands.
fn generic_opening(own: &str) -> bool {
    let mut chars = own.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    let Some(second) = chars.next() else {
        return true;
    };
    let opening: String = [first, second].iter().collect();
    ("新高中大小智绿数".contains(first) && GENERIC_OPENINGS.contains(&opening.as_str()))
        || AREA_OPENINGS.contains(&opening.as_str())
        || GENERIC
            .iter()
            .chain(SECTORS)
            .chain(TRADES)
            .chain(NOT_BRANDS)
            .any(|g| g.chars().nth(1).is_some() && own.starts_with(g))
}

/// Openings that say where, not who (城镇燃气管道改造, 农村电力设施,
/// 集团公司): no brand starts so.
const AREA_OPENINGS: &[&str] = &[
    "城镇", "城乡", "农村", "乡村", "县域", "全县", "全市", "全区", "城市", "市政", "镇村", "集团",
];

/// Two-character openings of generic words and sectors among those that
/// start with 新, 高, 中, 大, 小, 智, 绿 or 数, the characters most brands and
/// most generic modifiers share.
#[rustfmt::skip]
const GENERIC_OPENINGS: &[&str] = &[
    "新型", "新兴", "新一", "新材", "新能", "新建", "新增", "新上", "新开", "新引", "新签", "新区",
    "新城", "新技", "新产", "新模", "新业", "新基", "新质", "新式", "新款", "新老",
    "高端", "高新", "高性", "高纯", "高精", "高品", "高效", "高分", "高档", "高速", "高压", "高温",
    "高强", "高附", "高技", "高科", "高标", "高质", "高水", "高层", "高校", "高级", "高能", "高密",
    "中小", "中型", "中部", "中高", "中试", "中央", "中心", "中药", "中医", "中长", "中间", "中低",
    "中大", "中西", "中等", "中外", "中国", "中华", "中欧", "中德", "中日", "中韩", "中俄", "中法",
    "中美", "中英", "中新", "中意", "中以", "中瑞", "中白", "中泰", "中马", "中老", "中哈", "中东",
    "中南", "中北", "中资", "中游", "中端", "中频", "中压",
    "大型", "大数", "大宗", "大规", "大健", "大中", "大项", "大学", "大批", "大力", "大幅", "大容",
    "大功", "大尺", "大件", "大众",
    "小型", "小微", "小分", "小批", "小城", "小家", "小商",
    "智能", "智慧", "智造", "智数", "智算", "智联", "智控",
    "绿色", "绿电", "绿氢", "绿能", "绿醇", "绿氨",
    "数字", "数据", "数智", "数控", "数算",
];

/// [`TRADES`] as a lexicon: one pass over a name finds every occurrence of
/// its words.
static TRADE_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(TRADES.iter().copied()));

/// Whether `c` names one company (not 全资子公司, 首家上市公司, 该公司).
pub(super) fn is_company(c: &str) -> bool {
    c.chars().count() >= 4
        && !c.starts_with(['该', '本', '其', '一', '首', '全', '子', '母', '这', '此'])
        && !["集团公司", "控股公司", "股份公司"].contains(&c)
        && !["上市公司", "子公司", "分公司"]
            .iter()
            .any(|g| c.ends_with(g) && c.chars().count() <= 7)
        // 对外投资设立全资子公司: a subsidiary spoken of, not one named.
        && !["全资子公司", "控股子公司", "参股子公司", "设立子公司", "成立子公司"]
            .iter()
            .any(|g| c.ends_with(g))
        && !KINDS_OF_COMPANY.iter().any(|k| {
            COMPANY_ENDS
                .iter()
                .any(|ce| c.strip_suffix(ce).is_some_and(|h| h.ends_with(k)))
        })
}

/// Words that make a company word a kind of company, not one (跨国公司,
/// 外资企业集团, 龙头企业): no company's name.
const KINDS_OF_COMPANY: &[&str] = &[
    "跨国", "上市", "外资", "内资", "民营", "国有", "合资", "独资", "龙头", "骨干", "500强", "央企",
];

/// Verbs of investing and building: an opener acts when one follows it.
static ACTS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "投资", "募资", "建设", "投向", "签约", "开建", "兴建", "建立", "扩建",
    ])
});

/// Words that end the opener of a sentence (格力电器|投资, 宝丽迪|：).
static OPENER_ENDS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "此次", "本次", "：", ":", "拟", "投资", "计划", "将", "宣布", "正式", "募资", "在", "于",
        "公告", "，", "是",
    ])
});

/// The brand that opens the sentence (after a heading such as 宝丽迪：) and
/// acts: 格力电器投资50亿元在渝建设…, 利通电子拟募资… .
fn sentence_actor(s: &str, before: usize) -> Option<&str> {
    let head = &s[..before];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '【' | '｜' | '|' | '\n' | '>'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    // 4.【广东】12月3日，粤驰汽车在…: past an item's mark.
    let from = from.max(crate::clause::item_mark_len(head));
    // An opener that does not invest or build is none (checked first: the
    // rest of the reading costs more).
    if !ACTS.is_match(&head[from..]) {
        return None;
    }
    let mut text = &head[from..];
    // 8月3日，格力电器在…: a leading date clause is passed over.
    if let Some(c) = text.find(['，', ',']) {
        let lead = &text[..c];
        if lead.chars().next().is_some_and(|ch| ch.is_ascii_digit())
            && lead.ends_with(['日', '月', '年', '时'])
        {
            text = &text[c + '，'
                .len_utf8()
                .min(text[c..].chars().next().map_or(1, char::len_utf8))..];
        }
    }
    // 比如，宏远电机投资…: a connective that opens the sentence is passed over.
    for w in ["比如", "例如", "其中", "此外", "另外", "同时", "目前", "如"] {
        if let Some(rest) = text.strip_prefix(w) {
            if let Some(r) = rest.strip_prefix(['，', ',']) {
                text = r;
                break;
            }
        }
    }
    // The first word that ends the opener.
    let (stop, _, _) = OPENER_ENDS.find_at(text, 0)?;
    // - 东岳储能（301288）公告: a list's mark is no part of the name.
    let actor = text[..stop].trim().trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '*' | '•' | '·' | '+')
    });
    // 星辰微（688001）周三晚间公告: a stock code names a listed company; the
    // time words after it are no part of the name.
    let (actor, listed) = match listed_name(actor) {
        Some(name) => (name, true),
        None => (actor, false),
    };
    let n = actor.chars().count();
    // A heading (宝丽迪：), a filing (利和兴公告), or a definition
    // (中核苏阀是…上市公司) marks a company as well as a trade word does.
    let after = &text[stop..];
    let clause = &after[..after.find(['，', ',']).unwrap_or(after.len())];
    let defined = after.starts_with('是')
        && ["公司", "企业", "集团", "供应商", "制造商"]
            .iter()
            .any(|w| clause.ends_with(w))
        && is_company(actor);
    let trade = TRADES.iter().any(|t| actor.ends_with(t))
        || after.starts_with(['：', ':'])
        || after.starts_with("公告")
        || listed
        || defined;
    // The end of the last trade word.
    let tail = TRADE_WORDS.occurrences(actor).map(|(_, e, _)| e).max();
    let actor = match tail {
        // 十倍大牛股利通电子: the brand is the last trade-ended run.
        Some(e) if e == actor.len() && n > 6 => last_chars(actor, 4),
        _ => actor,
    };
    ((2..=8).contains(&actor.chars().count())
        && trade
        && !actor.contains(|c: char| c.is_ascii_digit())
        && !PLACE_ENDS.iter().any(|p| actor.ends_with(p)))
    .then_some(actor)
}

/// The name before a stock code in brackets that opens `actor`
/// (星辰微（688001）, 远航股份(600123.SH), 华盛科技（00981.HK）), if any.
fn listed_name(actor: &str) -> Option<&str> {
    let open = actor.find(['（', '('])?;
    let inner = &actor[open..];
    let inner = &inner[inner.chars().next().map_or(0, char::len_utf8)..];
    let close = inner.find(['）', ')'])?;
    let code = &inner[..close];
    let (digits, market) = code.split_once('.').unwrap_or((code, ""));
    let stock = digits.bytes().all(|b| b.is_ascii_digit())
        && match market {
            "" | "SH" | "SZ" | "BJ" => digits.len() == 6,
            "HK" => (4..=5).contains(&digits.len()),
            _ => false,
        };
    let name = actor[..open].trim();
    (stock && !name.is_empty()).then_some(name)
}

/// China's provinces and province-level cities and regions, as they open
/// company names (江西同欣…有限公司).
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
];

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
    // A company word that always ends a name ends the one before it; a
    // party's role (受让人, 竞得人, 投资方) is the label before a name.
    for w in [
        "有限公司",
        "有限责任公司",
        // 本地生物科技公司康达生物医药有限公司: a kind of company before
        // the name.
        "公司",
        "中标",
        "委托",
        "受让人",
        "受让方",
        "竞得人",
        "竞买人",
        "中标人",
        "投资方",
        "投资人",
        "承建方",
        "合作方",
        "甲方",
        "乙方",
    ] {
        if let Some(p) = short_rfind(run, w) {
            cut = cut.max(start + p + w.len());
        }
    }
    for w in [
        "与", "和", "及", "由", "是", "为", "在", "同", "向", "对", "的", "了", "就", "将",
    ] {
        // 和 and 同 at the very start of a clause join nothing: they begin
        // the name (和大集团, 同方股份); prepositions (由, 在, 与) do not.
        let opens = crate::clause::opens_clause(s, start) || s[..start].ends_with(['、', '>']);
        // 江西同欣科技, 浙江和达电器: after a bare province they begin the
        // name too (宜宾市和宁德时代…: a city and a company are two parties).
        let from = cut - start;
        let placed = |p: usize| PROVINCES.contains(&run.get(from..p).unwrap_or(""));
        let joins = |p: usize| !(matches!(w, "和" | "同") && ((p == 0 && opens) || placed(p)));
        if let Some(p) = short_rfind(run, w).filter(|&p| joins(p)) {
            cut = cut.max(start + p + w.len());
        }
    }
    // （一）浙江某公司: an enumerator is no part of the name.
    skip_enumerator(s, cut, k)
}

/// The companies sentence `s` names, for a document's memory: full company
/// names (江苏雨润集团), brands heading project names (盼盼食品…基地) and
/// brands that open the sentence and invest (格力电器投资…).
pub(super) fn companies_in(s: &str, names: &[NameReading<'_>]) -> Vec<String> {
    companies_scan(s, names)
}

/// The words without one of which a sentence names no company: company
/// words, trade words (the end of a brand) and a heading colon.
static COMPANY_SIGNS: std::sync::LazyLock<crate::scan::Lexicon> = std::sync::LazyLock::new(|| {
    crate::scan::Lexicon::new(
        COMPANY_ENDS
            .iter()
            .chain(TRADES)
            .chain(BRAND_TRADES)
            .chain(&["：", ":"])
            .copied(),
    )
});

/// Whether sentence `s` may name a company (see [`companies_in`]): a cheap
/// test before its names are read.
pub(crate) fn may_name_company(s: &str) -> bool {
    COMPANY_SIGNS.is_match(s)
}

fn companies_scan(s: &str, names: &[NameReading<'_>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if may_hold_company_word(s) {
        for (k, e) in company_words(s) {
            let c = &s[company_start(s, k)..e];
            if is_company(c) && c.chars().all(is_name_char) {
                out.push(c.to_string());
            }
        }
    }
    for n in names {
        out.extend(n.brand.map(|e| s[n.start..n.start + e].to_string()));
        let actor = n.actor.unwrap_or_else(|| sentence_actor(s, n.start));
        out.extend(actor.map(str::to_string));
    }
    out.sort();
    out.dedup();
    out
}

/// The brand of a known company: its name without company words, trade
/// words and a place in brackets (蔓莎（苏州）科技集团有限公司 → 蔓莎).
pub(crate) fn stem(company: &str) -> &str {
    let mut c = company;
    loop {
        let before = c.len();
        for w in COMPANY_ENDS.iter().chain(TRADES) {
            // The last bytes first: most words end otherwise.
            if c.as_bytes().last() != w.as_bytes().last() {
                continue;
            }
            if let Some(h) = c.strip_suffix(w) {
                c = h;
            }
        }
        if c.ends_with(['）', ')']) {
            if let Some(k) = c.rfind(['（', '(']) {
                c = &c[..k];
            }
        }
        if c.len() == before {
            return c;
        }
    }
}

/// Words that head names of every kind and are no brand.
const NOT_BRANDS: &[&str] = &["中国", "国家", "全国", "中心", "国际", "全球", "中华"];

/// The head of `name` that is the brand of a known company (盼盼生产基地项目
/// with 盼盼食品 known → 盼盼; 雨润农产品… with 江苏雨润集团 → 雨润), with the
/// trade word after it when the name has one (氢易能源…). `known` holds the
/// companies' [`stem`]s, worked out once when they are remembered.
fn known_head<'a, K: AsRef<str>>(name: &'a str, known: &[K]) -> Option<&'a str> {
    let mut best: Option<usize> = None;
    // A head the brand ends with ends in the brand's last character, one
    // of the name's first (within 18 bytes): most brands fail this at once.
    let reach = name
        .char_indices()
        .map(|(j, c)| j + c.len_utf8())
        .take_while(|&end| end <= 18)
        .last()
        .unwrap_or(0);
    let firsts = CharFilter::of(&name[..reach]);
    for k in known {
        let st = k.as_ref();
        if !st.chars().next_back().is_some_and(|c| firsts.may_hold(c)) {
            continue;
        }
        let mut e = 0;
        for (j, c) in name.char_indices() {
            let end = j + c.len_utf8();
            if end > 18 {
                break;
            }
            if st.ends_with(&name[..end]) {
                e = end;
            }
        }
        let head = &name[..e];
        // The whole brand, or the brand after a place of up to three
        // characters (江苏雨润 → 雨润), never a common word (数据, 科技).
        let place = st.len() - e;
        if head.chars().count() < 2
            || st[..place].chars().count() > 3
            || GENERIC.contains(&head)
            || SECTORS.contains(&head)
            || NOT_BRANDS.iter().any(|w| head.starts_with(w))
            || PLACE_ENDS.iter().any(|p| head.ends_with(p))
            || name[e..].chars().count() < 4
        {
            continue;
        }
        let e = TRADES
            .iter()
            .find(|t| name[e..].starts_with(*t) && name.len() - e - t.len() >= 12)
            .map_or(e, |t| e + t.len());
        if best.is_none_or(|b| e > b) {
            best = Some(e);
        }
    }
    best.map(|e| &name[..e])
}

/// A filter of the characters of a short text: one bit per character's
/// hash, so a character it does not hold is told at once.
struct CharFilter(u64);

impl CharFilter {
    fn of(text: &str) -> CharFilter {
        CharFilter(text.chars().fold(0, |bits, c| bits | CharFilter::bit(c)))
    }

    fn bit(c: char) -> u64 {
        1 << (u32::from(c).wrapping_mul(0x9E37_79B1) >> 26)
    }

    /// Whether the text may hold `c` (it surely does not when this is false).
    fn may_hold(&self, c: char) -> bool {
        self.0 & CharFilter::bit(c) != 0
    }
}

/// The last `n` characters of `s`.
fn last_chars(s: &str, n: usize) -> &str {
    let from = s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &s[from..]
}
