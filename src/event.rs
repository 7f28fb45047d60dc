//! Dated events: a clause with a date and an event verb, linked to the
//! quantities of its clause (or of the following clauses of its sentence).
//!
//! - The date of a verb is the one before it in its clause, else one between
//!   a ceremony and its 举行 (`集中签约仪式3月8日下午在高新区举行`), else the
//!   date that heads the sentence.
//! - One ceremony is one event (`集中签约仪式，共签约项目16个`); clauses with
//!   different verbs of the same type and date (`新落地…，引进…`) are two.
//! - The facts of an event are those of its clause and of the following
//!   clauses without a verb, until one starts a statement of its own
//!   (`新增企业38家`, `总数达到55家`, `投产后…`). An event whose clauses hold
//!   none takes the money and areas before its verb when money is among
//!   them (`一期项目总投资45亿元，建筑面积78.2万平方米，…，预计2016年3月竣工`).
//! - An ASCII comma between digits (`61,771万元`) is no clause break.

use std::sync::LazyLock;

use crate::scan::{Lexicon, is_han, short_find};

use crate::clause::{clause_end, clause_start, is_digit_comma};
use crate::fact::EventType;

mod triggers;
pub(crate) use triggers::TRIGGER;
use triggers::{CEREMONY, Trigger, triggers};

/// A date or quantity already found in the sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) id: usize,
    pub(crate) is_date: bool,
}

/// An event of one sentence.
#[derive(Clone, Debug)]
pub(crate) struct FoundEvent {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) trigger: (usize, usize),
    pub(crate) event_type: EventType,
    pub(crate) date: usize,
    pub(crate) facts: Vec<usize>,
}

/// Words at the head of a clause without an event verb that start a new
/// statement rather than continue the event before it (新增企业38家,
/// 总数达到55家, 投产后预计实现收入3000万元); a result in the same breath
/// (当月实现产值1.2亿元) continues it.
static NEW_STATEMENT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "新增",
        "拥有",
        "总数",
        "带动",
        "投产后",
        "建成后",
        "达产后",
        "竣工后",
    ])
});

/// What a project adds when it is built (新增年产值, 新增…面积, 新增产能,
/// 新增就业): after 新增, a clause that continues its event.
static ADDED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "产值", "面积", "产能", "收入", "营收", "税收", "就业", "岗位", "用地", "泊位",
    ])
});

/// Nouns that give a clause its own subject (项目, 工程, 公司 …).
static OWN_SUBJECT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "项目", "項目", "工程", "公司", "企业", "企業", "集团", "基地", "园区",
    ])
});

/// Finds the events of sentence `s`, given its dates and quantities sorted
/// by position.
///
/// `verbs` and `breaks` list the byte offsets of the characters that start
/// a verb and of the clause breaks (from the extractor's shared pass). An
/// ASCII comma between digits (61,771万元) is no break.
pub(crate) fn find_events(
    s: &str,
    items: &[Item],
    verbs: &[usize],
    breaks: &[usize],
    carried: Option<(usize, &[usize])>,
) -> Vec<FoundEvent> {
    let mut events: Vec<FoundEvent> = Vec::new();
    if carried.is_none() && !items.iter().any(|i| i.is_date) {
        return events;
    }
    let trig = triggers(s, verbs);
    if trig.is_empty() {
        return events;
    }
    // (date id, date start): from the sentence before when it ended in ；.
    let mut inherited: Option<(usize, usize)> = carried.map(|(id, _)| (id, 0));
    let mut current: Option<usize> = None;
    // Triggers and items are sorted: walk them with the clauses, so a long
    // sentence costs linear time.
    let (mut ti, mut ii) = (0, 0);
    let mut cs = 0;
    let mut bi = 0;
    while cs < s.len() {
        while breaks
            .get(bi)
            .is_some_and(|&b| b < cs || is_digit_comma(s, b))
        {
            bi += 1;
        }
        let ce = breaks.get(bi).copied().unwrap_or(s.len());
        let ce = dated_item_split(s, cs, ce, &items[ii..], &trig[ti..]).unwrap_or(ce);
        let limit = ce.max(cs + 1);
        let tj = ti + trig[ti..].iter().take_while(|t| t.start < limit).count();
        let ij = ii + items[ii..].iter().take_while(|i| i.start < limit).count();
        let clause = Clause {
            start: cs,
            end: ce,
            trig: &trig[ti..tj],
            items: &items[ii..ij],
        };
        (ti, ii) = (tj, ij);
        let chosen = clause.chosen();
        let lead = leading_len(&s[cs..ce]);
        let head = head_date(s, &clause, cs + lead);
        // 5月18日上午，我县2024年第二季度重大项目集中开工仪式在经开区举行:
        // a date in a ceremony's name is no date of the ceremony when the
        // sentence has given one before.
        let dated_before = inherited.is_some();
        let in_name = |d: &Item| dated_before && chosen.is_some_and(|t| names_ceremony(s, d, t));
        // 截至8月底，全县2024年度…任务已全部开工: a year's 年度 before a
        // noun says whose plan, not when; the date before stands.
        let attribute = |d: &Item| {
            dated_before && s[..d.end].ends_with("年度") && s[d.end..].starts_with(is_han)
        };
        if let Some(h) = head.filter(|h| !in_name(h) && !attribute(h)) {
            if chosen.is_none() {
                current = None;
            }
            // A glossed day's event starts with the words it glosses.
            let start = if h.start > cs + lead + 6 {
                cs + lead
            } else {
                h.start
            };
            inherited = Some((h.id, start));
        }
        let facts = clause.items.iter().filter(|i| !i.is_date).map(|i| i.id);
        let has_facts = clause.items.iter().any(|i| !i.is_date);
        let mut target = None;
        if let Some(t) = chosen {
            let own = clause
                .own_date(s, t)
                .filter(|d| !in_name(d) && !attribute(d));
            let inherit = clause.inherits(s, t, inherited);
            let date = own
                .map(|d| (d.id, cs))
                .or(inherit.map(|(id, st)| (id, st.min(cs))));
            if date.is_none() {
                // 开工仪式…举行，开工项目12个: the same verb again continues
                // the event it names.
                target = current.filter(|&k| {
                    events[k].event_type == t.ty
                        && s[events[k].trigger.0..events[k].trigger.1] == s[t.start..t.end]
                });
            }
            if let Some((date, start)) = date {
                target = Some(place_event(
                    s,
                    &mut events,
                    current,
                    t,
                    (date, start),
                    &clause,
                ));
                current = target;
            }
        } else if has_facts {
            if starts_statement(s, &clause) {
                current = None;
            }
            target = current;
        }
        if let Some(k) = target {
            events[k].end = ce;
            events[k].facts.extend(facts);
        }
        cs = ce + s[ce..].chars().next().map_or(1, char::len_utf8);
    }
    borrow_preceding_facts(s, items, &mut events);
    // 今年将完成投资85亿元，…；将开工建设…: the first event of the date the
    // sentence before gave holds that sentence's facts too (the gold reads
    // the two as one sentence).
    if let (Some((date, facts)), Some(first)) = (carried, events.first_mut()) {
        if first.date == date && first.start == 0 {
            first.facts.splice(0..0, facts.iter().copied());
        }
    }
    events
}

/// The date heading `clause` (within a few bytes of `from`, where what it
/// says starts), unless it is the day of a report (记者昨天从市统计局获悉,
/// 昨日，记者了解到: its clause or the next says so).
fn head_date<'a>(s: &str, clause: &Clause<'a>, from: usize) -> Option<&'a Item> {
    let ce = clause.end;
    // 假期首日（10月1日）, 当天（5日）: a day in brackets glossing the time
    // words that open the clause heads it too.
    let glossed = |i: &Item| {
        s[..i.start].ends_with(['（', '('])
            && s[i.end..].starts_with(['）', ')'])
            && s.get(from..i.start).is_some_and(|w| w.chars().count() <= 8)
    };
    let head = clause
        .items
        .iter()
        .find(|i| i.is_date && (i.start <= from + 6 || glossed(i)) && i.start < ce)?;
    let next = s[ce..]
        .chars()
        .next()
        .map_or(ce, |c| clause_end(s, ce + c.len_utf8()));
    // A date may run past the clause (4月20日9:00至4月25日17:00: the colon
    // of a time breaks clauses): then nothing is left to read.
    let rest = s.get(head.end..next.max(head.end)).unwrap_or("");
    let reported = REPORTED.iter().any(|v| short_find(rest, v).is_some());
    (!reported).then_some(head)
}

/// Whether a clause without a verb starts a statement of its own (新增企业38家)
/// instead of continuing the event before it; what the works add (新增年产值约
/// 30亿元, 新增商业面积3.2万平方米) continues it.
fn starts_statement(s: &str, clause: &Clause<'_>) -> bool {
    let first = clause
        .items
        .iter()
        .find(|i| !i.is_date)
        .map_or(clause.end, |i| i.start);
    let words = &s[clause.start..first];
    let adds = words.starts_with("新增") && ADDED.is_match(words);
    NEW_STATEMENT.is_match(words) && !adds
}

/// The event trigger `t` of `clause`, dated `(date, start)`, belongs to:
/// the `current` one when it is the same event (推介会…举办，签约项目9个: the
/// ceremony takes its type), else a new one. Its index in `events`.
fn place_event(
    s: &str,
    events: &mut Vec<FoundEvent>,
    current: Option<usize>,
    t: &Trigger,
    (date, start): (usize, usize),
    clause: &Clause<'_>,
) -> usize {
    if let Some(k) = current.filter(|&k| same_event(s, &events[k], t, date, clause)) {
        if events[k].event_type == EventType::Other && t.ty != EventType::Other {
            events[k].event_type = t.ty;
            events[k].trigger = (t.start, t.end);
        }
        return k;
    }
    events.push(FoundEvent {
        start,
        end: clause.end,
        trigger: (t.start, t.end),
        event_type: t.ty,
        date,
        facts: Vec::new(),
    });
    events.len() - 1
}

/// Whether the words of a clause before its verb name a time the date
/// finder left unread (一季度, 年底, 3个月后 …: no date fact there), so the
/// clause is not of the date before it.
fn names_unread_time(words: &str) -> bool {
    // 月 after a numeral (3月, 3个月, 三月); not 月亮湾, 岁月.
    let month = words.match_indices('月').any(|(k, _)| {
        words[..k].chars().next_back().is_some_and(|c| {
            c.is_ascii_digit() || c == '个' || crate::number::digit_value(c).is_some()
        })
    });
    month
        || ["季度", "年底", "年末", "年初", "年中", "半年", "旬"]
            .iter()
            .any(|w| short_find(words, w).is_some())
}

/// Verbs of a reporter learning the news (记者…从市统计局获悉): the date
/// before them in their clause is the report's.
const REPORTED: &[&str] = &["获悉", "了解到", "得知", "获知"];

/// The bytes before what a clause says: white space, and a news dateline
/// (本报讯（记者 周立新）9月16日，…: the date after it still heads the clause).
fn leading_len(clause: &str) -> usize {
    let space = clause.len() - clause.trim_start().len();
    space + dateline_len(&clause[space..])
}

/// The bytes of a news dateline that opens `clause`: 本报讯, 本台消息 … and
/// the reporters' names in brackets after it (（记者 周立新 通讯员 王敏）),
/// or such brackets alone; 0 when it opens with none.
fn dateline_len(clause: &str) -> usize {
    const OPENERS: &[&str] = &[
        "本报讯",
        "本报消息",
        "本台讯",
        "本台消息",
        "本网讯",
        "本网消息",
        "本刊讯",
        "本站讯",
    ];
    const REPORTERS: &[&str] = &["记者", "通讯员", "报道员", "实习生", "特约"];
    // 4.【广东】12月3日，…: the mark of an item in a list of news.
    let mut rest = &clause[crate::clause::item_mark_len(clause)..];
    if let Some(w) = OPENERS.iter().find(|w| rest.starts_with(*w)) {
        rest = rest[w.len()..].trim_start();
    }
    if let Some(inner) = rest.strip_prefix(['（', '(']) {
        if let Some(close) = inner.find(['）', ')']) {
            let names = &inner[..close];
            if names.chars().count() <= 40 && REPORTERS.iter().any(|r| names.contains(r)) {
                let bracket = inner[close..].chars().next().map_or(0, char::len_utf8);
                rest = inner[close + bracket..].trim_start();
            }
        }
    }
    clause.len() - rest.len()
}

/// Whether date `d` is part of the name of the ceremony trigger `t` opens
/// (2024年第二季度重大项目集中开工仪式): the ceremony's word follows the
/// verb, and only name words stand between the date and the verb (no
/// 在/于/举行 of a date that tells when it was held).
fn names_ceremony(s: &str, d: &Item, t: &Trigger) -> bool {
    let Some(between) = s.get(d.end..t.start) else {
        return false;
    };
    const CEREMONIES: [&str; 3] = ["仪式", "活动", "大会"];
    // 2026年第二季度招商引资项目“云签约”活动在市民之家举行: the ceremony
    // named before its 举行, the date in its name.
    let held = matches!(&s[t.start..t.end], "举行" | "举办" | "召开" | "开展")
        && CEREMONIES
            .iter()
            .filter_map(|w| between.find(w))
            .min()
            .is_some_and(|k| {
                let name = &between[..k];
                !name.contains(['在', '于', '，', ',', '、']) && name.chars().count() >= 2
            });
    held || CEREMONIES.iter().any(|w| s[t.end..].starts_with(w))
        && !between.contains(['在', '于', '，', ',', '、'])
        && !["举行", "举办", "召开", "启动"]
            .iter()
            .any(|w| between.contains(w))
}

/// One clause of a sentence: its bounds, triggers and items.
struct Clause<'a> {
    start: usize,
    end: usize,
    trig: &'a [Trigger],
    items: &'a [Item],
}

impl Clause<'_> {
    /// The date of trigger `t` in sentence `s`: the one before the verb,
    /// else one between it and the 举行 of its ceremony (集中签约仪式3月8日
    /// 下午在高新区举行); the latter also when the one before is part of the
    /// ceremony's name (第三季度重大项目集中签约仪式8月24日下午…举行).
    fn own_date(&self, s: &str, t: &Trigger) -> Option<&Item> {
        let before = self
            .items
            .iter()
            .rev()
            .find(|i| i.is_date && i.end <= t.start);
        let held = || {
            self.items.iter().find(|i| {
                i.is_date
                    && i.start >= t.end
                    && self.trig.iter().any(|h| h.weak && h.start >= i.end)
            })
        };
        match before {
            Some(b) if names_ceremony(s, b, t) => held().or(Some(b)),
            Some(b) => Some(b),
            None => held(),
        }
    }

    /// The date before the clause (`inherited`) that trigger `t` takes,
    /// unless the clause names a time of its own the date finder left unread
    /// before `t` (去年11月签约，一季度投产); a date read there (one of a
    /// ceremony's name) is no such time.
    fn inherits(
        &self,
        s: &str,
        t: &Trigger,
        inherited: Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let read = self
            .items
            .iter()
            .rfind(|d| d.is_date && d.end <= t.start)
            .map_or(self.start, |d| d.end.max(self.start));
        inherited.filter(|_| !names_unread_time(&s[read..t.start]))
    }

    /// The clause's event verb: the last specific one, else the last strong
    /// one, else the last.
    fn chosen(&self) -> Option<&Trigger> {
        self.trig
            .iter()
            .rev()
            .find(|t| !t.weak && t.ty != EventType::Other)
            .or_else(|| self.trig.iter().rev().find(|t| !t.weak))
            .or_else(|| self.trig.last())
    }
}

/// Whether trigger `t` of `clause` (dated `date`) continues event `e`: the
/// same type and date, and the same verb or a ceremony on either side
/// (集中签约仪式，共签约项目16个 is one event; 新落地…，引进… are two).
fn same_event(s: &str, e: &FoundEvent, t: &Trigger, date: usize, clause: &Clause<'_>) -> bool {
    if e.date != date {
        return false;
    }
    let ceremony = matches!(
        &s[e.trigger.0..e.trigger.1],
        "开展" | "举行" | "召开" | "举办"
    );
    if ceremony && e.event_type == EventType::Other {
        return CEREMONY.is_match(&s[e.start..e.end]);
    }
    if e.event_type != t.ty {
        return false;
    }
    let same_verb = s[e.trigger.0..e.trigger.1] == s[t.start..t.end];
    same_verb
        || CEREMONY.is_match(&s[e.start..e.end])
        || CEREMONY.is_match(&s[clause.start..clause.end])
}

/// 预计2027年四季度完工、2028年上半年投产: where a 、 in the clause
/// `[cs, ce)` opens a second date with its own verb after a verb of the
/// first: the first clause ends there (two events, not one).
fn dated_item_split(
    s: &str,
    cs: usize,
    ce: usize,
    items: &[Item],
    trig: &[Trigger],
) -> Option<usize> {
    let clause = s.get(cs..ce)?;
    let mut from = 0;
    while let Some(k) = clause[from..].find('、') {
        let at = cs + from + k;
        let next = at + '、'.len_utf8();
        let verb_before = trig.iter().any(|t| t.start >= cs && t.end <= at);
        let date_after = items.iter().any(|i| i.is_date && i.start == next);
        let verb_after = trig.iter().any(|t| t.start > next && t.end <= ce);
        if verb_before && date_after && verb_after {
            return Some(at);
        }
        from += k + '、'.len_utf8();
    }
    None
}

/// An event whose own and following clauses hold no facts takes the money
/// and areas of the clauses before its verb when they hold an amount of
/// money (一期项目总投资45亿元，建筑面积78.2万平方米，…，预计2016年3月竣工),
/// and its span grows to hold them; not those before an earlier event's verb. Counts and percents before it (12座车站,
/// 占比超过60%) describe something else.
fn borrow_preceding_facts(s: &str, items: &[Item], events: &mut [FoundEvent]) {
    let is_money = |i: &Item| {
        let t = &s[i.start..i.end];
        t.contains(['元', '圓']) || t.ends_with(['亿', '億', '万', '萬'])
    };
    let is_area = |i: &Item| {
        let t = &s[i.start..i.end];
        ["亩", "畝", "平方", "公顷", "公頃"]
            .iter()
            .any(|u| t.contains(u))
    };
    // 总投资2.86亿元，计划于10月开工，明年9月底前完工: what an event before it
    // in the sentence holds is that event's, not borrowed again, unless the
    // clause goes on with the same works (…项目开工，并于当年底封顶).
    let mut floor = 0;
    for e in events.iter_mut() {
        let cs = clause_start(s, e.trigger.0);
        let goes_on = ["并", "且", "随后", "同年", "当年"]
            .iter()
            .any(|w| s[cs..].trim_start().starts_with(w));
        let after = if goes_on { 0 } else { floor };
        floor = floor.max(e.trigger.1);
        if !e.facts.is_empty() {
            continue;
        }
        // 项目预计今年年底可竣工投产: a clause with its own subject is a
        // statement of its own.
        if OWN_SUBJECT.is_match(&s[cs..e.trigger.0]) {
            continue;
        }
        let before: Vec<&Item> = items
            .iter()
            .filter(|i| {
                !i.is_date
                    && i.start >= after
                    && i.end <= e.trigger.0
                    && (is_money(i) || is_area(i))
            })
            .collect();
        if !before.iter().any(|i| is_money(i)) {
            continue;
        }
        if let Some(first) = before.first() {
            e.start = e.start.min(clause_start(s, first.start));
            e.facts = before.iter().map(|i| i.id).collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str, dates: &[&str], facts: &[&str]) -> Vec<Item> {
        let mut v = Vec::new();
        for (k, d) in dates.iter().enumerate() {
            let p = s.find(d).unwrap();
            v.push(Item {
                start: p,
                end: p + d.len(),
                id: 100 + k,
                is_date: true,
            });
        }
        for (k, f) in facts.iter().enumerate() {
            let p = s.find(f).unwrap();
            v.push(Item {
                start: p,
                end: p + f.len(),
                id: k,
                is_date: false,
            });
        }
        v.sort_by_key(|i| i.start);
        v
    }

    fn ev(s: &str, dates: &[&str], facts: &[&str]) -> Vec<String> {
        let verbs: Vec<usize> = s
            .char_indices()
            .filter(|&(_, c)| TRIGGER.first_chars().contains(c))
            .map(|(i, _)| i)
            .collect();
        let breaks: Vec<usize> = s
            .char_indices()
            .filter(|&(_, c)| crate::clause::CLAUSE_BREAKS.contains(c))
            .map(|(i, _)| i)
            .collect();
        find_events(s, &items(s, dates, facts), &verbs, &breaks, None)
            .iter()
            .map(|e| {
                format!(
                    "{:?} {} d{} {:?} «{}»",
                    e.event_type,
                    &s[e.trigger.0..e.trigger.1],
                    e.date,
                    e.facts,
                    &s[e.start..e.end]
                )
            })
            .collect()
    }

    #[test]
    fn head_date_covers_the_sentence() {
        let s = "4月初，襄都区开展产业链招商项目集中签约仪式，共签约项目16个，总投资49.72亿元";
        assert_eq!(
            ev(s, &["4月初"], &["16个", "49.72亿元"]),
            [
                "Signing 签约 d100 [0, 1] «4月初，襄都区开展产业链招商项目集中签约仪式，共签约项目16个，总投资49.72亿元»"
            ]
        );
    }

    #[test]
    fn a_date_in_a_ceremony_s_name_gives_way_to_the_day_before() {
        let s = "6月2日上午，全市2023年第三季度重大项目集中签约仪式在会展中心举行，签约项目21个";
        assert_eq!(
            ev(s, &["6月2日", "2023年第三季度"], &["21个"]),
            [
                "Signing 签约 d100 [0] «6月2日上午，全市2023年第三季度重大项目集中签约仪式在会展中心举行，签约项目21个»"
            ]
        );
        // Also when the sentence ends there: the name's period is a date
        // read, no time the clause names of its own.
        let s = "6月2日上午，全市2023年第三季度重大项目集中签约仪式在会展中心举行";
        assert_eq!(
            ev(s, &["6月2日", "2023年第三季度"], &[]),
            [
                "Signing 签约 d100 [] «6月2日上午，全市2023年第三季度重大项目集中签约仪式在会展中心举行»"
            ]
        );
        // Without a day before it, the name's period is the event's date.
        let s = "全市2023年第三季度重大项目集中签约仪式在会展中心举行";
        assert_eq!(
            ev(s, &["2023年第三季度"], &[]),
            ["Signing 签约 d100 [] «全市2023年第三季度重大项目集中签约仪式在会展中心举行»"]
        );
        // A date that tells when the ceremony was held stays its date.
        let s = "据悉，园区于6月2日举行集中签约仪式，签约项目21个";
        assert_eq!(
            ev(s, &["6月2日"], &["21个"]),
            ["Signing 签约 d100 [0] «园区于6月2日举行集中签约仪式，签约项目21个»"]
        );
    }

    #[test]
    fn two_events_one_sentence() {
        let s = "2020年,襄州区86个重点项目开工建设,58个重点项目建成投产";
        assert_eq!(
            ev(s, &["2020年"], &["86个", "58个"]),
            [
                "Groundbreaking 开工 d100 [0] «2020年,襄州区86个重点项目开工建设»",
                "Production 建成投产 d100 [1] «2020年,襄州区86个重点项目开工建设,58个重点项目建成投产»",
            ]
        );
        let s = "去年新引进重点项目112个,招商引资实际到位资金389.29亿元,同比增长10.17%";
        assert_eq!(
            ev(s, &["去年"], &["112个", "389.29亿元", "10.17%"]),
            [
                "Settlement 引进 d100 [0] «去年新引进重点项目112个»",
                "Other 到位 d100 [1, 2] «去年新引进重点项目112个,招商引资实际到位资金389.29亿元,同比增长10.17%»",
            ]
        );
    }

    #[test]
    fn no_event_without_date_or_with_wish_or_date_after_verb() {
        assert!(ev("项目签约落地仅是第一步", &[], &[]).is_empty());
        assert!(
            ev(
                "3月14日,书记来到项目现场,推动项目早日投产",
                &["3月14日"],
                &[]
            )
            .is_empty()
        );
        assert!(
            ev(
                "兴业路小学项目开工,以及十八中学今年九月招生入学",
                &["今年九月"],
                &[]
            )
            .is_empty()
        );
        assert!(ev("本着“签约是铜，落地是银，达产才是金”的理念", &[], &[]).is_empty());
        assert!(ev("今年,该区开展大走访", &["今年"], &[]).is_empty());
    }

    #[test]
    fn negated_nominal_and_later_verbs_are_no_events() {
        assert!(ev("截至7月底未开工项目共5个", &["截至7月底"], &["5个"]).is_empty());
        assert!(ev("从2021年GDP完成情况来看", &["2021年"], &[]).is_empty());
        assert!(ev("目前，发改委编制完成工程总体规划", &["目前"], &[]).is_empty());
        assert!(ev("8月3日，预计一期工程6个月后竣工投产", &["8月3日"], &[]).is_empty());
        assert!(ev("今年，投产后年产值将达2亿元", &["今年"], &["2亿元"]).is_empty());
        assert!(ev("今年，推动工业供给侧改革", &["今年"], &[]).is_empty());
        assert!(ev("今年，签约及在谈项目13个", &["今年"], &["13个"]).is_empty());
        // A target is a planned event (the gold reads 今年力争…开工建设… so).
        assert_eq!(
            ev("下半年将力争新开工项目10个", &["下半年"], &["10个"]),
            ["Groundbreaking 开工 d100 [0] «下半年将力争新开工项目10个»"]
        );
    }

    #[test]
    fn date_inside_clause() {
        let s = "盼盼项目从签约到动工仅用了38天,即将在今年6月底完成厂房主体工程";
        assert_eq!(
            ev(s, &["今年6月底"], &[]),
            ["Completion 完成 d100 [] «即将在今年6月底完成厂房主体工程»"]
        );
    }
}
