//! The suites on numbers, percentages, money and areas.

use super::*;

/// One numeral against its expected value, without what the
/// `[numeral-conventions]` read as no part of it.
pub fn number_check(c: &mut Checks, text: &str, expected: Option<&Value>) {
    if let Some(reason) = out_class("number", text) {
        return c.out(reason);
    }
    let Some(exp) = expected.and_then(dec) else {
        return c.out(reason("inexact"));
    };
    let mut t = text.trim().to_string();
    for rule in rules("numeral-conventions") {
        if let Some(p) = rule.pat.as_ref().filter(|p| p.is_match(&t)) {
            t = p.replace_all(&t, "").into_owned();
            c.diff(difference(&rule.key));
        }
    }
    let got = parse_number(&t);
    c.check(
        got == Some(exp),
        format!("{text} = {exp}"),
        format!("{got:?}"),
    );
}

/// `Number_NumberModel.json`: `parse_number` on each matched text.
pub fn rt_number(case: &Case) -> Checks {
    if case.v.get("IgnoreResolution").and_then(Value::as_bool) == Some(true) {
        return Checks::out_case(case.input, reason("ignored"));
    }
    by_result(case, "number", extra_in(None), |c, w, _| {
        number_check(c, w.text, w.v.pointer("/Resolution/value"));
    })
}

/// Duckling's `numeral.json`: `parse_number` on the example.
pub fn duckling_numeral(case: &Case) -> Checks {
    case.whole(|c| number_check(c, case.input, case.v.get("value")))
}

/// `Number_PercentModel.json`: the extractor's percent facts.
pub fn rt_percent(case: &Case) -> Checks {
    // 二三十个百分点: the peer has no percent; ours is a range (二十..三十).
    let is_vague = |f: &Fact| matches!(&f.data, FactData::Percent(p) if vague_pair(&f.text) == Some((p.value, p.upper)));
    if case.wants.is_empty() && out_class("percent-negative", case.input).is_none() {
        let facts = facts(case.input, case.reference, "percent");
        if !facts.is_empty() && facts.iter().all(is_vague) {
            return case.whole(|c| {
                c.diff(difference("vague-pair"));
                c.pass();
            });
        }
    }
    let extra = |c: &mut Checks, f: &Fact| {
        if is_vague(f) {
            c.diff(difference("vague-pair"));
        } else {
            extra_in(Some("percent"))(c, f);
        }
    };
    by_result(case, "percent", extra, |c, w, percents| {
        if let Some(reason) = out_class("percent", w.text) {
            return c.out(reason);
        }
        let value = w.v.pointer("/Resolution/value").and_then(Value::as_str);
        let Some(exp) = value.and_then(|v| dec(&v.trim_end_matches('%').into())) else {
            return c.out(reason("inexact"));
        };
        let point = reads("percent-point", w.text);
        let expected = format!("{} = {exp}{}", w.text, if point { " point" } else { "%" });
        let hit = percents.iter().find(|f| w.covers(f));
        let Some((f, FactData::Percent(p))) = hit.map(|f| (f, &f.data)) else {
            return c.miss(expected, elsewhere(percents));
        };
        let unit_ok = (p.unit == PercentUnit::Point) == point;
        if unit_ok && p.value == exp {
            c.pass();
        } else if unit_ok && p.upper == Some(exp) {
            c.pass();
            c.diff(difference("range-high-end"));
        } else {
            c.wrong_if(same_text(f, w.text), expected, show(f));
        }
    })
}

/// The range of a percentage's vague pair of digits (百分之二三十: the
/// numeral with the first digit, with the second).
fn vague_pair(text: &str) -> Option<(Decimal, Option<Decimal>)> {
    let t = after_word("percent-prefixes", text);
    let t = before_word("percent-suffixes", t).unwrap_or(t);
    let chars: Vec<char> = t.chars().collect();
    let digits = words("vague-digits").collect::<String>();
    let digit = |c: char| digits.contains(c);
    let i = chars.windows(2).position(|w| digit(w[0]) && digit(w[1]))?;
    let without = |k: usize| -> String {
        let mut v = chars.clone();
        v.remove(k);
        v.into_iter().collect()
    };
    let (lo, hi) = (parse_number(&without(i + 1))?, parse_number(&without(i))?);
    (lo < hi).then_some((lo, Some(hi)))
}

/// Our currency for a peer's currency name (`[currency]`).
pub fn currency_of(name: &str) -> Option<Currency> {
    serde_json::from_value(Value::from(label("currency", name)?)).ok()
}

/// `NumberWithUnit_CurrencyModel.json`: an extra money fact is wrong with
/// a money word (`[money-unit]`), a DIFFERENCE without (奖池36.57亿).
pub fn rt_currency(case: &Case) -> Checks {
    let extra = |c: &mut Checks, f: &Fact| match &f.data {
        FactData::Money(m) if reads("money-unit", &m.unit) => {
            c.fail("no money here", format!("extra {}", show(f)));
        }
        _ => c.diff(difference("bare-scale-extra")),
    };
    by_result(case, "money", extra, |c, w, money| {
        let (text, res) = (w.text, &w.v["Resolution"]);
        if let Some(reason) = out_class("money", text) {
            return c.out(reason);
        }
        let Some(cur) = currency_of(s(res, "isoCurrency")) else {
            return c.out(reason("currency"));
        };
        let here: Vec<&Fact> = money.iter().filter(|f| w.covers(f)).collect();
        let Some(exp) = res.get("value").and_then(dec) else {
            // A currency name without an amount (人民币 美元): no money here.
            let expected = format!("{text}: no amount");
            return c.check(here.is_empty(), expected, show_all(&here));
        };
        let expected = format!("{text} = {exp} {cur:?}");
        let is = |m: &Money| m.value == exp && m.currency == cur;
        // 2.02107211321364E+23: the peer's value is a double (15 digits).
        let as_double =
            |m: &Money| m.currency == cur && m.value != exp && m.value.round_sf(15) == Some(exp);
        match here[..] {
            [f] if matches!(&f.data, FactData::Money(m) if is(m)) => c.pass(),
            [f] if matches!(&f.data, FactData::Money(m) if as_double(m)) => {
                c.diff(difference("double"));
                c.pass();
            }
            [] => c.miss(expected, elsewhere(money)),
            _ => {
                let wrong = here.iter().any(|f| same_text(f, text));
                c.wrong_if(wrong, expected, show_all(&here));
            }
        }
    })
}

/// A money case on the whole input: one money fact of `low` (..`high`) in
/// `cur`; out of scope without a SPEC currency or an exact value.
fn money_whole(c: &mut Checks, cur: Option<Currency>, low: Option<Decimal>, high: Option<Decimal>) {
    let (Some(cur), Some(low)) = (cur, low) else {
        // The whole case is out of scope: no conversion made counts.
        c.diffs.clear();
        let key = if cur.is_none() { "currency" } else { "inexact" };
        return c.out(reason(key));
    };
    let money = facts(&c.input, None, "money");
    let is = |m: &Money| m.value == low && m.upper == high && m.currency == cur;
    if matches!(money.as_slice(), [f] if matches!(&f.data, FactData::Money(m) if is(m))) {
        c.pass();
    } else {
        let wrong = money.iter().any(|f| same_text(f, &c.input));
        let h = high.map(|h| format!("..{h}")).unwrap_or_default();
        c.wrong_if(wrong, format!("{low}{h} {cur:?}"), show_all(&money));
    }
}

/// JioNLP's `money_parser_cases.json`; without a money word
/// (`[money-word]`) we read no money.
pub fn jio_money_parser(case: &Case) -> Checks {
    let (input, exp) = (case.input, &case.v["expected"]);
    case.whole(|c| {
        if let Some(reason) = out_class("money", input) {
            return c.out(reason);
        }
        let cur = currency_of(s(exp, "case"));
        if cur.is_some() && !reads("money-word", input) {
            c.diff(difference("bare-number"));
            let money = facts(input, None, "money");
            let expected = "no money (no money word)".into();
            return c.check(money.is_empty(), expected, show_all(&money));
        }
        let (low, high) = match exp.get("num") {
            Some(Value::Array(v)) => (v.first().and_then(dec), v.get(1).and_then(dec)),
            v => (v.and_then(dec), None),
        };
        let over = words("over").any(|w| input.contains(w));
        if cur.is_some() && low.is_some() && high.is_some() && over {
            c.diff(difference("over-as-range"));
            return money_whole(c, cur, low, None);
        }
        money_whole(c, cur, low, high)
    })
}

/// JioNLP's `money_extractor_cases.json`: our money facts' texts.
pub fn jio_money_spans(case: &Case) -> Checks {
    by_result(case, "money", extra_in(Some("money")), |c, w, money| {
        if let Some(reason) = out_class("money", w.text) {
            return c.out(reason);
        }
        let here: Vec<&Fact> = money.iter().filter(|f| w.near(f)).collect();
        let expected = format!("money span {}", w.text);
        if money.iter().any(|f| f.text == w.text) {
            c.pass();
        } else if here.is_empty() {
            c.miss(expected, elsewhere(money));
        } else {
            c.fail(expected, show_all(&here));
        }
    })
}

/// Duckling's `amount_of_money.json`.
pub fn duckling_money(case: &Case) -> Checks {
    let (ex, exp) = (case.input, case.v);
    case.whole(|c| {
        if let Some(reason) = out_class("money", ex) {
            return c.out(reason);
        }
        let cur = match s(exp, "unit") {
            "Dollar" if ex.contains('元') => {
                c.diff(difference("yuan-dollar"));
                Some(Currency::Cny)
            }
            "Cent" => return c.out(reason("sub-units")),
            unit => currency_of(unit),
        };
        let [low, high] = match s(exp, "type") {
            "between" => ["from", "to"].map(|k| exp.get(k).and_then(dec)),
            _ => [exp.get("value").and_then(dec), None],
        };
        money_whole(c, cur, low, high)
    })
}

/// `NumberWithUnit_DimensionModel.json`: only areas (`[area-unit]`) are
/// ours; one the peer does not list is wrong.
pub fn rt_dimension(case: &Case) -> Checks {
    by_result(case, "area", extra_in(Some("area")), |c, w, areas| {
        let res = &w.v["Resolution"];
        let Some(unit) = label("area-unit", s(res, "unit")) else {
            return c.out(reason("non-area"));
        };
        let Some(exp) = res.get("value").and_then(dec) else {
            return c.out(reason("inexact"));
        };
        let hit = areas.iter().find(|f| w.covers(f));
        let is = |a: &Area| a.amount == exp && a.unit == unit;
        if matches!(hit.map(|f| &f.data), Some(FactData::Area(a)) if is(a)) {
            c.pass();
        } else {
            let wrong = hit.is_some_and(|f| same_text(f, w.text));
            c.wrong_if(wrong, format!("{} = {exp} {unit}", w.text), show_all(hit));
        }
    })
}
