//! Fractions for [`parse_number`](super::parse_number): `五分之一` (one
//! fifth), `一千分之二十三`, `3又一千分之23` (a whole and a fraction), `16/5`,
//! `３／５`, `1 3/5`.
//!
//! A fraction is a number only when its value is an exact decimal
//! (`二分之一` = 0.5, `十六分之五` = 0.3125); one that is not (`三分之一`)
//! has no value rather than a rounded one, as SPEC wants exact decimals.
//! The extractor never hands a fraction to `parse_number` (its numerals
//! hold no 分之 or `/`), so this reads only what a caller passes; SPEC
//! leaves fractions in prose optional, and the extractor gives only the
//! shares of 百分之/千分之/万分之… as percentages.

use rust_decimal::Decimal;

use super::parse_number;

/// The value of `s` when it is written as a fraction: `Some(None)` for a
/// fraction with no exact decimal value (or a zero denominator, or a part
/// that is no number), `None` when `s` holds no fraction mark (分之, `/`,
/// `／`) and is read as a plain numeral.
pub(super) fn parse_fraction(s: &str) -> Option<Option<Decimal>> {
    if let Some((den, num)) = split_fen_zhi(s) {
        return Some(with_whole(den, |den| ratio(num, den)));
    }
    let (head, den) = s.split_once(['/', '／'])?;
    let arabic = |t: &str| !t.is_empty() && t.chars().all(super::is_arabic);
    // 1 3/5: a whole, a space, then the fraction; 16/5 alone.
    let (whole, num) = match head.trim().rsplit_once(char::is_whitespace) {
        Some((w, n)) => (Some(w.trim()), n),
        None => (None, head.trim()),
    };
    let den = den.trim();
    if !arabic(num) || !arabic(den) || whole.is_some_and(|w| !arabic(w)) {
        return Some(None);
    }
    let part = ratio(num, den);
    Some(match whole {
        Some(w) => part.and_then(|p| parse_number(w)?.checked_add(p)),
        None => part,
    })
}

/// `s` split at its first 分之, which a layout may space out (`二分 之一`,
/// `三 分之 壹`): the denominator before it and the numerator after it.
fn split_fen_zhi(s: &str) -> Option<(&str, &str)> {
    let mut from = 0;
    while let Some(i) = s[from..].find('分').map(|i| from + i) {
        let after = &s[i + '分'.len_utf8()..];
        if let Some(num) = after.trim_start_matches(super::is_space).strip_prefix('之') {
            return Some((&s[..i], num));
        }
        from = i + '分'.len_utf8();
    }
    None
}

/// `num` over `den`, exactly, or `None`.
fn ratio(num: &str, den: &str) -> Option<Decimal> {
    let (num, den) = (parse_number(num)?, parse_number(den)?);
    if den.is_zero() {
        return None;
    }
    terminates(num, den)?.then_some(())?;
    Some(num.checked_div(den)?.normalize())
}

/// Whether `num / den` is a finite decimal: its reduced denominator has no
/// prime factor but 2 and 5 (1/3 would round to 28 digits). `None` when
/// the integers overflow.
fn terminates(num: Decimal, den: Decimal) -> Option<bool> {
    // num = n / 10^a, den = d / 10^b, so num / den = (n·10^b) / (d·10^a).
    let pow = |k: u32| 10_i128.checked_pow(k);
    let n = num.mantissa().checked_mul(pow(den.scale())?)?;
    let mut d = den.mantissa().checked_mul(pow(num.scale())?)?;
    let (mut x, mut y) = (n.abs(), d.abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    if x == 0 {
        return None;
    }
    d = (d / x).abs();
    for p in [2, 5] {
        while d % p == 0 {
            d /= p;
        }
    }
    Some(d == 1)
}

/// A Chinese fraction `den` (its denominator) with a whole before 又
/// (`3又一千` of `3又一千分之23`): the whole plus the fraction `part`
/// computes from the denominator alone.
fn with_whole(den: &str, part: impl Fn(&str) -> Option<Decimal>) -> Option<Decimal> {
    match den.split_once('又') {
        Some((whole, den)) => parse_number(whole)?.checked_add(part(den)?),
        None => part(den),
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::super::parse_number;

    fn n(s: &str) -> Option<String> {
        parse_number(s).map(|d| d.normalize().to_string())
    }

    #[test]
    fn exact_fractions() {
        assert_eq!(n("四分之三"), Some("0.75".into()));
        assert_eq!(n("二十分之七"), Some("0.35".into()));
        assert_eq!(n("一千分之九"), Some("0.009".into()));
        assert_eq!(n("八分之2"), Some("0.25".into()));
        assert_eq!(n("2又四分之一"), Some("2.25".into()));
        assert_eq!(n("负五又二分之一"), Some("-5.5".into()));
        assert_eq!(n("7/4"), Some("1.75".into()));
        assert_eq!(n("２／８"), Some("0.25".into()));
        assert_eq!(n("2 1/4"), Some("2.25".into()));
        assert_eq!(n("-9/4"), Some("-2.25".into()));
    }

    #[test]
    fn spaced_fractions() {
        assert_eq!(n("二分 之一"), Some("0.5".into()));
        assert_eq!(n("二分 之壹"), Some("0.5".into()));
        assert_eq!(n("四 分\u{3000}之 三"), Some("0.75".into()));
        assert_eq!(n("2 又 四分  之一"), Some("2.25".into()));
        assert_eq!(n("三分 之一"), None);
        assert_eq!(n("二分 一"), None);
    }

    #[test]
    fn inexact_or_malformed_fractions_have_no_value() {
        assert_eq!(n("三分之一"), None);
        assert_eq!(n("六分之五"), None);
        assert_eq!(n("零分之一"), None);
        assert_eq!(n("0/0"), None);
        assert_eq!(n("分之一"), None);
        assert_eq!(n("三分之"), None);
        assert_eq!(n("三/五"), None);
        assert_eq!(n("1/2/3"), None);
        assert_eq!(n("a 1/2"), None);
        assert_eq!(n("３分之一百五十七"), None);
        assert_eq!(n("七分之七"), Some("1".into()));
        assert_eq!(parse_number("2/3"), None::<Decimal>);
    }
}
