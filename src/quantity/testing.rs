//! Test support of the quantity modules: [`q`] shows what a sentence
//! yields, `facts!` and `no_fact!` make a test of it.

use crate::fact::FactData;

use super::find_quantities;

/// Each quantity of `s` as `text=kind:value[/upper] unit qualifier role-or-noun-or-direction`.
pub(super) fn q(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let numerals: Vec<usize> = s
        .char_indices()
        .filter(|&(_, c)| crate::number::is_numeral_char(c))
        .map(|(i, _)| i)
        .collect();
    find_quantities(s, &numerals, &[], &mut out);
    out.iter()
        .map(|f| {
            let t = &s[f.start..f.end];
            match &f.data {
                FactData::Money(m) => format!(
                    "{t}=money:{}{} {} {:?} {:?} {:?}",
                    m.value,
                    m.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                    m.unit,
                    m.currency,
                    m.qualifier,
                    m.role
                ),
                FactData::Count(c) => format!(
                    "{t}=count:{}{} {} {:?} {}",
                    c.value,
                    c.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                    c.classifier,
                    c.qualifier,
                    c.noun.as_deref().unwrap_or("-")
                ),
                FactData::Area(x) => format!(
                    "{t}=area:{} {} {} {:?} {:?}",
                    x.value, x.amount, x.unit, x.qualifier, x.role
                ),
                FactData::Percent(p) => format!(
                    "{t}=percent:{}{} {:?} {:?} {:?}",
                    p.value,
                    p.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                    p.unit,
                    p.qualifier,
                    p.direction
                ),
                _ => unreachable!(),
            }
        })
        .collect()
}

/// A sentence that has exactly these facts.
macro_rules! facts {
    ($name:ident, $s:expr, [$($want:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!($crate::quantity::testing::q($s), want, "{}", $s);
        }
    };
}
/// A sentence that has no quantity fact at all.
macro_rules! no_fact {
    ($name:ident, $s:expr) => {
        #[test]
        fn $name() {
            assert_eq!(
                $crate::quantity::testing::q($s),
                Vec::<String>::new(),
                "{}",
                $s
            );
        }
    };
}
