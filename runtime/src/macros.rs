//! Macros that generated crates use to wire a type to its schema. They expand to the
//! [`crate::data`] glue (`Struct`, `Data`, `Debug`, enum conversions), so every
//! generated shape costs one line of glue instead of a dozen.

/// Implements [`crate::data::Struct`], [`crate::data::Data`] and a redacting `Debug` for a
/// generated structure: `structure!(Type, SCHEMA_PATH, [field, other])`, one field per
/// schema member in the schema's order (member `i` is the `i`-th field). An operation
/// output adds `meta = field`, its `ResponseMeta` field.
///
/// The positions are counted by a field-less enum with one variant per field, so the
/// expansion needs no recursion however many fields a type has.
#[macro_export]
macro_rules! structure {
    ($t:ident, $schema:path, [$($f:ident),* $(,)?] $(, meta = $meta:ident)?) => {
        const _: () = {
            #[allow(dead_code, non_camel_case_types, clippy::enum_variant_names)]
            enum __Field { $($f),* }
            impl $crate::data::Struct for $t {
                fn schema(&self) -> &'static $crate::schema::Schema {
                    &$schema
                }
                fn field(&self, i: usize) -> ::core::option::Option<&dyn $crate::data::Data> {
                    match i {
                        $(_ if i == __Field::$f as usize => ::core::option::Option::Some(&self.$f),)*
                        _ => ::core::option::Option::None,
                    }
                }
                fn field_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::data::Data> {
                    match i {
                        $(_ if i == __Field::$f as usize => ::core::option::Option::Some(&mut self.$f),)*
                        _ => ::core::option::Option::None,
                    }
                }
                $(fn set_response_meta(&mut self, meta: $crate::client::ResponseMeta) {
                    self.$meta = meta;
                })?
            }
        };
        $crate::__data_and_debug!($t);
    };
}

/// Implements the glue for a generated union `enum T { A(..), B(..), Unknown(String) }`:
/// `union!(Type, SCHEMA_PATH, [A, B])`, one variant per schema member in the schema's order.
#[macro_export]
macro_rules! union {
    ($t:ident, $schema:path, [$($v:ident),* $(,)?]) => {
        const _: () = {
            #[allow(dead_code, clippy::enum_variant_names)]
            enum __Variant { $($v),* }
            impl $crate::data::Struct for $t {
                fn schema(&self) -> &'static $crate::schema::Schema {
                    &$schema
                }
                fn field(&self, i: usize) -> ::core::option::Option<&dyn $crate::data::Data> {
                    match self {
                        $($t::$v(x) if i == __Variant::$v as usize => ::core::option::Option::Some(x),)*
                        _ => ::core::option::Option::None,
                    }
                }
                fn field_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::data::Data> {
                    match i {
                        $(_ if i == __Variant::$v as usize => {
                            if !::core::matches!(self, $t::$v(_)) {
                                *self = $t::$v(::core::default::Default::default());
                            }
                            match self {
                                $t::$v(x) => ::core::option::Option::Some(x),
                                _ => ::core::option::Option::None,
                            }
                        })*
                        _ => ::core::option::Option::None,
                    }
                }
                fn unknown_member(&mut self, name: &str) {
                    *self = $t::Unknown(::std::string::String::from(name));
                }
                fn unknown_member_name(&self) -> ::core::option::Option<&str> {
                    match self {
                        $t::Unknown(s) if !s.is_empty() => ::core::option::Option::Some(s.as_str()),
                        _ => ::core::option::Option::None,
                    }
                }
            }
        };
        impl ::core::default::Default for $t {
            fn default() -> Self {
                $t::Unknown(::std::string::String::new())
            }
        }
        $crate::__data_and_debug!($t);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __data_and_debug {
    ($t:ident) => {
        impl $crate::data::Data for $t {
            fn get(&self) -> $crate::data::Get<'_> {
                $crate::data::Get::Struct(self)
            }
            fn as_struct(&mut self) -> ::core::option::Option<&mut dyn $crate::data::Struct> {
                ::core::option::Option::Some(self)
            }
        }
        impl ::core::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::debug::fmt_struct(self, f)
            }
        }
    };
}

/// Implements a generated string enum `enum T { A, B, Unknown(String) }`:
/// `string_enum!(Type, { A => "a", B => "b" })`.
#[macro_export]
macro_rules! string_enum {
    ($t:ident, { $($v:ident => $s:literal),* $(,)? }) => {
        impl $crate::data::StringEnum for $t {
            fn as_str(&self) -> &str {
                match self {
                    $($t::$v => $s,)*
                    $t::Unknown(s) => s.as_str(),
                }
            }
            fn from_wire(s: &str) -> Self {
                match s {
                    $($s => $t::$v,)*
                    other => $t::Unknown(::std::string::String::from(other)),
                }
            }
        }
        impl $t {
            /// The wire value.
            pub fn as_str(&self) -> &str {
                $crate::data::StringEnum::as_str(self)
            }
            /// The values this client knows.
            pub const VALUES: &'static [&'static str] = &[$($s),*];
        }
        impl ::core::default::Default for $t {
            fn default() -> Self {
                $t::Unknown(::std::string::String::new())
            }
        }
        impl ::core::convert::From<&str> for $t {
            fn from(s: &str) -> Self {
                $crate::data::StringEnum::from_wire(s)
            }
        }
        impl ::core::fmt::Display for $t {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        $crate::string_enum_data!($t);
    };
}

/// Implements [`crate::error::OperationError`] for a generated per-operation error enum
/// `enum E { A(types::A), Unmodelled }`: `operation_error!(E, [A])`, one variant per
/// modelled error in the order of the operation's `errors`.
#[macro_export]
macro_rules! operation_error {
    ($t:ident, [$($v:ident),* $(,)?]) => {
        const _: () = {
            #[allow(dead_code, clippy::enum_variant_names)]
            enum __Variant { $($v),* }
            impl $crate::error::OperationError for $t {
                fn from_index(i: ::core::option::Option<usize>) -> Self {
                    match i {
                        $(::core::option::Option::Some(i) if i == __Variant::$v as usize => {
                            $t::$v(::core::default::Default::default())
                        })*
                        _ => $t::Unmodelled,
                    }
                }
                fn as_struct_mut(&mut self) -> ::core::option::Option<&mut dyn $crate::data::Struct> {
                    match self {
                        $($t::$v(x) => ::core::option::Option::Some(x),)*
                        $t::Unmodelled => ::core::option::Option::None,
                    }
                }
            }
        };
    };
}
