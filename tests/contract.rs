//! The JSON contract of SPEC.md, and the auto traits of the public types.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::json;
use zhfacts::{
    Currency, DateFact, Document, Event, EventType, Extractor, Fact, FactData, Granularity, Money,
    MoneyRole, Qualifier, Span,
};

#[test]
fn money_fact_serialises_as_in_the_spec() {
    let f = Fact {
        id: 0,
        text: "49.72亿元".into(),
        span: Span::from(812..825),
        sentence: 9,
        section: zhfacts::Section::Body,
        data: FactData::Money(Money {
            value: Decimal::new(4972, 2) * Decimal::from(100_000_000),
            currency: Currency::Cny,
            unit: "亿元".into(),
            qualifier: Qualifier::Exact,
            upper: None,
            role: MoneyRole::Investment,
            subject: Some("总投资".into()),
        }),
    };
    let got: serde_json::Value = serde_json::to_value(&f).unwrap();
    let want = json!({"id":0,"kind":"money","text":"49.72亿元","span":[812,825],"sentence":9,
        "value":"4972000000","currency":"CNY","unit":"亿元","qualifier":"exact","role":"investment",
        "subject":"总投资","section":"body"});
    assert_eq!(got, want);
}

#[test]
fn date_and_event_serialise_with_spec_names() {
    let d = DateFact {
        from: NaiveDate::from_ymd_opt(2022, 4, 1),
        to: NaiveDate::from_ymd_opt(2022, 4, 10),
        granularity: Granularity::Xun,
        relative: true,
    };
    let got = serde_json::to_value(FactData::Date(d)).unwrap();
    assert_eq!(
        got,
        json!({"kind":"date","from":"2022-04-01","to":"2022-04-10","granularity":"xun","relative":true})
    );
    let e = Event {
        trigger: "签约".into(),
        event_type: EventType::Signing,
        date: 0,
        facts: vec![1, 2],
    };
    let got = serde_json::to_value(FactData::Event(e)).unwrap();
    assert_eq!(
        got,
        json!({"kind":"event","trigger":"签约","type":"signing","date":0,"facts":[1,2]})
    );
    // Without a reference date: relative, no interval in the JSON.
    let d = DateFact {
        from: None,
        to: None,
        granularity: Granularity::Year,
        relative: true,
    };
    assert_eq!(
        serde_json::to_value(FactData::Date(d)).unwrap(),
        json!({"kind":"date","granularity":"year","relative":true})
    );
}

#[test]
fn percent_has_null_direction_and_decimals_have_no_trailing_zeros() {
    let facts = Extractor::new().extract(&Document::parse("覆盖率达100.0%，总投资12.50亿元"));
    let v = serde_json::to_value(&facts).unwrap();
    assert_eq!(v[0]["value"], "100");
    assert_eq!(v[0]["direction"], serde_json::Value::Null);
    assert_eq!(v[1]["value"], "1250000000");
}

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Extractor>();
    assert_send_sync::<Document<'static>>();
    assert_send_sync::<Fact>();
    assert_send_sync::<zhfacts::Error>();
}
