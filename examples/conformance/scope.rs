//! The data files of the conformance example (`suites.txt`, `scope.txt`,
//! `labels.txt`): `[section]` lines, each followed by its `key: value`
//! lines, `#` starting a comment line; and the scope rules of `scope.txt`.

use super::*;

/// One `key: value` line of a data file: (line number, key, value).
pub type Entry = (usize, String, String);

/// A data file: its sections, in order, with their entries.
#[derive(Debug, Default)]
pub struct Sections(pub Vec<(String, Vec<Entry>)>);

impl Sections {
    /// Parses the text of the data file `name`; an error names the line.
    pub fn parse(name: &str, text: &str) -> Result<Sections, String> {
        let mut out: Vec<(String, Vec<Entry>)> = Vec::new();
        for (no, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                out.push((section.to_string(), Vec::new()));
                continue;
            }
            let err = |m: &str| format!("{name} line {no}: {m}");
            let (key, value) = line.split_once(':').ok_or_else(|| err("no `key:`"))?;
            let entries = &mut out.last_mut().ok_or_else(|| err("no section"))?.1;
            entries.push((no, key.trim().to_string(), value.trim().to_string()));
        }
        Ok(Sections(out))
    }

    /// The entries of a section (empty when absent).
    pub fn get(&self, section: &str) -> &[Entry] {
        let found = self.0.iter().find(|s| s.0 == section);
        found.map_or(&[], |s| s.1.as_slice())
    }
}

/// A month-day of a `[fuzzy]` rule: the month (`None`: the peer's) and the
/// day (`None`: the month's last).
pub type MonthDay = (Option<u32>, Option<u32>);

/// The data files, parsed once by `main`: the scope rules, `labels.txt`,
/// `suites.txt`, and of `labels.txt` the `[fuzzy]` rules (the text's
/// ending, first and last day, DIFFERENCE key) and the `[timex]` patterns.
#[derive(Debug, Default)]
pub struct Data {
    pub table: Table,
    pub labels: Sections,
    pub suites: Sections,
    pub fuzzy: Vec<(String, [MonthDay; 2], String)>,
    pub timex: Vec<(String, Regex)>,
}

/// The data, once `main` has loaded it (empty until then).
pub static DATA: OnceLock<Data> = OnceLock::new();

/// The data.
pub fn data() -> &'static Data {
    DATA.get_or_init(Data::default)
}

impl Data {
    /// Parses the data files, which are compiled in.
    pub fn load() -> Result<Data, String> {
        let labels = Sections::parse("labels.txt", include_str!("labels.txt"))?;
        // `m` stands for any month only as the month, `last` for the
        // month's last day only as the day.
        let part = |t: &str, any: &str| {
            if t == any {
                Some(None)
            } else {
                t.parse().ok().map(Some)
            }
        };
        let md = |t: &str| {
            t.split_once('-')
                .and_then(|(m, d)| Some((part(m, "m")?, part(d, "last")?)))
        };
        let fuzzy = labels.get("fuzzy").iter().map(|(no, end, rule)| {
            let bad =
                format!("labels.txt line {no}: a fuzzy rule is FROM TO KEY (M-D, `m`, `last`)");
            match rule.split_whitespace().collect::<Vec<_>>()[..] {
                [a, b, key] => Ok((
                    end.clone(),
                    [md(a).ok_or(&bad)?, md(b).ok_or(&bad)?],
                    key.into(),
                )),
                _ => Err(bad),
            }
        });
        let timex = labels.get("timex").iter().map(|(no, key, p)| {
            let re = Regex::new(p).map_err(|e| format!("labels.txt line {no}: {}", one_line(e)));
            Ok((key.clone(), re?))
        });
        Ok(Data {
            table: Table::parse(include_str!("scope.txt"))?,
            fuzzy: fuzzy.collect::<Result<_, String>>()?,
            timex: timex.collect::<Result<_, String>>()?,
            suites: Sections::parse("suites.txt", include_str!("suites.txt"))?,
            labels,
        })
    }

    /// The summary groups, in print order.
    pub fn groups(&'static self) -> impl Iterator<Item = &'static str> + Clone {
        let groups = self.suites.0.iter().map(|s| s.0.as_str());
        groups.filter(|g| *g != "not run")
    }

    /// The files run: (group, (line, `folder/name`, suite)), in run order.
    pub fn files(&'static self) -> impl Iterator<Item = (&'static str, &'static Entry)> {
        self.groups()
            .flat_map(|g| self.suites.get(g).iter().map(move |e| (g, e)))
    }
}

/// A regex error on one line (its own text spans several).
fn one_line(e: regex::Error) -> String {
    e.to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The value of `key` in `section` of `labels.txt`.
pub fn label(section: &str, key: &str) -> Option<&'static str> {
    let entry = data().labels.get(section).iter().find(|e| e.1 == key);
    entry.map(|e| e.2.as_str())
}

/// The words of `key` in `[words]` of `labels.txt` (space-separated).
pub fn words(key: &str) -> impl Iterator<Item = &'static str> + Clone {
    let found = or_missing(label("words", key), "labels.txt", key);
    found.split_whitespace()
}

/// The `[timex]` pattern of `key` in `labels.txt`.
pub fn timex(key: &str) -> &'static Regex {
    static NONE: LazyLock<Regex> = LazyLock::new(|| Regex::new("$^").expect("valid"));
    let found = data().timex.iter().find(|t| t.0 == key).map(|t| &t.1);
    found.unwrap_or_else(|| {
        or_missing(None, "labels.txt", key);
        &NONE
    })
}

/// The scope rule whose `key:` is `key`.
pub fn keyed_rule(key: &str) -> Option<&'static Rule> {
    let mut rules = data().table.sections.iter().flat_map(|s| &s.1);
    rules.find(|r| r.key == key)
}

/// Keys the code names that a data file lacks; `run` fails on the first
/// (exit code 2), so a renamed key is an error, not a panic.
pub static MISSING: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// `found`, or "?" after noting that `file` has no `key`.
fn or_missing(found: Option<&'static str>, file: &str, key: &str) -> &'static str {
    found.unwrap_or_else(|| {
        if let Ok(mut missing) = MISSING.lock() {
            missing.push(format!("{file} has no key `{key}` (the code names it)"));
        }
        "?"
    })
}

/// The DIFFERENCE class of `key` (`labels.txt`).
pub fn difference(key: &str) -> &'static str {
    or_missing(label("difference", key), "labels.txt", key)
}

/// The class of the scope rule whose `key:` is `key`, for a key the code
/// names.
pub fn reason(key: &str) -> &'static str {
    let class = keyed_rule(key).map(|r| r.class.as_str());
    or_missing(class, "scope.txt", key)
}

/// What a matching rule decides: covered by SPEC.md; not covered (the
/// class is counted); or covered, and by SPEC *not* a date (a bare 2018:
/// the peer's value becomes "no date", the class a DIFFERENCE).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    In,
    #[default]
    Out,
    NotADate,
}

/// One rule of the table (the keys of `scope.txt`; `why` is not kept).
#[derive(Debug, Default)]
pub struct Rule {
    pub class: String,
    pub key: String,
    pub verdict: Verdict,
    pub same: bool,
    pub pat: Option<Regex>,
    pub also: Option<Regex>,
    pub unless: Option<Regex>,
    pub include: Option<String>,
}

/// The parsed scope table: rules per section, in order, and the named
/// patterns of `[define]`, expanded.
#[derive(Debug, Default)]
pub struct Table {
    pub sections: Vec<(String, Vec<Rule>)>,
    pub defines: Vec<(String, String)>,
}

/// How much of the table applies in the current run: 0, (a) SPEC's scope,
/// all of it; 1, (b) all but the same-subject `out` rules; 2, (c) only the
/// `in` and `not-a-date` rules, to find wrong facts.
pub static MODE: AtomicUsize = AtomicUsize::new(0);

impl Table {
    /// Parses the text of `scope.txt`; an error names the line.
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut t = Table::default();
        for (section, entries) in Sections::parse("scope.txt", text)?.0 {
            let mut rules: Vec<Rule> = Vec::new();
            for (no, key, value) in entries {
                let err = |m: &str| format!("scope.txt line {no}: {m}");
                let value = t.expand(&value);
                if section == "define" {
                    t.defines.push((key, value));
                    continue;
                } else if key == "class" {
                    rules.push(Rule {
                        class: value,
                        ..Rule::default()
                    });
                    continue;
                }
                let rule = rules.last_mut().ok_or_else(|| err("no `class:` yet"))?;
                let regex = |p: &str| Regex::new(p).map(Some).map_err(|e| err(&one_line(e)));
                match key.as_str() {
                    "verdict" => {
                        rule.verdict = match value.as_str() {
                            "in" => Verdict::In,
                            "out" => Verdict::Out,
                            "not-a-date" => Verdict::NotADate,
                            _ => return Err(err("verdict is in, out or not-a-date")),
                        }
                    }
                    "match" => rule.pat = regex(&value)?,
                    "also" => rule.also = regex(&value)?,
                    "unless" => rule.unless = regex(&value)?,
                    "include" => rule.include = Some(value),
                    "same" => rule.same = value == "yes",
                    "key" => rule.key = value,
                    "why" => {}
                    _ => return Err(err("unknown key")),
                }
            }
            if section != "define" {
                t.sections.push((section, rules));
            }
        }
        Ok(t)
    }

    /// `{NAME}` replaced by the named patterns defined so far.
    pub fn expand(&self, p: &str) -> String {
        let defines = self.defines.iter();
        defines.fold(p.to_string(), |p, (n, v)| p.replace(&format!("{{{n}}}"), v))
    }

    /// The rules of a section (empty when absent).
    pub fn rules(&self, section: &str) -> &[Rule] {
        let found = self.sections.iter().find(|(n, _)| n == section);
        found.map_or(&[], |(_, r)| r.as_slice())
    }

    /// The first rule of `section` that matches `t` in the current mode.
    pub fn decide(&'static self, section: &str, t: &str) -> Option<(Verdict, &'static str)> {
        let m = MODE.load(Ordering::Relaxed);
        for rule in self.rules(section) {
            if let Some(inc) = &rule.include {
                match self.decide(inc, t) {
                    Some(v) => return Some(v),
                    None => continue,
                }
            }
            let skipped = rule.verdict == Verdict::Out && (m == 2 || (m == 1 && rule.same));
            if rule.matches(t) && !skipped {
                return Some((rule.verdict, &rule.class));
            }
        }
        None
    }

    /// Whether `class` is marked as the library's subject matter.
    pub fn same_subject(&self, class: &str) -> bool {
        let mut rules = self.sections.iter().flat_map(|(_, r)| r);
        rules.any(|r| r.class == class && r.same)
    }
}

impl Rule {
    /// Whether the rule's patterns match `t` (never without `match:`).
    pub fn matches(&self, t: &str) -> bool {
        self.pat.as_ref().is_some_and(|p| p.is_match(t))
            && self.also.as_ref().is_none_or(|p| p.is_match(t))
            && !self.unless.as_ref().is_some_and(|p| p.is_match(t))
    }
}

/// The out-of-scope class of `section`'s rules for `t`, or `None` (in scope).
pub fn out_class(section: &str, t: &str) -> Option<&'static str> {
    match data().table.decide(section, t.trim()) {
        Some((Verdict::Out, class)) => Some(class),
        _ => None,
    }
}

/// Whether an `in` rule of `section` matches `t`: the sections that say
/// which texts a suite reads (a money word, 24时 …).
pub fn reads(section: &str, t: &str) -> bool {
    data().table.decide(section, t.trim()).map(|d| d.0) == Some(Verdict::In)
}

/// Strips what is not part of the date (`[words]` date-prefixes before it,
/// date-suffixes after it).
pub fn strip_affixes(t: &str) -> &str {
    let t = after_word("date-prefixes", t.trim());
    before_word("date-suffixes", t).unwrap_or(t).trim()
}

/// `t` without the first of the `[words]` of `key` that it starts with.
pub fn after_word<'t>(key: &str, t: &'t str) -> &'t str {
    words(key).find_map(|w| t.strip_prefix(w)).unwrap_or(t)
}

/// What of `t` comes before the first of the `[words]` of `key` that it
/// ends with.
pub fn before_word<'t>(key: &str, t: &'t str) -> Option<&'t str> {
    words(key).find_map(|w| t.strip_suffix(w))
}

/// The `[date]` rules on a date expression without its affixes: the
/// verdict with its class (`In` when no rule matches).
pub fn date_scope(text: &str) -> (Verdict, &'static str) {
    let decided = data().table.decide("date", strip_affixes(text));
    decided.unwrap_or((Verdict::In, ""))
}
