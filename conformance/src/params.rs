//! Converting between botocore's JSON test values and Kumo values, through the data view.
//!
//! - [`fill`]: a case's `params` (botocore's input dict as JSON) → an input structure.
//!   Blobs are given as text (botocore encodes `str` blobs as UTF-8), timestamps as
//!   epoch seconds or text, and special floats as `"Infinity"`, `"-Infinity"`, `"NaN"`.
//! - [`to_json`]: a parsed structure → the JSON botocore's runner compares against a
//!   case's `result` or `error`: blobs as UTF-8 text, timestamps as epoch seconds,
//!   special floats as strings.
//! - [`json_equal`]: structural equality where numbers compare by value.

use kumo_runtime::data::{Reflect, Scalar, Struct, View};
use kumo_runtime::schema::{Kind, Schema};
use kumo_runtime::types::{DateTime, Document};
use serde_json::Value;

/// Fills `target` from botocore params `value` (a JSON object keyed by member name).
pub fn fill(target: &mut dyn Struct, value: &Value) -> Result<(), String> {
    fill_struct(target, value, "")
}

fn fill_struct(target: &mut dyn Struct, value: &Value, path: &str) -> Result<(), String> {
    let schema = target.schema();
    if value.is_null() {
        return Ok(());
    }
    let obj = value
        .as_object()
        .ok_or_else(|| format!("{path}: expected an object for {}", schema.name))?;
    for (k, v) in obj {
        let sub = format!("{path}.{k}");
        let Some(i) = schema.member_index(k) else {
            if schema.kind == Kind::Union {
                target.unknown_member(k);
                continue;
            }
            return Err(format!("{sub}: no member {k} in {}", schema.name));
        };
        if v.is_null() {
            continue;
        }
        let member = &schema.members[i];
        let field = target
            .field_mut(i)
            .ok_or_else(|| format!("{sub}: no field {i} in {}", schema.name))?;
        if json_value(member) && !v.is_string() {
            // botocore takes a `jsonvalue` member as any JSON value; Kumo holds its text.
            field
                .assign(Scalar::Str(v.to_string()))
                .map_err(|e| format!("{sub}: {e}"))?;
            continue;
        }
        fill_data(field, member.target, v, &sub)?;
    }
    Ok(())
}

fn fill_data(data: &mut dyn Reflect, schema: &Schema, v: &Value, path: &str) -> Result<(), String> {
    let m = |e: kumo_runtime::data::Mismatch| format!("{path}: {e}");
    match schema.kind {
        Kind::Structure | Kind::Union if !schema.has(kumo_runtime::schema::flags::DOCUMENT) => {
            let s = data
                .as_struct()
                .ok_or_else(|| format!("{path}: not a structure"))?;
            fill_struct(s, v, path)
        }
        Kind::List => {
            let arr = v
                .as_array()
                .ok_or_else(|| format!("{path}: expected a list"))?;
            let list = data
                .as_list()
                .ok_or_else(|| format!("{path}: not a list"))?;
            let elem = schema.members.first().ok_or("list without member")?;
            for (n, item) in arr.iter().enumerate() {
                let slot = list.push();
                if !item.is_null() {
                    fill_data(slot, elem.target, item, &format!("{path}[{n}]"))?;
                }
            }
            Ok(())
        }
        Kind::Map => {
            let obj = v
                .as_object()
                .ok_or_else(|| format!("{path}: expected a map"))?;
            let map = data.as_map().ok_or_else(|| format!("{path}: not a map"))?;
            let val = schema.members.get(1).ok_or("map without value")?;
            for (k, item) in obj {
                let slot = map.entry(k.clone());
                if !item.is_null() {
                    fill_data(slot, val.target, item, &format!("{path}.{k}"))?;
                }
            }
            Ok(())
        }
        Kind::String | Kind::BigInteger | Kind::BigDecimal => {
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => return Err(format!("{path}: expected a string")),
            };
            data.assign(Scalar::Str(s)).map_err(m)
        }
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
            let i = v
                .as_i64()
                .ok_or_else(|| format!("{path}: expected an integer"))?;
            data.assign(Scalar::Int(i)).map_err(m)
        }
        Kind::Float | Kind::Double => {
            let f = match v {
                Value::String(s) if s == "Infinity" => f64::INFINITY,
                Value::String(s) if s == "-Infinity" => f64::NEG_INFINITY,
                Value::String(s) if s == "NaN" => f64::NAN,
                _ => v
                    .as_f64()
                    .ok_or_else(|| format!("{path}: expected a number"))?,
            };
            data.assign(Scalar::Float(f)).map_err(m)
        }
        Kind::Boolean => {
            let b = v
                .as_bool()
                .ok_or_else(|| format!("{path}: expected a boolean"))?;
            data.assign(Scalar::Bool(b)).map_err(m)
        }
        Kind::Blob => {
            let s = v
                .as_str()
                .ok_or_else(|| format!("{path}: expected blob text"))?;
            data.assign(Scalar::Blob(s.as_bytes().to_vec())).map_err(m)
        }
        Kind::Timestamp => {
            let t = match v {
                Value::Number(n) => n
                    .as_f64()
                    .and_then(DateTime::from_secs_f64)
                    .ok_or_else(|| format!("{path}: bad epoch"))?,
                Value::String(s) => DateTime::parse_any(s).map_err(|e| format!("{path}: {e}"))?,
                _ => return Err(format!("{path}: expected a timestamp")),
            };
            data.assign(Scalar::Time(t)).map_err(m)
        }
        Kind::Document | Kind::Structure | Kind::Union => {
            data.assign(Scalar::Doc(document(v))).map_err(m)
        }
    }
}

fn json_value(m: &kumo_runtime::schema::Member) -> bool {
    m.has(kumo_runtime::schema::flags::JSON_VALUE)
        || m.target.has(kumo_runtime::schema::flags::JSON_VALUE)
}

/// A JSON value as a [`Document`].
pub fn document(v: &Value) -> Document {
    match v {
        Value::Null => Document::Null,
        Value::Bool(b) => Document::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Document::Int(i),
            None => Document::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Document::String(s.clone()),
        Value::Array(a) => Document::Array(a.iter().map(document).collect()),
        Value::Object(o) => {
            Document::Object(o.iter().map(|(k, v)| (k.clone(), document(v))).collect())
        }
    }
}

fn document_json(d: &Document) -> Value {
    match d {
        Document::Null => Value::Null,
        Document::Bool(b) => Value::Bool(*b),
        Document::Int(i) => Value::from(*i),
        Document::Float(f) => float_json(*f),
        Document::String(s) => Value::String(s.clone()),
        Document::Array(a) => Value::Array(a.iter().map(document_json).collect()),
        Document::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), document_json(v)))
                .collect(),
        ),
    }
}

fn float_json(f: f64) -> Value {
    if f.is_nan() {
        Value::String("NaN".into())
    } else if f == f64::INFINITY {
        Value::String("Infinity".into())
    } else if f == f64::NEG_INFINITY {
        Value::String("-Infinity".into())
    } else {
        serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// A structure as the JSON botocore's runner compares (absent members left out).
pub fn to_json(s: &dyn Struct) -> Value {
    let schema = s.schema();
    let mut obj = serde_json::Map::new();
    for (i, m) in schema.members.iter().enumerate() {
        if let Some(d) = s.field(i) {
            if let Some(mut v) = data_json(d, m.target) {
                if json_value(m) {
                    if let Some(parsed) = v.as_str().and_then(|t| serde_json::from_str(t).ok()) {
                        v = parsed;
                    }
                }
                obj.insert(m.name.to_string(), v);
            }
        }
    }
    if let Some(name) = s.unknown_member_name() {
        // botocore's shape for a union member it does not know.
        obj.insert(
            "SDK_UNKNOWN_MEMBER".into(),
            serde_json::json!({ "name": name }),
        );
    }
    Value::Object(obj)
}

fn data_json(d: &dyn Reflect, schema: &Schema) -> Option<Value> {
    Some(match d.view() {
        View::Absent => return None,
        View::Bool(b) => Value::Bool(b),
        View::Int(i) => Value::from(i),
        View::Float(f) => {
            if schema.kind == Kind::Float && f.is_finite() {
                // An f32 widened to f64: print it the way Python prints the f32's decimal.
                let short: f64 = (f as f32).to_string().parse().unwrap_or(f);
                float_json(short)
            } else {
                float_json(f)
            }
        }
        View::Str(s) => Value::String(s.to_string()),
        View::Blob(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
        View::Time(t) => {
            let secs = t.as_secs_f64();
            if t.subsec_nanos() == 0 {
                Value::from(t.secs())
            } else {
                float_json(secs)
            }
        }
        View::Doc(doc) => document_json(doc),
        View::Struct(s) => to_json(s),
        View::List(l) => {
            let elem = schema.members.first()?;
            Value::Array(
                (0..l.len())
                    .map(|i| {
                        l.at(i)
                            .and_then(|d| data_json(d, elem.target))
                            .unwrap_or(Value::Null)
                    })
                    .collect(),
            )
        }
        View::Map(m) => {
            let val = schema.members.get(1)?;
            Value::Object(
                m.entries()
                    .into_iter()
                    .map(|(k, d)| {
                        (
                            k.to_string(),
                            data_json(d, val.target).unwrap_or(Value::Null),
                        )
                    })
                    .collect(),
            )
        }
        View::Stream(body) => {
            Value::String(String::from_utf8_lossy(body.bytes().unwrap_or_default()).into_owned())
        }
    })
}

/// Structural equality of two JSON values; numbers compare by value, object key order is ignored.
pub fn json_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => match (x.as_f64(), y.as_f64()) {
                (Some(f), Some(g)) => f == g || (f - g).abs() <= f64::EPSILON * f.abs().max(1.0),
                _ => false,
            },
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_equal(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_equal(v, w)))
        }
        _ => a == b,
    }
}
