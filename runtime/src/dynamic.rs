//! Values shaped by a schema at run time, with no generated type behind them.
//!
//! A [`DynStruct`] holds the members of any structure [`Schema`] as [`DynValue`]s. It
//! implements the same [`Struct`]/[`Reflect`] view generated types do, so every protocol
//! engine, the validator and [`crate::client::Handle::invoke_dynamic`] accept it. This is
//! the closest thing to botocore's dict-in, dict-out calls, and it is how test harnesses
//! drive an operation knowing only its name.

use crate::body::Body;
use crate::data::{List, ListMut, Map, MapMut, Mismatch, Reflect, Scalar, Struct, View};
use crate::schema::{Kind, Schema};
use crate::types::{DateTime, Document};

/// One value of a known shape.
#[derive(Debug)]
pub struct DynValue {
    schema: &'static Schema,
    value: Inner,
    /// Elements, when the value is a present list.
    list: Option<Vec<DynValue>>,
    /// Entries in insertion order, when the value is a present map.
    map: Option<Vec<(String, DynValue)>>,
}

#[derive(Debug)]
enum Inner {
    Unset,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Blob(Vec<u8>),
    Time(DateTime),
    Doc(Document),
    Struct(DynStruct),
    Stream(Body),
}

impl DynValue {
    /// An unset value of shape `schema`.
    pub fn new(schema: &'static Schema) -> DynValue {
        DynValue {
            schema,
            value: Inner::Unset,
            list: None,
            map: None,
        }
    }
    /// The shape of the value.
    pub fn schema(&self) -> &'static Schema {
        self.schema
    }
    fn element(&self) -> &'static Schema {
        self.schema
            .members
            .first()
            .map(|m| m.target)
            .unwrap_or(self.schema)
    }
    fn map_value(&self) -> &'static Schema {
        self.schema
            .members
            .get(1)
            .map(|m| m.target)
            .unwrap_or(self.schema)
    }
    fn is_structure(&self) -> bool {
        matches!(self.schema.kind, Kind::Structure | Kind::Union)
    }
}

impl Reflect for DynValue {
    fn view(&self) -> View<'_> {
        if self.list.is_some() {
            return View::List(self);
        }
        if self.map.is_some() {
            return View::Map(self);
        }
        match &self.value {
            Inner::Unset => View::Absent,
            Inner::Bool(b) => View::Bool(*b),
            Inner::Int(i) => View::Int(*i),
            Inner::Float(f) => View::Float(*f),
            Inner::Str(s) => View::Str(s),
            Inner::Blob(b) => View::Blob(b),
            Inner::Time(t) => View::Time(*t),
            Inner::Doc(d) => View::Doc(d),
            Inner::Struct(s) => View::Struct(s),
            Inner::Stream(b) => View::Stream(b),
        }
    }
    fn assign(&mut self, v: Scalar) -> Result<(), Mismatch> {
        self.value = match v {
            Scalar::Bool(b) => Inner::Bool(b),
            Scalar::Int(i) if matches!(self.schema.kind, Kind::Float | Kind::Double) => {
                Inner::Float(i as f64)
            }
            Scalar::Int(i) => Inner::Int(i),
            Scalar::Float(f) => Inner::Float(f),
            Scalar::Str(s) => Inner::Str(s),
            Scalar::Blob(b) => Inner::Blob(b),
            Scalar::Time(t) => Inner::Time(t),
            Scalar::Doc(d) => Inner::Doc(d),
        };
        Ok(())
    }
    fn as_struct(&mut self) -> Option<&mut dyn Struct> {
        if !self.is_structure() {
            return None;
        }
        if !matches!(self.value, Inner::Struct(_)) {
            self.value = Inner::Struct(DynStruct::new(self.schema));
        }
        match &mut self.value {
            Inner::Struct(s) => Some(s),
            _ => None,
        }
    }
    fn as_list(&mut self) -> Option<&mut dyn ListMut> {
        if self.schema.kind != Kind::List {
            return None;
        }
        self.list.get_or_insert_with(Vec::new);
        Some(self)
    }
    fn as_map(&mut self) -> Option<&mut dyn MapMut> {
        if self.schema.kind != Kind::Map {
            return None;
        }
        self.map.get_or_insert_with(Vec::new);
        Some(self)
    }
    fn set_stream(&mut self, body: Body) -> Result<(), Mismatch> {
        self.value = Inner::Stream(body);
        Ok(())
    }
    fn take_stream(&mut self) -> Option<Body> {
        match std::mem::replace(&mut self.value, Inner::Unset) {
            Inner::Stream(b) => Some(b),
            Inner::Blob(b) => Some(Body::from(b)),
            other => {
                self.value = other;
                None
            }
        }
    }
}

impl List for DynValue {
    fn len(&self) -> usize {
        self.list.as_ref().map_or(0, Vec::len)
    }
    fn at(&self, i: usize) -> Option<&dyn Reflect> {
        self.list.as_ref()?.get(i).map(|d| d as &dyn Reflect)
    }
}

impl ListMut for DynValue {
    fn push(&mut self) -> &mut dyn Reflect {
        let element = self.element();
        let list = self.list.get_or_insert_with(Vec::new);
        list.push(DynValue::new(element));
        let last = list.len() - 1;
        &mut list[last]
    }
    fn at_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        self.list
            .as_mut()
            .and_then(|l| l.get_mut(i))
            .map(|v| v as &mut dyn Reflect)
    }
}

impl Map for DynValue {
    fn len(&self) -> usize {
        self.map.as_ref().map_or(0, Vec::len)
    }
    fn entries(&self) -> Vec<(&str, &dyn Reflect)> {
        self.map
            .iter()
            .flatten()
            .map(|(k, d)| (k.as_str(), d as &dyn Reflect))
            .collect()
    }
}

impl MapMut for DynValue {
    fn entry(&mut self, key: String) -> &mut dyn Reflect {
        let value_schema = self.map_value();
        let map = self.map.get_or_insert_with(Vec::new);
        let i = match map.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                map.push((key, DynValue::new(value_schema)));
                map.len() - 1
            }
        };
        &mut map[i].1
    }
}

/// A structure of any schema, its members held as [`DynValue`]s.
#[derive(Debug)]
pub struct DynStruct {
    schema: &'static Schema,
    fields: Vec<DynValue>,
    unknown: Option<String>,
}

impl DynStruct {
    /// An empty structure of shape `schema`.
    pub fn new(schema: &'static Schema) -> DynStruct {
        DynStruct {
            schema,
            fields: schema
                .members
                .iter()
                .map(|m| DynValue::new(m.target))
                .collect(),
            unknown: None,
        }
    }
    /// The member named `name` (the model's member name).
    pub fn member(&self, name: &str) -> Option<&DynValue> {
        self.fields.get(self.schema.member_index(name)?)
    }
}

impl Struct for DynStruct {
    fn schema(&self) -> &'static Schema {
        self.schema
    }
    fn field(&self, i: usize) -> Option<&dyn Reflect> {
        self.fields.get(i).map(|f| f as &dyn Reflect)
    }
    fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
        if self.schema.kind == Kind::Union && i < self.fields.len() {
            // A union holds one member: choosing one clears the others.
            for (j, f) in self.fields.iter_mut().enumerate() {
                if j != i {
                    *f = DynValue::new(f.schema);
                }
            }
        }
        self.fields.get_mut(i).map(|f| f as &mut dyn Reflect)
    }
    fn unknown_member(&mut self, name: &str) {
        self.unknown = Some(name.to_string());
    }
    fn unknown_member_name(&self) -> Option<&str> {
        self.unknown.as_deref()
    }
}

impl Reflect for DynStruct {
    fn view(&self) -> View<'_> {
        View::Struct(self)
    }
    fn as_struct(&mut self) -> Option<&mut dyn Struct> {
        Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{prelude as p, Member};

    static LIST: Schema = Schema::list("L", &[Member::new("member", &p::STRING)]);
    static MAP: Schema = Schema::map(
        "M",
        &[
            Member::new("key", &p::STRING),
            Member::new("value", &p::INTEGER),
        ],
    );
    static S: Schema = Schema::structure(
        "S",
        &[
            Member::new("Name", &p::STRING),
            Member::new("Tags", &LIST),
            Member::new("Counts", &MAP),
        ],
    );

    #[test]
    fn fills_and_reads_like_generated_types() {
        let mut s = DynStruct::new(&S);
        s.field_mut(0)
            .unwrap()
            .assign(Scalar::Str("x".into()))
            .unwrap();
        let l = s.field_mut(1).unwrap().as_list().unwrap();
        l.push().assign(Scalar::Str("a".into())).unwrap();
        l.push().assign(Scalar::Str("b".into())).unwrap();
        let m = s.field_mut(2).unwrap().as_map().unwrap();
        m.entry("k".into()).assign(Scalar::Int(3)).unwrap();
        m.entry("k".into()).assign(Scalar::Int(4)).unwrap();
        assert!(matches!(s.member("Name").unwrap().view(), View::Str("x")));
        match s.field(1).unwrap().view() {
            View::List(l) => assert_eq!(l.len(), 2),
            _ => panic!("list"),
        }
        match s.field(2).unwrap().view() {
            View::Map(m) => {
                let e = m.entries();
                assert_eq!(e.len(), 1);
                assert!(matches!(e[0].1.view(), View::Int(4)));
            }
            _ => panic!("map"),
        }
        // A scalar shape refuses to be a structure.
        assert!(s.field_mut(0).unwrap().as_struct().is_none());
    }
}
