//! The scope rules of the conformance example: the engine over `scope.txt`.

use super::*;

// ---------------------------------------------------------------------------
// Scope: the rule table (examples/conformance/scope.txt)
// ---------------------------------------------------------------------------

/// The scope rules, read from the data file next to this example.
pub(crate) const SCOPE_TABLE: &str = include_str!("scope.txt");

/// What a matching rule decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Covered by SPEC.md.
    In,
    /// Not covered; the class is counted.
    Out,
    /// Covered, and by SPEC it is *not* a date (a bare 2018).
    NotADate,
}

/// One rule of the table.
#[derive(Debug)]
pub(crate) struct Rule {
    /// The name the example reports.
    pub(crate) class: &'static str,
    /// What a match decides.
    pub(crate) verdict: Verdict,
    /// Same subject matter as the library (scored in the wide column).
    pub(crate) same: bool,
    /// Why the class is out of scope.
    pub(crate) why: String,
    /// The test (`None`: never matches, unless `include` is set).
    pub(crate) pat: Option<Regex>,
    /// A second regex that must match too.
    pub(crate) also: Option<Regex>,
    /// A regex that must not match.
    pub(crate) unless: Option<Regex>,
    /// Another section tried in place of `pat`.
    pub(crate) include: Option<String>,
}

/// The parsed table: rules per section, in order, and the named patterns.
#[derive(Debug, Default)]
pub(crate) struct Table {
    /// (section, rules).
    pub(crate) sections: Vec<(String, Vec<Rule>)>,
    /// (name, expanded pattern).
    pub(crate) defines: Vec<(String, String)>,
}

/// How much of the table applies: (a) all of it, (b) all but the
/// same-subject classes, (c) only the `in` and `not-a-date` rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// (a): SPEC's scope.
    Spec,
    /// (b): SPEC's scope plus the same subject matter.
    Subject,
    /// (c): every case compared, to find wrong facts.
    All,
}

/// The mode of the current run (0, 1, 2 = [`Mode`] in order).
pub(crate) static MODE: AtomicU8 = AtomicU8::new(0);

/// The table, parsed once by `main` (empty until then).
pub(crate) static TABLE: OnceLock<Table> = OnceLock::new();

/// Sets the mode of the following run.
pub(crate) fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

/// The mode of the current run.
pub(crate) fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Spec,
        1 => Mode::Subject,
        _ => Mode::All,
    }
}

/// The parsed table.
pub(crate) fn table() -> &'static Table {
    TABLE.get_or_init(Table::default)
}

impl Table {
    /// Parses the table text; an error names the line.
    pub(crate) fn parse(text: &str) -> Result<Table, String> {
        let mut t = Table::default();
        let mut section: Option<String> = None;
        for (no, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let err = |m: &str| format!("scope.txt line {}: {m}", no + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.to_string());
                if name != "define" {
                    t.sections.push((name.to_string(), Vec::new()));
                }
                continue;
            }
            let (key, value) = line.split_once(':').ok_or_else(|| err("no `key:`"))?;
            let value = t.expand(value.trim());
            if section.as_deref() == Some("define") {
                t.defines.push((key.trim().to_string(), value));
                continue;
            }
            let rules = &mut t.sections.last_mut().ok_or_else(|| err("no section"))?.1;
            if key == "class" {
                rules.push(Rule {
                    class: Box::leak(value.into_boxed_str()),
                    verdict: Verdict::Out,
                    same: false,
                    why: String::new(),
                    pat: None,
                    also: None,
                    unless: None,
                    include: None,
                });
                continue;
            }
            let rule = rules.last_mut().ok_or_else(|| err("no `class:` yet"))?;
            let regex = |p: &str| Regex::new(p).map_err(|e| err(&e.to_string()));
            match key {
                "verdict" => {
                    rule.verdict = match value.as_str() {
                        "in" => Verdict::In,
                        "out" => Verdict::Out,
                        "not-a-date" => Verdict::NotADate,
                        _ => return Err(err("verdict is in, out or not-a-date")),
                    }
                }
                "match" => rule.pat = Some(regex(&value)?),
                "also" => rule.also = Some(regex(&value)?),
                "unless" => rule.unless = Some(regex(&value)?),
                "include" => rule.include = Some(value),
                "same" => rule.same = value == "yes",
                "why" => rule.why = value,
                _ => return Err(err("unknown key")),
            }
        }
        Ok(t)
    }

    /// `{NAME}` replaced by the named patterns defined so far.
    pub(crate) fn expand(&self, p: &str) -> String {
        self.defines
            .iter()
            .fold(p.to_string(), |p, (n, v)| p.replace(&format!("{{{n}}}"), v))
    }

    /// A named pattern ("" when absent).
    pub(crate) fn define(&self, name: &str) -> &str {
        self.defines
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v)
    }

    /// The rules of a section (empty when absent).
    pub(crate) fn rules(&self, section: &str) -> &[Rule] {
        self.sections
            .iter()
            .find(|(n, _)| n == section)
            .map_or(&[], |(_, r)| r.as_slice())
    }

    /// The first rule of `section` that matches `t` in the current mode.
    pub(crate) fn decide(&'static self, section: &str, t: &str) -> Option<(Verdict, &'static str)> {
        let m = mode();
        for rule in self.rules(section) {
            let skipped = rule.verdict == Verdict::Out
                && (m == Mode::All || (m == Mode::Subject && rule.same));
            if let Some(inc) = &rule.include {
                if let Some(v) = self.decide(inc, t) {
                    return Some(v);
                }
                continue;
            }
            let hit = rule.pat.as_ref().is_some_and(|p| p.is_match(t))
                && rule.also.as_ref().is_none_or(|p| p.is_match(t))
                && !rule.unless.as_ref().is_some_and(|p| p.is_match(t));
            if hit && !skipped {
                return Some((rule.verdict, rule.class));
            }
        }
        None
    }

    /// Whether `class` is marked as the library's subject matter.
    pub(crate) fn same_subject(&self, class: &str) -> bool {
        self.sections
            .iter()
            .flat_map(|(_, r)| r)
            .any(|r| r.class == class && r.same)
    }
}

/// The out-of-scope class of `section`'s rules for `t`, or `None` (in scope).
pub(crate) fn out_class(section: &str, t: &str) -> Option<&'static str> {
    match table().decide(section, t.trim()) {
        Some((Verdict::Out, class)) => Some(class),
        _ => None,
    }
}

/// Why a numeral is outside SPEC.md's "Numbers" section, or `None`.
pub(crate) fn number_scope(text: &str) -> Option<&'static str> {
    out_class("number", text)
}

/// Why a percentage is outside SPEC.md, or `None`.
pub(crate) fn percent_scope(text: &str) -> Option<&'static str> {
    out_class("percent", text)
}

/// Why a money expression is outside SPEC.md, or `None`.
pub(crate) fn money_scope(text: &str) -> Option<&'static str> {
    out_class("money", text)
}

/// DIFFERENCE: 余/多 are qualifiers (SPEC `over`), not part of the numeral;
/// they are removed before `parse_number`, whose contract is the numeral.
pub(crate) const DIFF_QUALIFIER_IN_NUMERAL: &str =
    "余/多 are qualifiers (SPEC over), removed before parse_number";

/// DIFFERENCE: a trailing classifier (一个, 0個) is a count, not a numeral.
pub(crate) const DIFF_CLASSIFIER: &str =
    "trailing classifier 个 is a count, removed before parse_number";

/// DIFFERENCE: we keep both ends of a range (5-20%: 5..20); the peer reports
/// only the high end.
pub(crate) const DIFF_RANGE_HIGH_END: &str =
    "range: peer reports only the high end; we give value..upper";

/// Our currency for a peer's currency name, or `None` when SPEC does not
/// cover it (SPEC: 元/美元/欧元/港元/日元/英镑).
pub(crate) fn currency_of(name: &str) -> Option<Currency> {
    Some(match name {
        "CNY" | "元" | "人民币" => Currency::Cny,
        "USD" | "美元" => Currency::Usd,
        "EUR" | "欧元" => Currency::Eur,
        "HKD" | "港元" | "港币" => Currency::Hkd,
        "JPY" | "日元" => Currency::Jpy,
        "GBP" | "英镑" => Currency::Gbp,
        _ => return None,
    })
}

/// DIFFERENCE: SPEC reads a scale word without 元 as money only next to a
/// money word (投资120亿); peers read bare numbers as 元 or ignore them.
pub(crate) const DIFF_BARE_NUMBER: &str =
    "a bare number is money only next to a money word (SPEC); peer defaults to 元";

/// DIFFERENCE: we read a bare scale after a money word as money where the
/// peer does not (奖池36.57亿).
pub(crate) const DIFF_BARE_SCALE_EXTRA: &str =
    "bare scale after a money word read as money (SPEC); peer has no fact";

/// DIFFERENCE: 3000多欧元 is value 3000 with qualifier `over`; JioNLP gives
/// the range to the next step (3000..4000).
pub(crate) const DIFF_OVER_AS_RANGE: &str =
    "余/多: low end with qualifier over (SPEC); JioNLP gives a range to the next step";

/// DIFFERENCE: Duckling's 元 is the generic `Dollar`; ours is CNY.
pub(crate) const DIFF_YUAN_DOLLAR: &str = "元 is CNY (Duckling: generic Dollar)";

/// The scope decision for a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateScope {
    /// Covered by SPEC.md.
    In,
    /// Not covered; the reason is counted.
    Out(&'static str),
    /// Covered, and by SPEC it is *not* a date (a bare 2018): the peer's
    /// value is replaced by "no date" and the class counted as a DIFFERENCE.
    NotADate(&'static str),
}

/// Strips what is not part of the date (从/自/在 before it, 左右/许 after it).
pub(crate) fn strip_affixes(t: &str) -> &str {
    let t = t.trim();
    let t = t.strip_prefix(['从', '從', '自', '在']).unwrap_or(t);
    let t = t
        .strip_suffix("左右")
        .or_else(|| t.strip_suffix('许'))
        .unwrap_or(t);
    t.trim()
}

/// Why a date expression is outside SPEC.md ("Date conventions"), or `In`:
/// the `[date]` rules on the text without its affixes.
pub(crate) fn date_scope(text: &str) -> DateScope {
    match table().decide("date", strip_affixes(text)) {
        Some((Verdict::Out, c)) => DateScope::Out(c),
        Some((Verdict::NotADate, c)) => DateScope::NotADate(c),
        Some((Verdict::In, _)) | None => DateScope::In,
    }
}

/// 近两年, 近3年来: SPEC's 近N年 (the `[date]` rule of that name).
pub(crate) fn is_near_years(t: &str) -> bool {
    table()
        .rules("date")
        .iter()
        .find(|r| r.class == "SPEC 近N年")
        .and_then(|r| r.pat.as_ref())
        .is_some_and(|p| p.is_match(t))
}
