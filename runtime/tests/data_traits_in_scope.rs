//! Importing every trait of `kumo_runtime::data` must not change what ordinary code means.
//!
//! A trait method wins over an inherent method of a *deref target* (`Vec` → slice,
//! `String` → `str`, `Box<T>` → `T`) when the trait is implemented for the outer type, so a
//! data-view method named like a slice or `str` method would break `vec.get(1)` in any
//! file that imports it. This file compiles only if no such name collides; the asserts
//! check the calls still mean the std methods.
#![allow(
    unused_imports,
    clippy::useless_vec,
    clippy::iter_count,
    clippy::get_first,
    clippy::bool_comparison
)]
// (The calls are written the way ordinary code writes them, not the way clippy prefers.)

use std::collections::HashMap;

use kumo_runtime::data::*;
use kumo_runtime::data::{List, ListMut, Map, MapMut, Reflect, StringEnum, Struct};
use kumo_runtime::IndexMap;

#[test]
fn vec_and_slice_methods() {
    let mut v: Vec<String> = vec!["a".into(), "b".into()];
    assert_eq!(v.get(1).map(String::as_str), Some("b"));
    assert_eq!(v.first().map(String::as_str), Some("a"));
    v.push("c".into());
    v.insert(0, "z".into());
    assert_eq!(v.len(), 4);
    assert!(!v.is_empty());
    assert_eq!(v.iter().count(), 4);
    assert!(v.contains(&"c".to_string()));
    let r: &Vec<String> = &v;
    assert_eq!(r.get(0).map(String::as_str), Some("z"));
    assert_eq!(r.len(), 4);
    let m: &mut Vec<String> = &mut v;
    m.push("d".into());
    if let Some(x) = m.get_mut(0) {
        x.push('!');
    }
    assert_eq!(v[0], "z!");
    let blob: Vec<u8> = vec![1, 2, 3];
    assert_eq!(blob.get(2), Some(&3));
    assert_eq!(blob.iter().sum::<u8>(), 6);
    let nested: Vec<Vec<i32>> = vec![vec![1], vec![2, 3]];
    assert_eq!(nested.get(1).and_then(|v| v.get(1)), Some(&3));
}

#[test]
fn string_and_str_methods() {
    let mut s = String::from("hello");
    assert_eq!(s.get(0..2), Some("he"));
    s.push('!');
    s.insert(0, '>');
    assert_eq!(s.len(), 7);
    assert!(!s.is_empty());
    assert_eq!(s.chars().count(), 7);
    let r: &String = &s;
    assert_eq!(r.get(1..3), Some("he"));
    assert_eq!(r.as_str(), ">hello!");
}

#[test]
fn box_option_and_numbers() {
    let b: Box<Vec<i64>> = Box::new(vec![7, 8]);
    assert_eq!(b.get(1), Some(&8));
    assert_eq!(b.len(), 2);
    let bs: Box<String> = Box::new("xyz".into());
    assert_eq!(bs.get(..1), Some("x"));
    let mut o: Option<Vec<i32>> = Some(vec![1]);
    assert_eq!(o.as_ref().and_then(|v| v.get(0)), Some(&1));
    if let Some(v) = o.as_mut() {
        v.push(2);
    }
    assert_eq!(o.iter().count(), 1);
    assert_eq!(o.take().map(|v| v.len()), Some(2));
    let os: Option<String> = Some("ab".into());
    assert_eq!(os.as_deref().and_then(|s| s.get(1..)), Some("b"));
    let n: i32 = -3;
    assert_eq!(n.abs(), 3);
    let f: f64 = 2.0;
    assert_eq!(f.max(1.0), 2.0);
    assert!(true.then_some(1).is_some());
}

#[test]
fn maps() {
    let mut h: HashMap<String, i32> = HashMap::new();
    h.insert("a".into(), 1);
    *h.entry("b".into()).or_insert(0) += 2;
    assert_eq!(h.get("a"), Some(&1));
    assert_eq!(h.len(), 2);
    assert!(!h.is_empty());
    assert_eq!(h.iter().count(), 2);
    let r: &HashMap<String, i32> = &h;
    assert_eq!(r.get("b"), Some(&2));
    let mut i: IndexMap<String, Vec<i32>> = IndexMap::new();
    i.insert("k".into(), vec![1]);
    i.entry("k".into()).or_default().push(2);
    assert_eq!(i.get("k").map(|v| v.len()), Some(2));
    assert_eq!(i.len(), 1);
    assert_eq!(i.iter().next().map(|(k, _)| k.as_str()), Some("k"));
}
