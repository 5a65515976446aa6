//! `src/schemas.rs`: the data the runtime walks. One `static Schema` per shape that
//! needs its own (structures, lists, maps, scalars with traits), one `static Operation`
//! per operation in `schemas::ops`, and the `static SERVICE`. Paginators and waiters
//! are appended by [`super::extras`].

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::analysis::Ctx;
use super::{err, lit, select_protocol};
use crate::model::{MemberModel, ModelError, OperationModel, XmlNs};
use crate::names::screaming;

impl Ctx<'_> {
    /// [`Ctx::schema_ref`] as seen from the `ops` module.
    fn schema_ref_from_ops(&self, name: &str) -> TokenStream {
        match self.statics.get(name) {
            Some(st) => {
                let st = format_ident!("{}", st);
                quote!(&super::#st)
            }
            None => self.schema_ref(name),
        }
    }

    fn schema_ref(&self, name: &str) -> TokenStream {
        if let Some(st) = self.statics.get(name) {
            let st = format_ident!("{}", st);
            return quote!(&#st);
        }
        let s = self.shape(name);
        let p = match s.kind.as_str() {
            "string" | "character" => "STRING",
            "integer" => "INTEGER",
            "long" => "LONG",
            "short" => "SHORT",
            "byte" => "BYTE",
            "float" => "FLOAT",
            "double" => "DOUBLE",
            "boolean" => "BOOLEAN",
            "blob" => "BLOB",
            "timestamp" => "TIMESTAMP",
            "bigInteger" => "BIG_INTEGER",
            "bigDecimal" => "BIG_DECIMAL",
            _ => "DOCUMENT",
        };
        let p = format_ident!("{}", p);
        quote!(&p::#p)
    }

    fn ts_format(&self, path: String, f: &str) -> Result<TokenStream, ModelError> {
        Ok(match f {
            "iso8601" => quote!(TimestampFormat::Iso8601),
            "rfc822" => quote!(TimestampFormat::Rfc822),
            "unixTimestamp" => quote!(TimestampFormat::UnixTimestamp),
            other => {
                return Err(err(
                    self.file,
                    path,
                    format!("unknown timestampFormat {other:?}"),
                ))
            }
        })
    }

    fn xml_ns(ns: &XmlNs) -> (TokenStream, Literal) {
        match ns {
            XmlNs::Uri(u) => (quote!(None), lit(u)),
            XmlNs::Full {
                prefix: Some(p),
                uri,
            } => {
                let p = lit(p);
                (quote!(Some(#p)), lit(uri))
            }
            XmlNs::Full { prefix: None, uri } => (quote!(None), lit(uri)),
        }
    }

    fn member(
        &self,
        path: &str,
        name: &str,
        mm: &MemberModel,
        extra_flags: &[&str],
    ) -> Result<TokenStream, ModelError> {
        let target = self.schema_ref(&mm.shape);
        let n = lit(name);
        let mut t = quote!(Member::new(#n, #target));
        // Legacy models may put `location`/`locationName` on the target shape.
        let ts = self.shape(&mm.shape);
        let location = mm.location.as_deref().or(ts.location.as_deref());
        let location_name = mm
            .location_name
            .as_deref()
            .or(ts.location.as_ref().and(ts.location_name.as_deref()));
        let wire = lit(location_name.unwrap_or(name));
        match location {
            None => {
                if let Some(ln) = location_name {
                    let ln = lit(ln);
                    t = quote!(#t.name(#ln));
                }
            }
            Some(loc) => {
                let l = match loc {
                    "header" => quote!(Header),
                    "headers" => quote!(Headers),
                    "uri" => quote!(Uri),
                    "querystring" => quote!(QueryString),
                    "statusCode" => quote!(StatusCode),
                    other => {
                        return Err(err(
                            self.file,
                            format!("{path}.location"),
                            format!("unknown location {other:?}"),
                        ))
                    }
                };
                t = quote!(#t.at(#l, #wire));
            }
        }
        if let Some(q) = &mm.query_name {
            let q = lit(q);
            t = quote!(#t.query_name(#q));
        }
        if let Some(ns) = &mm.xml_namespace {
            let (p, u) = Ctx::xml_ns(ns);
            t = quote!(#t.xml_namespace(#p, #u));
        }
        if let Some(f) = &mm.timestamp_format {
            let f = self.ts_format(format!("{path}.timestampFormat"), f)?;
            t = quote!(#t.timestamp_format(#f));
        }
        if let Some(c) = &mm.context_param {
            let c = lit(&c.name);
            t = quote!(#t.context_param(#c));
        }
        let mut flags: Vec<&str> = extra_flags.to_vec();
        for (on, f) in [
            (mm.flattened, "FLATTENED"),
            (mm.xml_attribute, "XML_ATTRIBUTE"),
            (mm.idempotency_token, "IDEMPOTENCY_TOKEN"),
            (mm.host_label, "HOST_LABEL"),
            (mm.jsonvalue, "JSON_VALUE"),
            (mm.sensitive, "SENSITIVE"),
            (mm.streaming, "STREAMING"),
            (mm.eventpayload, "EVENT_PAYLOAD"),
            (mm.eventheader, "EVENT_HEADER"),
            (self.is_event_stream(&mm.shape), "EVENT_STREAM"),
        ] {
            if on {
                flags.push(f);
            }
        }
        if !flags.is_empty() {
            let fs = flags.iter().map(|f| format_ident!("{}", f));
            t = quote!(#t.with(#(f::#fs)|*));
        }
        Ok(t)
    }

    fn schema_static(&self, name: &str) -> Result<TokenStream, ModelError> {
        let s = self.shape(name);
        let st = format_ident!("{}", self.statics[name]);
        let path = format!("shapes.{name}");
        let n = lit(name);
        let mut t = match s.kind.as_str() {
            _ if Ctx::is_document(s) => quote!(Schema::scalar(#n, Kind::Document)),
            "structure" => {
                let mut members = Vec::new();
                for (mname, mm) in s.members.iter() {
                    let mut extra = Vec::new();
                    if s.required.iter().any(|r| r == mname) {
                        extra.push("REQUIRED");
                    }
                    let payload = s
                        .payload
                        .as_deref()
                        .or_else(|| self.ref_payload.get(name).copied());
                    if payload == Some(mname.as_str()) {
                        extra.push("PAYLOAD");
                    }
                    members.push(self.member(
                        &format!("{path}.members.{mname}"),
                        mname,
                        mm,
                        &extra,
                    )?);
                }
                if Ctx::is_union(s) {
                    quote!(Schema::union(#n, &[#(#members),*]))
                } else {
                    quote!(Schema::structure(#n, &[#(#members),*]))
                }
            }
            "list" => {
                let mm = s
                    .member
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.member"), "missing"))?;
                let m = self.member(&format!("{path}.member"), "member", mm, &[])?;
                quote!(Schema::list(#n, &[#m]))
            }
            "map" => {
                let k = s
                    .key
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.key"), "missing"))?;
                let v = s
                    .value
                    .as_ref()
                    .ok_or_else(|| err(self.file, format!("{path}.value"), "missing"))?;
                let k = self.member(&format!("{path}.key"), "key", k, &[])?;
                let v = self.member(&format!("{path}.value"), "value", v, &[])?;
                quote!(Schema::map(#n, &[#k, #v]))
            }
            kind => {
                let k = match kind {
                    "string" | "character" => quote!(String),
                    "integer" => quote!(Integer),
                    "long" => quote!(Long),
                    "short" => quote!(Short),
                    "byte" => quote!(Byte),
                    "float" => quote!(Float),
                    "double" => quote!(Double),
                    "boolean" => quote!(Boolean),
                    "blob" => quote!(Blob),
                    "timestamp" => quote!(Timestamp),
                    "bigInteger" => quote!(BigInteger),
                    "bigDecimal" => quote!(BigDecimal),
                    _ => quote!(Document),
                };
                quote!(Schema::scalar(#n, Kind::#k))
            }
        };
        let mut flags = Vec::new();
        for (on, f) in [
            (s.flattened, "FLATTENED"),
            (s.sensitive, "SENSITIVE"),
            (s.streaming, "STREAMING"),
            (
                s.eventstream && self.input_events.contains(name),
                "STREAMING",
            ),
            (s.eventstream, "EVENT_STREAM"),
            (s.requires_length, "REQUIRES_LENGTH"),
            (s.document, "DOCUMENT"),
            (
                s.error.as_ref().is_some_and(|e| e.sender_fault),
                "SENDER_FAULT",
            ),
            (s.retryable.is_some(), "RETRYABLE"),
            (
                s.retryable.as_ref().is_some_and(|r| r.throttling),
                "THROTTLING",
            ),
        ] {
            if on && !flags.contains(&f) {
                flags.push(f);
            }
        }
        if !flags.is_empty() {
            let fs = flags.iter().map(|f| format_ident!("{}", f));
            t = quote!(#t.with(#(f::#fs)|*));
        }
        if let Some(ln) = &s.location_name {
            let ln = lit(ln);
            t = quote!(#t.xml_name(#ln));
        }
        if let Some(ns) = &s.xml_namespace {
            let (p, u) = Ctx::xml_ns(ns);
            t = quote!(#t.xml_namespace(#p, #u));
        }
        if let Some(f) = &s.timestamp_format {
            let f = self.ts_format(format!("{path}.timestampFormat"), f)?;
            t = quote!(#t.timestamp_format(#f));
        }
        if s.exception || s.error.is_some() {
            let code = s
                .error
                .as_ref()
                .and_then(|e| e.code.clone())
                .unwrap_or_else(|| name.to_string());
            let status = s
                .error
                .as_ref()
                .and_then(|e| e.http_status_code)
                .unwrap_or(if s.fault { 500 } else { 400 });
            let code = lit(&code);
            t = quote!(#t.error(#code, #status));
        }
        Ok(quote!(pub static #st: Schema = #t;))
    }

    fn auth(&self, op: &OperationModel) -> TokenStream {
        let pick = |list: &Vec<String>| -> Option<TokenStream> {
            list.iter().find_map(|a| match a.as_str() {
                "aws.auth#sigv4" => Some(quote!(SigV4)),
                "smithy.api#httpBearerAuth" => Some(quote!(Bearer)),
                "smithy.api#noAuth" => Some(quote!(None)),
                _ => None,
            })
        };
        if let Some(a) = op.auth.as_ref().and_then(pick) {
            return a;
        }
        match op.authtype.as_deref() {
            Some("none") => return quote!(None),
            Some("v4-unsigned-body") => return quote!(SigV4UnsignedBody),
            Some("bearer") => return quote!(Bearer),
            Some(_) => return quote!(SigV4),
            None => {}
        }
        self.service_auth()
    }

    fn service_auth(&self) -> TokenStream {
        let md = &self.m.metadata;
        let from_list = md.auth.as_ref().and_then(|list| {
            list.iter().find_map(|a| match a.as_str() {
                "aws.auth#sigv4" => Some(quote!(SigV4)),
                "smithy.api#httpBearerAuth" => Some(quote!(Bearer)),
                "smithy.api#noAuth" => Some(quote!(None)),
                _ => None,
            })
        });
        from_list.unwrap_or_else(|| match md.signature_version.as_deref() {
            Some("bearer") => quote!(Bearer),
            _ => quote!(SigV4),
        })
    }

    fn operation_static(
        &self,
        service_name: &str,
        opname: &str,
        op: &OperationModel,
    ) -> Result<TokenStream, ModelError> {
        let path = format!("operations.{opname}");
        let st = format_ident!("{}", screaming(opname));
        let n = lit(opname);
        let method = lit(&op.http.method);
        // botocore's model customisations for rule-set endpoints: S3's endpoint already holds
        // the bucket (virtual-hosted or path style), so `/{Bucket}` leaves the request URI
        // (`remove_bucket_from_url_paths_from_model`); S3 Control's rule set puts the account
        // id in the host, so its `{AccountId}.` host prefix goes (`remove_accid_host_prefix_from_model`).
        let request_uri = if service_name == "s3" {
            let u = op.http.request_uri.replacen("/{Bucket}", "", 1);
            if u.is_empty() || u.starts_with('?') {
                format!("/{u}")
            } else {
                u
            }
        } else {
            op.http.request_uri.clone()
        };
        let uri = lit(&request_uri);
        // Shapes are named through `super::` so an operation static of the same name
        // (in `ops`) never shadows them.
        let io = |r: &Option<crate::model::IoRef>| match r {
            Some(r) => self.schema_ref_from_ops(&r.shape),
            None => quote!(&p::UNIT),
        };
        let (input, output) = (io(&op.input), io(&op.output));
        let mut t = quote!(Operation::new(#n, #method, #uri, #input, #output));
        if let Some(c) = op.http.response_code.filter(|c| *c != 200) {
            t = quote!(#t.response_code(#c));
        }
        if !op.errors.is_empty() {
            let es = op.errors.iter().map(|e| self.schema_ref_from_ops(&e.shape));
            t = quote!(#t.errors(&[#(#es),*]));
        }
        let auth = self.auth(op);
        if auth.to_string() != "SigV4" {
            t = quote!(#t.auth(AuthScheme::#auth));
        }
        if let Some(e) = &op.endpoint {
            let prefix = if service_name == "s3control" {
                e.host_prefix.replacen("{AccountId}.", "", 1)
            } else {
                e.host_prefix.clone()
            };
            if !prefix.is_empty() {
                let h = lit(&prefix);
                t = quote!(#t.host_prefix(#h));
            }
        }
        let mut flags = Vec::new();
        let checksum_required = op.http_checksum_required
            || op
                .http_checksum
                .as_ref()
                .is_some_and(|c| c.request_checksum_required);
        let streams = |r: &Option<crate::model::IoRef>| {
            r.as_ref().is_some_and(|r| {
                self.shape(&r.shape)
                    .members
                    .iter()
                    .any(|(_, m)| self.member_is_stream(m) && !self.is_event_stream(&m.shape))
            })
        };
        let events = [&op.input, &op.output].into_iter().flatten().any(|r| {
            self.shape(&r.shape)
                .members
                .iter()
                .any(|(_, m)| self.is_event_stream(&m.shape))
        });
        for (on, f) in [
            (checksum_required, "CHECKSUM_REQUIRED"),
            (op.idempotent, "IDEMPOTENT"),
            (op.unsigned_payload, "UNSIGNED_PAYLOAD"),
            (streams(&op.input), "STREAMING_INPUT"),
            (streams(&op.output), "STREAMING_OUTPUT"),
            (events, "EVENT_STREAM"),
            (
                op.endpointdiscovery
                    .as_ref()
                    .and_then(|v| v.get("required"))
                    .and_then(|v| v.as_bool())
                    == Some(true),
                "ENDPOINT_DISCOVERY",
            ),
            (op.deprecated, "DEPRECATED"),
        ] {
            if on {
                flags.push(format_ident!("{}", f));
            }
        }
        if !flags.is_empty() {
            t = quote!(#t.with(#(op_flags::#flags)|*));
        }
        if let Some(rc) = &op.requestcompression {
            let es = rc.encodings.iter().map(|e| lit(e));
            t = quote!(#t.request_compression(&[#(#es),*]));
        }
        if !op.static_context_params.is_empty() {
            let mut ps = Vec::new();
            for (k, v) in op.static_context_params.iter() {
                let kl = lit(k);
                let v = match &v.value {
                    serde_json::Value::Bool(b) => quote!(ParamValue::Bool(#b)),
                    serde_json::Value::String(s) => {
                        let s = lit(s);
                        quote!(ParamValue::Str(#s))
                    }
                    serde_json::Value::Array(a) => {
                        let items: Option<Vec<Literal>> =
                            a.iter().map(|x| x.as_str().map(lit)).collect();
                        let items = items.ok_or_else(|| {
                            err(
                                self.file,
                                format!("{path}.staticContextParams.{k}.value"),
                                "a list must hold strings",
                            )
                        })?;
                        quote!(ParamValue::StrList(&[#(#items),*]))
                    }
                    _ => {
                        return Err(err(
                            self.file,
                            format!("{path}.staticContextParams.{k}.value"),
                            "expected a boolean, string or list of strings",
                        ))
                    }
                };
                ps.push(quote!((#kl, #v)));
            }
            t = quote!(#t.static_context_params(&[#(#ps),*]));
        }
        if !op.operation_context_params.is_empty() {
            let ps = op.operation_context_params.iter().map(|(k, v)| {
                let (k, p) = (lit(k), lit(&v.path));
                quote!((#k, #p))
            });
            t = quote!(#t.operation_context_params(&[#(#ps),*]));
        }
        if let Some(c) = &op.http_checksum {
            let opt = |v: &Option<String>| match v {
                Some(s) => {
                    let s = lit(s);
                    quote!(Some(#s))
                }
                None => quote!(None),
            };
            let a = opt(&c.request_algorithm_member);
            let v = opt(&c.request_validation_mode_member);
            let r = c.response_algorithms.iter().map(|x| lit(x));
            t = quote!(#t.http_checksum(HttpChecksum {
                request_algorithm_member: #a,
                request_validation_mode_member: #v,
                response_algorithms: &[#(#r),*],
            }));
        }
        if let Some(w) = op.output.as_ref().and_then(|o| o.result_wrapper.as_ref()) {
            let w = lit(w);
            t = quote!(#t.result_wrapper(#w));
        }
        if let Some(i) = &op.input {
            if let Some(ln) = &i.location_name {
                let ln = lit(ln);
                let ns = match &i.xml_namespace {
                    Some(ns) => {
                        let (p, u) = Ctx::xml_ns(ns);
                        quote!(Some(XmlNamespace { prefix: #p, uri: #u }))
                    }
                    None => quote!(None),
                };
                t = quote!(#t.input_xml(#ln, #ns));
            }
        }
        Ok(quote!(pub static #st: Operation = #t;))
    }

    /// `rules_file`: the rule-set JSON file next to the generated file, for `include_str!`.
    pub(super) fn schemas_file(
        &self,
        service_name: &str,
        rules_file: Option<&str>,
    ) -> Result<TokenStream, ModelError> {
        let mut shapes = Vec::new();
        for n in self.statics.keys() {
            shapes.push(self.schema_static(n)?);
        }
        let mut ops = Vec::new();
        for (name, op) in &self.m.operations {
            ops.push(self.operation_static(service_name, name, op)?);
        }
        let op_names: Vec<_> = self
            .m
            .operations
            .keys()
            .map(|k| format_ident!("{}", screaming(k)))
            .collect();
        let md = &self.m.metadata;
        let protocol = match select_protocol(self.m) {
            Some("smithy-rpc-v2-cbor") => quote!(SmithyRpcV2Cbor),
            Some("json") => quote!(Json),
            Some("rest-json") => quote!(RestJson),
            Some("rest-xml") => quote!(RestXml),
            Some("query") => quote!(Query),
            Some("ec2") => quote!(Ec2),
            _ => {
                return Err(err(
                    self.file,
                    "metadata.protocols".into(),
                    format!("no supported protocol in {:?}", md.protocols),
                ))
            }
        };
        // What the model leaves out keeps `Service::new`'s default (empty, `None`, SigV4).
        let mut fields = Vec::new();
        let mut set = |field: &str, value: TokenStream| {
            let f = format_ident!("{}", field);
            fields.push(quote!(#f: #value));
        };
        let present = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(lit);
        for (field, value) in [
            ("service_id", md.service_id.as_deref()),
            ("endpoint_prefix", md.endpoint_prefix.as_deref()),
            (
                "signing_name",
                md.signing_name.as_deref().or(md.endpoint_prefix.as_deref()),
            ),
        ] {
            if let Some(v) = present(value) {
                set(field, quote!(#v));
            }
        }
        for (field, value) in [
            ("json_version", &md.json_version),
            ("target_prefix", &md.target_prefix),
            ("xml_namespace", &md.xml_namespace),
        ] {
            if let Some(v) = present(value.as_deref()) {
                set(field, quote!(Some(#v)));
            }
        }
        if md.aws_query_compatible.is_some() {
            set("aws_query_compatible", quote!(true));
        }
        let auth = self.service_auth();
        if auth.to_string() != "SigV4" {
            set("auth", quote!(AuthScheme::#auth));
        }
        if !self.m.client_context_params.is_empty() {
            let ccp = self.m.client_context_params.iter().map(|(k, v)| {
                let k = lit(k);
                let t = if v.kind == "boolean" {
                    quote!(Bool)
                } else {
                    quote!(Str)
                };
                quote!((#k, ParamType::#t))
            });
            set("client_context_params", quote!(&[#(#ccp),*]));
        }
        if let Some(f) = rules_file {
            set("rule_set", quote!(include_str!(#f)));
        }
        let (name, api_version) = (lit(service_name), lit(&md.api_version));
        Ok(quote! {
            //! Static schemas of the service's shapes and operations, walked by the runtime.
            #![allow(unused_imports)]
            use kumo_runtime::operation::{AuthScheme, HttpChecksum, Operation, ParamType, ParamValue, Protocol, Service, op_flags};
            use kumo_runtime::schema::{Kind, Location::*, Member, Schema, TimestampFormat, XmlNamespace, flags as f, prelude as p};

            pub static SERVICE: Service = Service {
                #(#fields,)*
                ..Service::new(#name, #api_version, Protocol::#protocol)
            };

            #(#shapes)*

            /// Operation metadata.
            pub mod ops {
                use super::*;
                #(#ops)*

                /// Every operation, by model name order.
                pub static ALL: &[&Operation] = &[#(&#op_names),*];
            }
        })
    }
}
