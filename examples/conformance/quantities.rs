//! The suites on numbers, percentages, money and areas.

use super::*;

/// One numeral against its expected value, without what the
/// `[numeral-conventions]` read as no part of it.
pub fn number_check(c: &mut Checks, text: &str, expected: Option<&Value>) -> Out {
    out_by("number", text)?;
    let exp = exact(expected)?;
    let mut t = text.trim().to_string();
    for rule in section(&data().table, "numeral-conventions") {
        if let Some(p) = rule.pat.as_ref().filter(|p| p.is_match(&t)) {
            t = p.replace_all(&t, "").into_owned();
            c.diff(difference(&rule.key));
        }
    }
    let (got, shown) = (parse_number(&t), format!("{text} = {exp}"));
    c.check(got == Some(exp), shown, format!("{got:?}"))
}

/// `Number_NumberModel.json`: `parse_number` on each matched text.
pub fn rt_number(case: &Case) -> Checks {
    if case.v.get("IgnoreResolution").and_then(Value::as_bool) == Some(true) {
        return Checks::of(case.input, |_| Err(reason("ignored")));
    }
    by_result(case, "number", extra_in(None), |c, w, _| {
        number_check(c, w.text, w.v.pointer("/Resolution/value"))
    })
}

/// Duckling's `numeral.json`: `parse_number` on the example.
pub fn duckling_numeral(case: &Case) -> Checks {
    let value = case.v.get("value");
    Checks::of(case.input, |c| number_check(c, case.input, value))
}

/// Whether `f` is a percentage read from a vague pair of digits
/// (百分之二三十: from the numeral with the first digit to the one with
/// the second; `[vague-pair]` in `scope.txt`).
fn is_vague(f: &Fact) -> bool {
    let cap = pattern("vague-pair").captures(&f.text);
    let (FactData::Percent(p), Some(cap)) = (&f.data, cap) else {
        return false;
    };
    let read = |d| parse_number(&format!("{}{}{}", &cap[1], &cap[d], &cap[4]));
    let pair = read(2).zip(read(3)).filter(|(lo, hi)| lo < hi);
    pair.is_some_and(|(lo, hi)| (p.value, p.upper) == (lo, Some(hi)))
}

/// `Number_PercentModel.json`: the extractor's percent facts; a vague pair
/// the peer does not have (二三十个百分点) is a DIFFERENCE.
pub fn rt_percent(case: &Case) -> Checks {
    let vague = |c: &mut Checks| c.diff(difference("vague-pair"));
    if case.wants.is_empty() && out_by("percent-negative", case.input).is_ok() {
        let facts = facts(case.input, case.reference, "percent");
        if !facts.is_empty() && facts.iter().all(is_vague) {
            return Checks::of(case.input, |c| {
                vague(c);
                c.pass()
            });
        }
    }
    let extra = |c: &mut Checks, f: &Fact| match is_vague(f) {
        true => vague(c),
        false => extra_in(Some("percent"))(c, f),
    };
    by_result(case, "percent", extra, |c, w, percents| {
        out_by("percent", w.text)?;
        let value = w.v.pointer("/Resolution/value").and_then(Value::as_str);
        let exp = exact(value.map(|v| v.trim_end_matches('%').into()).as_ref())?;
        let point = reads("percent-point", w.text);
        let expected = format!("{} = {exp}{}", w.text, if point { " point" } else { "%" });
        let hit = percents.iter().find(|f| w.covers(f));
        let Some((f, FactData::Percent(p))) = hit.map(|f| (f, &f.data)) else {
            return c.fail(expected, elsewhere(percents));
        };
        let unit_ok = (p.unit == PercentUnit::Point) == point;
        // A range whose high end the peer reports alone.
        let high = unit_ok && p.upper == Some(exp) && p.value != exp;
        c.diff_if(high, "range-high-end");
        let ok = unit_ok && p.value == exp || high;
        c.judge(ok, same_text(f, w.text), expected, show(f))
    })
}

/// Our currency for a peer's currency name (`[currency]`).
pub fn currency_of(name: &str) -> Option<Currency> {
    serde_json::from_value(Value::from(label("currency", name)?)).ok()
}

/// The money of a fact.
fn money(f: &Fact) -> Option<&Money> {
    match &f.data {
        FactData::Money(m) => Some(m),
        _ => None,
    }
}

/// `NumberWithUnit_CurrencyModel.json`: an extra money fact is wrong with
/// a money word (`[money-unit]`), a DIFFERENCE without (奖池36.57亿).
pub fn rt_currency(case: &Case) -> Checks {
    let extra = |c: &mut Checks, f: &Fact| match money(f) {
        Some(m) if reads("money-unit", &m.unit) => {
            let _ = c.check(false, "no money here", format!("extra {}", show(f)));
        }
        _ => c.diff(difference("bare-scale-extra")),
    };
    by_result(case, "money", extra, |c, w, all| {
        let (text, res) = (w.text, &w.v["Resolution"]);
        out_by("money", text)?;
        let cur = currency_of(s(res, "isoCurrency")).ok_or_else(|| reason("currency"))?;
        let here: Vec<&Fact> = all.iter().filter(|f| w.covers(f)).collect();
        let Some(exp) = res.get("value").and_then(dec) else {
            // A currency name without an amount (人民币 美元): no money here.
            let expected = format!("{text}: no amount");
            return c.check(here.is_empty(), expected, show_all(&here));
        };
        let expected = format!("{text} = {exp} {cur:?}");
        if here.is_empty() {
            return c.fail(expected, elsewhere(all));
        }
        let one = match here[..] {
            [f] => money(f).filter(|m| m.currency == cur).map(|m| m.value),
            _ => None,
        };
        // 2.02107211321364E+23: the peer's value is a double (15 digits).
        let double = one.is_some_and(|v| v != exp && v.round_sf(15) == Some(exp));
        c.diff_if(double, "double");
        let wrong = here.iter().any(|f| same_text(f, text));
        c.judge(double || one == Some(exp), wrong, expected, show_all(&here))
    })
}

/// A money case on the whole input: one money fact of `low` (..`high`) in
/// `cur`; out of scope without a SPEC currency or an exact value.
fn money_whole(c: &mut Checks, cur: Option<Currency>, [low, high]: [Option<Decimal>; 2]) -> Out {
    let (Some(cur), Some(low)) = (cur, low) else {
        // The whole case is out of scope: no conversion made counts.
        c.diffs.clear();
        return Err(reason(if cur.is_none() { "currency" } else { "inexact" }));
    };
    let all = facts(&c.input, None, "money");
    let is = |m: &Money| m.value == low && m.upper == high && m.currency == cur;
    let ok = matches!(&all[..], [f] if money(f).is_some_and(is));
    let wrong = all.iter().any(|f| same_text(f, &c.input));
    let h = high.map(|h| format!("..{h}")).unwrap_or_default();
    c.judge(ok, wrong, format!("{low}{h} {cur:?}"), show_all(&all))
}

/// JioNLP's `money_parser_cases.json`; without a money word
/// (`[money-word]`) we read no money.
pub fn jio_money_parser(case: &Case) -> Checks {
    let (input, exp) = (case.input, &case.v["expected"]);
    Checks::of(input, |c| {
        out_by("money", input)?;
        let cur = currency_of(s(exp, "case"));
        if cur.is_some() && !reads("money-word", input) {
            c.diff(difference("bare-number"));
            let all = facts(input, None, "money");
            return c.check(all.is_empty(), "no money (no money word)", show_all(&all));
        }
        let [low, high] = match exp.get("num") {
            Some(Value::Array(v)) => [v.first().and_then(dec), v.get(1).and_then(dec)],
            v => [v.and_then(dec), None],
        };
        let over = words("over").any(|w| input.contains(w));
        let over = over && cur.is_some() && low.is_some() && high.is_some();
        c.diff_if(over, "over-as-range");
        money_whole(c, cur, [low, high.filter(|_| !over)])
    })
}

/// JioNLP's `money_extractor_cases.json`: our money facts' texts.
pub fn jio_money_spans(case: &Case) -> Checks {
    by_result(case, "money", extra_in(Some("money")), |c, w, all| {
        out_by("money", w.text)?;
        let here: Vec<&Fact> = all.iter().filter(|f| w.near(f)).collect();
        let expected = format!("money span {}", w.text);
        if all.iter().any(|f| f.text == w.text) {
            c.pass()
        } else if here.is_empty() {
            c.fail(expected, elsewhere(all))
        } else {
            c.check(false, expected, show_all(&here))
        }
    })
}

/// Duckling's `amount_of_money.json`.
pub fn duckling_money(case: &Case) -> Checks {
    let (ex, exp) = (case.input, case.v);
    Checks::of(ex, |c| {
        out_by("money", ex)?;
        let cur = match s(exp, "unit") {
            "Dollar" if ex.contains('元') => {
                c.diff(difference("yuan-dollar"));
                Some(Currency::Cny)
            }
            "Cent" => return Err(reason("sub-units")),
            unit => currency_of(unit),
        };
        let [low, high] = match s(exp, "type") {
            "between" => ["from", "to"].map(|k| exp.get(k).and_then(dec)),
            _ => [exp.get("value").and_then(dec), None],
        };
        money_whole(c, cur, [low, high])
    })
}

/// `NumberWithUnit_DimensionModel.json`: only areas (`[area-unit]`) are
/// ours; one the peer does not list is wrong.
pub fn rt_dimension(case: &Case) -> Checks {
    by_result(case, "area", extra_in(Some("area")), |c, w, areas| {
        let res = &w.v["Resolution"];
        let unit = label("area-unit", s(res, "unit")).ok_or_else(|| reason("non-area"))?;
        let exp = exact(res.get("value"))?;
        let hit = areas.iter().find(|f| w.covers(f));
        let is = |a: &Area| a.amount == exp && a.unit == unit;
        let ok = matches!(hit.map(|f| &f.data), Some(FactData::Area(a)) if is(a));
        let wrong = hit.is_some_and(|f| same_text(f, w.text));
        let expected = format!("{} = {exp} {unit}", w.text);
        c.judge(ok, wrong, expected, show_all(hit))
    })
}
