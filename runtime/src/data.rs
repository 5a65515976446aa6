//! The data view: how engines read and fill generated values without knowing their types.
//!
//! Every generated structure implements [`Struct`]: given a member index from its
//! [`Schema`] it hands out that field as a `&dyn Reflect` (to read)
//! or `&mut dyn Reflect` (to fill). [`Reflect`] is implemented here, once, for the Rust
//! types generated fields use (`String`, `i32`, `Vec<T>`, `HashMap<String, T>`,
//! `Option<T>`, `Box<T>`, …), and by generated enums and structures.
//!
//! Serializers call [`Reflect::view`] and receive a [`View`]; parsers call [`Reflect::assign`]
//! with a [`Scalar`], or [`Reflect::as_struct`], [`Reflect::as_list`], [`Reflect::as_map`] to
//! descend. Nothing is monomorphized per protocol: each shape's glue compiles once.
//!
//! The traits are implemented for `String`, `Vec`, `HashMap`, `Option`, `Box`, numbers…,
//! so their method names are chosen to collide with nothing those types (or their deref
//! targets, `str` and slices) have: importing `kumo_runtime::data::*` leaves
//! `vec.get(1)`, `s.get(0..2)`, `map.insert(k, v)` meaning what they always mean
//! (`runtime/tests/data_traits_in_scope.rs`).

use std::collections::HashMap;
use std::fmt;

use crate::body::Body;
use crate::schema::Schema;
use crate::types::{DateTime, Document, Unit};

/// A read-only view of one value.
pub enum View<'a> {
    /// An unset optional value.
    Absent,
    /// A boolean.
    Bool(bool),
    /// Any integer kind (byte, short, integer, long).
    Int(i64),
    /// Any float kind.
    Float(f64),
    /// A string, a string enum, or a big number's text.
    Str(&'a str),
    /// A blob.
    Blob(&'a [u8]),
    /// A timestamp.
    Time(DateTime),
    /// A document.
    Doc(&'a Document),
    /// A structure or union.
    Struct(&'a dyn Struct),
    /// A list.
    List(&'a dyn List),
    /// A map with string keys.
    Map(&'a dyn Map),
    /// A streaming body.
    Stream(&'a Body),
}

/// An owned scalar handed to [`Reflect::assign`] by a parser.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string.
    Str(String),
    /// Bytes.
    Blob(Vec<u8>),
    /// A timestamp.
    Time(DateTime),
    /// A document.
    Doc(Document),
}

/// A value that does not fit the field it was given to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// What the field holds.
    pub expected: &'static str,
    /// What was offered.
    pub found: &'static str,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}, found {}", self.expected, self.found)
    }
}

impl std::error::Error for Mismatch {}

impl Scalar {
    /// A short name of the scalar's kind, for errors.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Scalar::Bool(_) => "boolean",
            Scalar::Int(_) => "integer",
            Scalar::Float(_) => "float",
            Scalar::Str(_) => "string",
            Scalar::Blob(_) => "blob",
            Scalar::Time(_) => "timestamp",
            Scalar::Doc(_) => "document",
        }
    }
    fn mismatch(&self, expected: &'static str) -> Mismatch {
        Mismatch {
            expected,
            found: self.kind_name(),
        }
    }
}

/// One value of a generated shape, seen without its type: the reflection view the
/// protocol engines, the validator, `Debug` and JMESPath read and fill values through.
pub trait Reflect: Send + Sync {
    /// A view for serializing.
    fn view(&self) -> View<'_>;
    /// Stores a scalar; a value of the wrong kind or out of range is a [`Mismatch`].
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        Err(v.mismatch("a container"))
    }
    /// Descends into a structure or union, creating it if it was unset.
    fn as_struct(&mut self) -> Option<&mut dyn Struct> {
        None
    }
    /// Descends into a list, creating it (empty) if it was unset.
    fn as_list(&mut self) -> Option<&mut dyn ListMut> {
        None
    }
    /// Descends into a map, creating it (empty) if it was unset.
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        None
    }
    /// Stores a streaming body.
    fn set_stream(&mut self, _body: Body) -> Result<(), Mismatch> {
        Err(Mismatch {
            expected: "not a stream",
            found: "stream",
        })
    }
    /// Takes a streaming body out, leaving an empty one.
    fn take_stream(&mut self) -> Option<Body> {
        None
    }
    /// The value as `Any`, for fields whose type a higher layer owns (an event stream's
    /// reader, which the pipeline installs by downcasting); `None` for everything else.
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }
}

/// A generated structure or union: its schema and its fields by member index.
pub trait Struct: Send + Sync {
    /// The shape's schema.
    fn schema(&self) -> &'static Schema;
    /// The field for member `i` (for a union, only the active member is `Some`).
    fn field(&self, i: usize) -> Option<&dyn Reflect>;
    /// The field for member `i`, to fill (for a union, switches to member `i`).
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect>;
    /// Records a union member this client does not know (unions keep it as `Unknown`).
    fn unknown_member(&mut self, _name: &str) {}
    /// Records the response metadata on an operation output (generated outputs keep it in
    /// their `response_metadata` field; other structures ignore it).
    fn set_response_meta(&mut self, _meta: crate::meta::ResponseMeta) {}
    /// The name of the unknown member a union holds, if it holds one.
    fn unknown_member_name(&self) -> Option<&str> {
        None
    }
}

/// An operation without input or output uses [`Unit`]: a structure with no members.
impl Struct for Unit {
    fn schema(&self) -> &'static Schema {
        &crate::schema::prelude::UNIT
    }
    fn field(&self, _: usize) -> Option<&dyn Reflect> {
        None
    }
    fn field_mut(&mut self, _: usize) -> Option<&mut dyn Reflect> {
        None
    }
}

/// An operation without output returns [`NoOutput`](crate::meta::NoOutput): no members, only the call's metadata.
impl Struct for crate::meta::NoOutput {
    fn schema(&self) -> &'static Schema {
        &crate::schema::prelude::UNIT
    }
    fn field(&self, _: usize) -> Option<&dyn Reflect> {
        None
    }
    fn field_mut(&mut self, _: usize) -> Option<&mut dyn Reflect> {
        None
    }
    fn set_response_meta(&mut self, meta: crate::meta::ResponseMeta) {
        self.response_metadata = meta;
    }
}

/// A list seen without its element type.
pub trait List: Send + Sync {
    /// Number of elements.
    fn len(&self) -> usize;
    /// Whether the list is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The element at `i`.
    fn at(&self, i: usize) -> Option<&dyn Reflect>;
}

/// A list being filled.
pub trait ListMut {
    /// Appends a default element and returns it to be filled.
    fn push(&mut self) -> &mut dyn Reflect;
    /// The element at `i`, to change.
    fn at_mut(&mut self, i: usize) -> Option<&mut dyn Reflect>;
}

/// A map with string keys seen without its value type.
pub trait Map: Send + Sync {
    /// Number of entries.
    fn len(&self) -> usize;
    /// Whether the map is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The entries: insertion order for `IndexMap` (what generated types use), sorted by
    /// key for `HashMap` so that output is deterministic.
    fn entries(&self) -> Vec<(&str, &dyn Reflect)>;
}

/// A map being filled.
pub trait MapMut {
    /// The value for `key`, inserted as a default when missing.
    fn entry(&mut self, key: String) -> &mut dyn Reflect;
}

impl Reflect for String {
    fn view(&self) -> View<'_> {
        View::Str(self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Str(s) => {
                *self = s;
                Ok(())
            }
            other => Err(other.mismatch("string")),
        }
    }
}

impl Reflect for bool {
    fn view(&self) -> View<'_> {
        View::Bool(*self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Bool(b) => {
                *self = b;
                Ok(())
            }
            other => Err(other.mismatch("boolean")),
        }
    }
}

macro_rules! int_data {
    ($($t:ty),*) => {$(
        impl Reflect for $t {
            fn view(&self) -> View<'_> {
                View::Int(i64::from(*self))
            }
            fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
                match v {
                    Scalar::Int(i) => {
                        *self = <$t>::try_from(i)
                            .map_err(|_| Mismatch { expected: stringify!($t), found: "out of range integer" })?;
                        Ok(())
                    }
                    other => Err(other.mismatch(stringify!($t))),
                }
            }
        }
    )*};
}
int_data!(i8, i16, i32, i64);

impl Reflect for f64 {
    fn view(&self) -> View<'_> {
        View::Float(*self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Float(f) => *self = f,
            Scalar::Int(i) => *self = i as f64,
            other => return Err(other.mismatch("double")),
        }
        Ok(())
    }
}

impl Reflect for f32 {
    fn view(&self) -> View<'_> {
        View::Float(f64::from(*self))
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Float(f) => *self = f as f32,
            Scalar::Int(i) => *self = i as f32,
            other => return Err(other.mismatch("float")),
        }
        Ok(())
    }
}

impl Reflect for Vec<u8> {
    fn view(&self) -> View<'_> {
        View::Blob(self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Blob(b) => {
                *self = b;
                Ok(())
            }
            other => Err(other.mismatch("blob")),
        }
    }
}

impl Reflect for DateTime {
    fn view(&self) -> View<'_> {
        View::Time(*self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Time(t) => {
                *self = t;
                Ok(())
            }
            other => Err(other.mismatch("timestamp")),
        }
    }
}

impl Reflect for Document {
    fn view(&self) -> View<'_> {
        View::Doc(self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        *self = match v {
            Scalar::Doc(d) => d,
            Scalar::Bool(b) => Document::Bool(b),
            Scalar::Int(i) => Document::from(i),
            Scalar::Float(f) => Document::from(f),
            Scalar::Str(s) => Document::String(s),
            other => return Err(other.mismatch("document")),
        };
        Ok(())
    }
}

impl Reflect for Body {
    fn view(&self) -> View<'_> {
        View::Stream(self)
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        match v {
            Scalar::Blob(b) => {
                *self = Body::from(b);
                Ok(())
            }
            Scalar::Str(s) => {
                *self = Body::from(s);
                Ok(())
            }
            other => Err(other.mismatch("stream")),
        }
    }
    fn set_stream(&mut self, body: Body) -> Result<(), Mismatch> {
        *self = body;
        Ok(())
    }
    fn take_stream(&mut self) -> Option<Body> {
        Some(std::mem::take(self))
    }
}

impl<T: Reflect + Default> Reflect for Option<T> {
    fn view(&self) -> View<'_> {
        match self {
            Some(v) => v.view(),
            None => View::Absent,
        }
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        let mut value = T::default();
        value.assign(v)?;
        *self = Some(value);
        Ok(())
    }
    fn as_struct(&mut self) -> Option<&mut dyn Struct> {
        self.get_or_insert_with(T::default).as_struct()
    }
    fn as_list(&mut self) -> Option<&mut dyn ListMut> {
        self.get_or_insert_with(T::default).as_list()
    }
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        self.get_or_insert_with(T::default).as_map()
    }
    fn set_stream(&mut self, body: Body) -> Result<(), Mismatch> {
        self.get_or_insert_with(T::default).set_stream(body)
    }
    fn take_stream(&mut self) -> Option<Body> {
        self.take().and_then(|mut v| v.take_stream())
    }
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        self.get_or_insert_with(T::default).as_any_mut()
    }
}

impl<T: Reflect> Reflect for Box<T> {
    fn view(&self) -> View<'_> {
        (**self).view()
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        (**self).assign(v)
    }
    fn as_struct(&mut self) -> Option<&mut dyn Struct> {
        (**self).as_struct()
    }
    fn as_list(&mut self) -> Option<&mut dyn ListMut> {
        (**self).as_list()
    }
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        (**self).as_map()
    }
}

impl<T: Reflect + Default> Reflect for Vec<T> {
    fn view(&self) -> View<'_> {
        View::List(self)
    }
    fn as_list(&mut self) -> Option<&mut dyn ListMut> {
        Some(self)
    }
}

impl<T: Reflect> List for Vec<T> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn at(&self, i: usize) -> Option<&dyn Reflect> {
        self.get(i).map(|v| v as &dyn Reflect)
    }
}

impl<T: Reflect + Default> ListMut for Vec<T> {
    fn push(&mut self) -> &mut dyn Reflect {
        Vec::push(self, T::default());
        let last = self.len() - 1;
        &mut self[last]
    }
    fn at_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        self.get_mut(i).map(|v| v as &mut dyn Reflect)
    }
}

impl<T: Reflect + Default> Reflect for HashMap<String, T> {
    fn view(&self) -> View<'_> {
        View::Map(self)
    }
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        Some(self)
    }
}

impl<T: Reflect> Map for HashMap<String, T> {
    fn len(&self) -> usize {
        HashMap::len(self)
    }
    fn entries(&self) -> Vec<(&str, &dyn Reflect)> {
        let mut v: Vec<(&str, &dyn Reflect)> = self
            .iter()
            .map(|(k, v)| (k.as_str(), v as &dyn Reflect))
            .collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v
    }
}

impl<T: Reflect + Default> MapMut for HashMap<String, T> {
    fn entry(&mut self, key: String) -> &mut dyn Reflect {
        self.entry(key).or_default()
    }
}

impl<T: Reflect + Default> Reflect for indexmap::IndexMap<String, T> {
    fn view(&self) -> View<'_> {
        View::Map(self)
    }
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        Some(self)
    }
}

impl<T: Reflect> Map for indexmap::IndexMap<String, T> {
    fn len(&self) -> usize {
        indexmap::IndexMap::len(self)
    }
    /// In insertion order, as boto3 sends a dict's items.
    fn entries(&self) -> Vec<(&str, &dyn Reflect)> {
        self.iter()
            .map(|(k, v)| (k.as_str(), v as &dyn Reflect))
            .collect()
    }
}

impl<T: Reflect + Default> MapMut for indexmap::IndexMap<String, T> {
    fn entry(&mut self, key: String) -> &mut dyn Reflect {
        indexmap::IndexMap::entry(self, key).or_default()
    }
}

/// Implements [`Reflect`] for a generated structure (used by generated code).
#[macro_export]
macro_rules! struct_data {
    ($t:ty) => {
        impl $crate::data::Reflect for $t {
            fn view(&self) -> $crate::data::View<'_> {
                $crate::data::View::Struct(self)
            }
            fn as_struct(&mut self) -> Option<&mut dyn $crate::data::Struct> {
                Some(self)
            }
        }
    };
}

/// A generated string enum: known variants plus the text of unknown ones.
pub trait StringEnum: Sized {
    /// The wire value.
    fn as_str(&self) -> &str;
    /// Builds the enum from a wire value, keeping unknown values.
    fn from_wire(s: &str) -> Self;
}

/// Implements [`Reflect`] for a generated string enum.
#[macro_export]
macro_rules! string_enum_data {
    ($t:ty) => {
        impl $crate::data::Reflect for $t {
            fn view(&self) -> $crate::data::View<'_> {
                $crate::data::View::Str($crate::data::StringEnum::as_str(self))
            }
            fn assign(&mut self, v: $crate::data::Scalar) -> Result<(), $crate::data::Mismatch> {
                match v {
                    $crate::data::Scalar::Str(s) => {
                        *self = <$t as $crate::data::StringEnum>::from_wire(&s);
                        Ok(())
                    }
                    other => Err($crate::data::Mismatch {
                        expected: "string",
                        found: other.kind_name(),
                    }),
                }
            }
        }
    };
}
