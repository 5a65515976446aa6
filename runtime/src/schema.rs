//! Static schemas: the model's shapes and operations as data.
//!
//! A generated crate describes every shape once, as a `static Schema`, and every
//! operation as a `static Operation`. The protocol engines in [`crate::protocol`],
//! the parameter validator and the redacting `Debug` printer walk these schemas
//! together with the [`crate::data`] view of a value; no per-shape serializer code
//! is ever generated. This corresponds to botocore's `botocore.model` module,
//! except that the model is compiled into statics instead of read at run time.
//!
//! Member traits are packed into a small struct built with `const fn` setters, so a
//! generated member reads like the model:
//!
//! ```
//! use kumo_runtime::schema::{flags, prelude, Location, Member, Schema};
//!
//! static GET_OBJECT_INPUT: Schema = Schema::structure(
//!     "GetObjectRequest",
//!     &[Member::new("Key", &prelude::STRING)
//!         .at(Location::Uri, "Key")
//!         .required()],
//! );
//! let key = &GET_OBJECT_INPUT.members[0];
//! assert_eq!((key.location, key.wire_name()), (Location::Uri, "Key"));
//! assert!(key.has(flags::REQUIRED));
//! ```

/// The type of a shape, as botocore's `type` field names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A structure: `members` lists its members in model order.
    Structure,
    /// A tagged union: exactly one member is set.
    Union,
    /// A list: `members[0]` describes the element.
    List,
    /// A map: `members[0]` describes the key, `members[1]` the value.
    Map,
    /// A string (including string enums).
    String,
    /// An 8-bit integer.
    Byte,
    /// A 16-bit integer.
    Short,
    /// A 32-bit integer (including int enums).
    Integer,
    /// A 64-bit integer.
    Long,
    /// A 32-bit float.
    Float,
    /// A 64-bit float.
    Double,
    /// An arbitrary precision integer, carried as its decimal text.
    BigInteger,
    /// An arbitrary precision decimal, carried as its decimal text.
    BigDecimal,
    /// A boolean.
    Boolean,
    /// Bytes.
    Blob,
    /// A point in time.
    Timestamp,
    /// An untyped JSON-like document.
    Document,
}

/// Where a member is placed in an HTTP message (botocore's `location`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// In the body, as the protocol serializes it.
    Body,
    /// A single header named by the member's wire name.
    Header,
    /// A map of headers whose names start with the member's wire name (a prefix).
    Headers,
    /// A URI path label.
    Uri,
    /// A query string parameter (or a map of them when the target is a map).
    QueryString,
    /// The HTTP status code of a response.
    StatusCode,
}

/// A timestamp's wire format (botocore's `timestampFormat`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimestampFormat {
    /// `2014-04-29T18:30:38Z`
    Iso8601,
    /// `Tue, 29 Apr 2014 18:30:38 GMT`
    Rfc822,
    /// Seconds since the epoch, possibly with a fraction.
    UnixTimestamp,
}

/// An XML namespace (botocore's `xmlNamespace`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct XmlNamespace {
    /// The prefix, when the namespace is declared as `xmlns:prefix`.
    pub prefix: Option<&'static str>,
    /// The namespace URI.
    pub uri: &'static str,
}

/// Trait flags carried by a shape or a member.
pub mod flags {
    /// The member is required.
    pub const REQUIRED: u32 = 1;
    /// The list or map is flattened (XML).
    pub const FLATTENED: u32 = 1 << 1;
    /// The member is an XML attribute.
    pub const XML_ATTRIBUTE: u32 = 1 << 2;
    /// The member is filled with a fresh UUID when unset.
    pub const IDEMPOTENCY_TOKEN: u32 = 1 << 3;
    /// The member is substituted into the host prefix.
    pub const HOST_LABEL: u32 = 1 << 4;
    /// The header carries base64 JSON (`jsonvalue`).
    pub const JSON_VALUE: u32 = 1 << 5;
    /// The value must never be printed or logged.
    pub const SENSITIVE: u32 = 1 << 6;
    /// The blob or structure is streamed (`streaming`).
    pub const STREAMING: u32 = 1 << 7;
    /// The structure is an event stream.
    pub const EVENT_STREAM: u32 = 1 << 8;
    /// The member is the payload of an event.
    pub const EVENT_PAYLOAD: u32 = 1 << 9;
    /// The member is the HTTP payload of its structure.
    pub const PAYLOAD: u32 = 1 << 10;
    /// The structure is an error (`exception`).
    pub const EXCEPTION: u32 = 1 << 11;
    /// The streaming body must have a known length (`requiresLength`).
    pub const REQUIRES_LENGTH: u32 = 1 << 12;
    /// The shape is a document (`document: true`).
    pub const DOCUMENT: u32 = 1 << 13;
    /// The member is an event header.
    pub const EVENT_HEADER: u32 = 1 << 14;
    /// The error is a sender fault (`senderFault`).
    pub const SENDER_FAULT: u32 = 1 << 15;
    /// The member carries a request checksum algorithm (`httpChecksum.requestAlgorithmMember`).
    pub const CHECKSUM_ALGORITHM: u32 = 1 << 16;
    /// The error is retryable (`retryable`).
    pub const RETRYABLE: u32 = 1 << 17;
    /// The retryable error is a throttling error (`retryable.throttling`).
    pub const THROTTLING: u32 = 1 << 18;
}

/// A shape: its name, kind, members and traits.
#[derive(Debug)]
pub struct Schema {
    /// The shape's name in the model.
    pub name: &'static str,
    /// Its type.
    pub kind: Kind,
    /// Members of a structure or union; the element of a list; key and value of a map.
    pub members: &'static [Member],
    /// Shape-level flags from [`flags`].
    pub flags: u32,
    /// The shape's `locationName` (XML element name of a structure or list).
    pub xml_name: Option<&'static str>,
    /// The shape's `xmlNamespace`.
    pub xml_namespace: Option<XmlNamespace>,
    /// The shape's `timestampFormat`.
    pub timestamp_format: Option<TimestampFormat>,
    /// For an error shape, its error code (`error.code`, else the shape name).
    pub error_code: Option<&'static str>,
    /// For an error shape, its HTTP status (`error.httpStatusCode`).
    pub error_status: u16,
}

impl Schema {
    const fn base(name: &'static str, kind: Kind) -> Schema {
        Schema {
            name,
            kind,
            members: &[],
            flags: 0,
            xml_name: None,
            xml_namespace: None,
            timestamp_format: None,
            error_code: None,
            error_status: 0,
        }
    }
    /// A shape of a scalar kind.
    pub const fn scalar(name: &'static str, kind: Kind) -> Schema {
        Schema::base(name, kind)
    }
    /// A structure with these members.
    pub const fn structure(name: &'static str, members: &'static [Member]) -> Schema {
        Schema {
            members,
            ..Schema::base(name, Kind::Structure)
        }
    }
    /// A union with these members.
    pub const fn union(name: &'static str, members: &'static [Member]) -> Schema {
        Schema {
            members,
            ..Schema::base(name, Kind::Union)
        }
    }
    /// A list whose element is `member`.
    pub const fn list(name: &'static str, member: &'static [Member; 1]) -> Schema {
        Schema {
            members: member,
            ..Schema::base(name, Kind::List)
        }
    }
    /// A map with `key` and `value` members.
    pub const fn map(name: &'static str, key_value: &'static [Member; 2]) -> Schema {
        Schema {
            members: key_value,
            ..Schema::base(name, Kind::Map)
        }
    }
    /// Adds flags from [`flags`].
    pub const fn with(self, f: u32) -> Schema {
        Schema {
            flags: self.flags | f,
            ..self
        }
    }
    /// Sets the shape's `locationName`.
    pub const fn xml_name(self, n: &'static str) -> Schema {
        Schema {
            xml_name: Some(n),
            ..self
        }
    }
    /// Sets the shape's `xmlNamespace`.
    pub const fn xml_namespace(self, prefix: Option<&'static str>, uri: &'static str) -> Schema {
        Schema {
            xml_namespace: Some(XmlNamespace { prefix, uri }),
            ..self
        }
    }
    /// Sets the shape's `timestampFormat`.
    pub const fn timestamp_format(self, f: TimestampFormat) -> Schema {
        Schema {
            timestamp_format: Some(f),
            ..self
        }
    }
    /// Marks an error shape with its code and HTTP status.
    pub const fn error(self, code: &'static str, status: u16) -> Schema {
        Schema {
            error_code: Some(code),
            error_status: status,
            flags: self.flags | flags::EXCEPTION,
            ..self
        }
    }
    /// Whether a flag is set.
    pub const fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// The member that is the HTTP payload, if any.
    pub fn payload_member(&self) -> Option<(usize, &'static Member)> {
        self.members
            .iter()
            .enumerate()
            .find(|(_, m)| m.has(flags::PAYLOAD))
    }
    /// The index of the member with this model name.
    pub fn member_index(&self, name: &str) -> Option<usize> {
        self.members.iter().position(|m| m.name == name)
    }
}

/// A member of a structure, union, list or map, with its traits.
#[derive(Debug)]
pub struct Member {
    /// The member's name in the model (for lists `member`, for maps `key`/`value`).
    pub name: &'static str,
    /// The target shape.
    pub target: &'static Schema,
    /// Where the member goes in an HTTP message.
    pub location: Location,
    /// The wire name (`locationName`), when it differs from `name`.
    pub location_name: Option<&'static str>,
    /// EC2's `queryName`.
    pub query_name: Option<&'static str>,
    /// The member's `xmlNamespace`.
    pub xml_namespace: Option<XmlNamespace>,
    /// The member's `timestampFormat` (wins over the target's).
    pub timestamp_format: Option<TimestampFormat>,
    /// The endpoint rule-set parameter this member binds (`contextParam`).
    pub context_param: Option<&'static str>,
    /// Member-level flags from [`flags`].
    pub flags: u32,
}

impl Member {
    /// A body member with no traits.
    pub const fn new(name: &'static str, target: &'static Schema) -> Member {
        Member {
            name,
            target,
            location: Location::Body,
            location_name: None,
            query_name: None,
            xml_namespace: None,
            timestamp_format: None,
            context_param: None,
            flags: 0,
        }
    }
    /// Sets `locationName` without changing the location.
    pub const fn name(self, n: &'static str) -> Member {
        Member {
            location_name: Some(n),
            ..self
        }
    }
    /// Places the member at `location` under wire name `n`.
    pub const fn at(self, location: Location, n: &'static str) -> Member {
        Member {
            location,
            location_name: Some(n),
            ..self
        }
    }
    /// Sets EC2's `queryName`.
    pub const fn query_name(self, n: &'static str) -> Member {
        Member {
            query_name: Some(n),
            ..self
        }
    }
    /// Sets the member's `xmlNamespace`.
    pub const fn xml_namespace(self, prefix: Option<&'static str>, uri: &'static str) -> Member {
        Member {
            xml_namespace: Some(XmlNamespace { prefix, uri }),
            ..self
        }
    }
    /// Sets the member's `timestampFormat`.
    pub const fn timestamp_format(self, f: TimestampFormat) -> Member {
        Member {
            timestamp_format: Some(f),
            ..self
        }
    }
    /// Binds the member to an endpoint rule-set parameter.
    pub const fn context_param(self, p: &'static str) -> Member {
        Member {
            context_param: Some(p),
            ..self
        }
    }
    /// Adds flags from [`flags`].
    pub const fn with(self, f: u32) -> Member {
        Member {
            flags: self.flags | f,
            ..self
        }
    }
    /// Marks the member required.
    pub const fn required(self) -> Member {
        self.with(flags::REQUIRED)
    }
    /// Whether a flag is set on the member.
    pub const fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// The name used on the wire: `locationName` when set, else the member name.
    pub fn wire_name(&self) -> &'static str {
        self.location_name.unwrap_or(self.name)
    }
    /// Whether the member or its target is flattened.
    pub fn flattened(&self) -> bool {
        self.has(flags::FLATTENED) || self.target.has(flags::FLATTENED)
    }
    /// Whether the member or its target is sensitive.
    pub fn sensitive(&self) -> bool {
        self.has(flags::SENSITIVE) || self.target.has(flags::SENSITIVE)
    }
    /// The timestamp format set on the member or its target, if any.
    pub fn timestamp_format_or(&self, default: TimestampFormat) -> TimestampFormat {
        self.timestamp_format
            .or(self.target.timestamp_format)
            .unwrap_or(default)
    }
}

/// Shared schemas for plain scalar shapes that carry no traits of their own.
pub mod prelude {
    use super::{Kind, Schema};
    /// A plain string.
    pub static STRING: Schema = Schema::scalar("String", Kind::String);
    /// A plain boolean.
    pub static BOOLEAN: Schema = Schema::scalar("Boolean", Kind::Boolean);
    /// A plain byte.
    pub static BYTE: Schema = Schema::scalar("Byte", Kind::Byte);
    /// A plain short.
    pub static SHORT: Schema = Schema::scalar("Short", Kind::Short);
    /// A plain integer.
    pub static INTEGER: Schema = Schema::scalar("Integer", Kind::Integer);
    /// A plain long.
    pub static LONG: Schema = Schema::scalar("Long", Kind::Long);
    /// A plain float.
    pub static FLOAT: Schema = Schema::scalar("Float", Kind::Float);
    /// A plain double.
    pub static DOUBLE: Schema = Schema::scalar("Double", Kind::Double);
    /// A plain big integer.
    pub static BIG_INTEGER: Schema = Schema::scalar("BigInteger", Kind::BigInteger);
    /// A plain big decimal.
    pub static BIG_DECIMAL: Schema = Schema::scalar("BigDecimal", Kind::BigDecimal);
    /// A plain blob.
    pub static BLOB: Schema = Schema::scalar("Blob", Kind::Blob);
    /// A plain timestamp.
    pub static TIMESTAMP: Schema = Schema::scalar("Timestamp", Kind::Timestamp);
    /// A document.
    pub static DOCUMENT: Schema = Schema::scalar("Document", Kind::Document);
    /// A structure with no members (an operation without input or output).
    pub static UNIT: Schema = Schema::structure("Unit", &[]);
}
