//! The list of suite files and the type of their cases.
use super::*;
/// One case: where it is in its file, its operation, and constructors for its values.
pub struct Case {
    /// Index of the suite in the file.
    pub suite: usize,
    /// Index of the case in the suite.
    pub case: usize,
    /// The suite's service.
    pub service: &'static kumo_runtime::operation::Service,
    /// The case's operation.
    pub op: &'static kumo_runtime::operation::Operation,
    /// A default input value.
    pub input: fn() -> Box<dyn kumo_runtime::data::Struct>,
    /// A default output value.
    pub output: fn() -> Box<dyn kumo_runtime::data::Struct>,
    /// A default value of the operation's modelled error `i`.
    pub error: fn(usize) -> Option<Box<dyn kumo_runtime::data::Struct>>,
    /// A default value of any exception shape of the suite, by shape name or error code.
    pub any_error: fn(&str) -> Option<Box<dyn kumo_runtime::data::Struct>>,
}
/// Every suite file (relative to `models/tests/protocols`) with its cases.
pub static FILES: &[(&str, &[Case])] = &[
    ("input/ec2.json", input_ec2::CASES),
    ("input/json.json", input_json::CASES),
    ("input/json_1_0-query-compatible.json", input_json_1_0_query_compatible::CASES),
    ("input/json_1_0.json", input_json_1_0::CASES),
    ("input/query.json", input_query::CASES),
    ("input/rest-json.json", input_rest_json::CASES),
    ("input/rest-xml.json", input_rest_xml::CASES),
    (
        "input/smithy-rpc-v2-cbor-non-query-compatible.json",
        input_smithy_rpc_v2_cbor_non_query_compatible::CASES,
    ),
    (
        "input/smithy-rpc-v2-cbor-query-compatible.json",
        input_smithy_rpc_v2_cbor_query_compatible::CASES,
    ),
    ("input/smithy-rpc-v2-cbor.json", input_smithy_rpc_v2_cbor::CASES),
    ("output/ec2.json", output_ec2::CASES),
    ("output/json.json", output_json::CASES),
    ("output/json_1_0-query-compatible.json", output_json_1_0_query_compatible::CASES),
    ("output/json_1_0.json", output_json_1_0::CASES),
    ("output/query.json", output_query::CASES),
    ("output/rest-json.json", output_rest_json::CASES),
    ("output/rest-xml.json", output_rest_xml::CASES),
    (
        "output/smithy-rpc-v2-cbor-non-query-compatible.json",
        output_smithy_rpc_v2_cbor_non_query_compatible::CASES,
    ),
    (
        "output/smithy-rpc-v2-cbor-query-compatible.json",
        output_smithy_rpc_v2_cbor_query_compatible::CASES,
    ),
    ("output/smithy-rpc-v2-cbor.json", output_smithy_rpc_v2_cbor::CASES),
    ("legacy/input/ec2.json", legacy_input_ec2::CASES),
    ("legacy/input/json.json", legacy_input_json::CASES),
    ("legacy/input/query.json", legacy_input_query::CASES),
    ("legacy/input/rest-json.json", legacy_input_rest_json::CASES),
    ("legacy/input/rest-xml.json", legacy_input_rest_xml::CASES),
    ("legacy/output/ec2.json", legacy_output_ec2::CASES),
    ("legacy/output/json.json", legacy_output_json::CASES),
    ("legacy/output/query.json", legacy_output_query::CASES),
    ("legacy/output/rest-json.json", legacy_output_rest_json::CASES),
    ("legacy/output/rest-xml.json", legacy_output_rest_xml::CASES),
];
