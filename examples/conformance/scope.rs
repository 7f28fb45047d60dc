//! The data files (`suites.txt`, `scope.txt`, `labels.txt`): `[section]`
//! lines, each followed by `key: value` lines (`#` starts a comment line),
//! and the scope rules of `scope.txt`, which its header explains.

use super::*;

/// One `key: value` line of a data file: (line number, key, value).
pub type Entry = (usize, String, String);

/// Named sections of items, in file order.
pub type Named<T> = Vec<(String, Vec<T>)>;

/// The items of section `name` (empty when absent).
pub fn section<'a, T>(all: &'a Named<T>, name: &str) -> &'a [T] {
    let found = all.iter().find(|s| s.0 == name);
    found.map_or(&[], |s| s.1.as_slice())
}

/// Parses the data file `name` into its sections; an error names the line.
pub fn parse_sections(name: &str, text: &str) -> Result<Named<Entry>, String> {
    let mut out: Named<Entry> = Vec::new();
    for (no, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((section.to_string(), Vec::new()));
        } else if !line.is_empty() && !line.starts_with('#') {
            let err = |m: &str| format!("{name} line {no}: {m}");
            let (key, value) = line.split_once(':').ok_or_else(|| err("no `key:`"))?;
            let entries = &mut out.last_mut().ok_or_else(|| err("no section"))?.1;
            entries.push((no, key.trim().to_string(), value.trim().to_string()));
        }
    }
    Ok(out)
}

/// The data files, parsed once by `run`; `scope.txt` as rules per section.
#[derive(Debug, Default)]
pub struct Data {
    pub table: Named<Rule>,
    pub labels: Named<Entry>,
    pub suites: Named<Entry>,
}

/// The data, once `run` has loaded it (empty until then).
pub static DATA: OnceLock<Data> = OnceLock::new();

/// The data.
pub fn data() -> &'static Data {
    DATA.get_or_init(Data::default)
}

impl Data {
    /// Parses the data files, which are compiled in.
    pub fn load() -> Result<Data, String> {
        let labels = parse_sections("labels.txt", include_str!("labels.txt"))?;
        let table = parse_table(include_str!("scope.txt"))?;
        let mut fuzzy = section(&labels, "fuzzy").iter();
        if let Some((no, ..)) = fuzzy.find(|e| fuzzy_rule(&e.2).is_none()) {
            let form = "a fuzzy rule is FROM TO KEY (M-D, `m`, `last`)";
            return Err(format!("labels.txt line {no}: {form}"));
        }
        let suites = parse_sections("suites.txt", include_str!("suites.txt"))?;
        Ok(Data {
            table,
            labels,
            suites,
        })
    }

    /// The summary groups, in print order.
    pub fn groups(&'static self) -> impl Iterator<Item = &'static str> + Clone {
        let groups = self.suites.iter().map(|s| s.0.as_str());
        groups.filter(|g| *g != "not run")
    }

    /// The files run: (group, (line, `folder/name`, suite)), in run order.
    pub fn files(&'static self) -> impl Iterator<Item = (&'static str, &'static Entry)> {
        let entries = |g| section(&self.suites, g).iter().map(move |e| (g, e));
        self.groups().flat_map(entries)
    }
}

/// A `[fuzzy]` month-day: the month (`None`: the peer's), the day (`None`:
/// the month's last).
pub type MonthDay = (Option<u32>, Option<u32>);

/// A `[fuzzy]` rule `FROM TO KEY`: two `M-D` (`m` only as the month,
/// `last` only as the day) and the DIFFERENCE key.
pub fn fuzzy_rule(rule: &str) -> Option<([MonthDay; 2], &str)> {
    let part = |t: &str, any| t.parse().ok().map(Some).or((t == any).then_some(None));
    let md = |t: &str| {
        t.split_once('-')
            .and_then(|(m, d)| Some((part(m, "m")?, part(d, "last")?)))
    };
    let [a, b, key] = rule.split_whitespace().collect::<Vec<_>>()[..] else {
        return None;
    };
    Some(([md(a)?, md(b)?], key))
}

/// The value of `key` in `section` of `labels.txt`.
pub fn label(section: &str, key: &str) -> Option<&'static str> {
    let entries = self::section(&data().labels, section);
    entries.iter().find(|e| e.1 == key).map(|e| e.2.as_str())
}

/// The words of `key` in `[words]` of `labels.txt` (space-separated).
pub fn words(key: &str) -> impl Iterator<Item = &'static str> + Clone {
    or_missing(label("words", key), "labels.txt", key, "?").split_whitespace()
}

/// The DIFFERENCE class of `key` (`labels.txt`).
pub fn difference(key: &str) -> &'static str {
    or_missing(label("difference", key), "labels.txt", key, "?")
}

/// Keys the code names that a data file lacks; `run` fails on the first
/// (exit code 2), so a renamed key is an error, not a panic.
pub static MISSING: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// `found`, or `none` after noting that `file` has no `key`.
fn or_missing<T>(found: Option<T>, file: &str, key: &str, none: T) -> T {
    found.unwrap_or_else(|| {
        let note = format!("{file} has no key `{key}` (the code names it)");
        MISSING.lock().map(|mut m| m.push(note)).ok();
        none
    })
}

/// The scope rule whose `key:` is `key`.
pub fn keyed_rule(key: &str) -> Option<&'static Rule> {
    let mut all = data().table.iter().flat_map(|s| &s.1);
    all.find(|r| r.key == key)
}

/// The class of the scope rule whose `key:` is `key`.
pub fn reason(key: &str) -> &'static str {
    let class = keyed_rule(key).map(|r| r.class.as_str());
    or_missing(class, "scope.txt", key, "?")
}

/// The `match:` of the rule whose `key:` is `key` (never matches when absent).
pub fn pattern(key: &str) -> &'static Regex {
    static NONE: LazyLock<Regex> = LazyLock::new(|| Regex::new("$^").expect("valid"));
    let found = keyed_rule(key).and_then(|r| r.pat.as_ref());
    or_missing(found, "scope.txt", key, &NONE)
}

/// What a matching rule decides: in SPEC's scope; out (the class is
/// counted); or in, and by SPEC no date (the class is a DIFFERENCE).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    In,
    #[default]
    Out,
    NotADate,
}

/// One rule of `scope.txt` (`why` is not kept); `tests` are `also:` (must
/// match too: `true`) and `unless:` (must not: `false`).
#[derive(Debug, Default)]
pub struct Rule {
    pub class: String,
    pub key: String,
    pub verdict: Verdict,
    pub same: bool,
    pub pat: Option<Regex>,
    pub tests: Vec<(bool, Regex)>,
    pub include: Option<String>,
}

impl Rule {
    /// Sets the rule's `key:` to `value`; an error says what is wrong.
    fn set(&mut self, key: &str, value: String) -> Result<(), String> {
        let one_line = |e: regex::Error| Vec::from_iter(e.to_string().split_whitespace()).join(" ");
        let regex = || Regex::new(&value).map_err(one_line);
        match key {
            "class" => self.class = value,
            "verdict" => {
                self.verdict = match value.as_str() {
                    "in" => Verdict::In,
                    "out" => Verdict::Out,
                    "not-a-date" => Verdict::NotADate,
                    _ => return Err("verdict is in, out or not-a-date".into()),
                }
            }
            "match" => self.pat = Some(regex()?),
            "also" | "unless" => self.tests.push((key == "also", regex()?)),
            "include" => self.include = Some(value),
            "same" => self.same = value == "yes",
            "key" => self.key = value,
            "why" => {}
            _ => return Err("unknown key".into()),
        }
        Ok(())
    }

    /// Whether the rule's patterns match `t` (never without `match:`).
    pub fn matches(&self, t: &str) -> bool {
        let tests = || self.tests.iter().all(|(must, p)| p.is_match(t) == *must);
        self.pat.as_ref().is_some_and(|p| p.is_match(t)) && tests()
    }
}

/// How much of the table applies in the current run: 0, (a) all of it; 1,
/// (b) all but the same-subject `out` rules; 2, (c) no `out` rule.
pub static MODE: AtomicUsize = AtomicUsize::new(0);

/// Parses `scope.txt` into rules per section, `{NAME}` replaced by the
/// patterns of `[define]`; an error names the line.
fn parse_table(text: &str) -> Result<Named<Rule>, String> {
    let (mut table, mut defines) = (Vec::new(), Vec::<(String, String)>::new());
    for (section, entries) in parse_sections("scope.txt", text)? {
        let mut rules: Vec<Rule> = Vec::new();
        for (no, key, value) in entries {
            let define = |p: String, (n, v): &(String, String)| p.replace(&format!("{{{n}}}"), v);
            let value = defines.iter().fold(value, define);
            if section == "define" {
                defines.push((key, value));
                continue;
            } else if key == "class" {
                rules.push(Rule::default());
            }
            let err = |m: String| format!("scope.txt line {no}: {m}");
            let no_class = || err("no `class:` yet".into());
            let rule = rules.last_mut().ok_or_else(no_class)?;
            rule.set(&key, value).map_err(err)?;
        }
        if section != "define" {
            table.push((section, rules));
        }
    }
    Ok(table)
}

/// The first rule of `section` that matches `t` in the current mode.
pub fn decide(section: &str, t: &str) -> Option<(Verdict, &'static str)> {
    let m = MODE.load(Ordering::Relaxed);
    let mut rules = self::section(&data().table, section).iter();
    rules.find_map(|rule| match &rule.include {
        Some(inc) => decide(inc, t),
        None => {
            let skipped = rule.verdict == Verdict::Out && (m == 2 || (m == 1 && rule.same));
            (rule.matches(t) && !skipped).then_some((rule.verdict, rule.class.as_str()))
        }
    })
}

/// Whether `class` is marked as the library's subject matter.
pub fn same_subject(class: &str) -> bool {
    let mut rules = data().table.iter().flat_map(|(_, r)| r);
    rules.any(|r| r.class == class && r.same)
}

/// The out-of-scope class of `section`'s rules for `t`, or `None` (in scope).
pub fn out_class(section: &str, t: &str) -> Option<&'static str> {
    match decide(section, t.trim()) {
        Some((Verdict::Out, class)) => Some(class),
        _ => None,
    }
}

/// `Err` with the out-of-scope class of `section`'s rules for `t`.
pub fn out_by(section: &str, t: &str) -> Out {
    out_class(section, t).map_or(Ok(()), Err)
}

/// Whether an `in` rule of `section` matches `t` (a money word, 24时 …).
pub fn reads(section: &str, t: &str) -> bool {
    decide(section, t.trim()).map(|d| d.0) == Some(Verdict::In)
}

/// `t` without the `[words]` date-prefixes before it, date-suffixes after it.
pub fn strip_affixes(t: &str) -> &str {
    let t = t.trim();
    let prefix = words("date-prefixes").find_map(|w| t.strip_prefix(w));
    let t = prefix.unwrap_or(t);
    before_word("date-suffixes", t).unwrap_or(t).trim()
}

/// What of `t` comes before the first of the `[words]` of `key` it ends with.
pub fn before_word<'t>(key: &str, t: &'t str) -> Option<&'t str> {
    words(key).find_map(|w| t.strip_suffix(w))
}

/// The `[date]` rules on a date text without its affixes (`In`: no match).
pub fn date_scope(text: &str) -> (Verdict, &'static str) {
    decide("date", strip_affixes(text)).unwrap_or((Verdict::In, ""))
}
