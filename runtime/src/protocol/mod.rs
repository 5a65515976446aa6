//! Wire protocols: one engine per protocol, driven by static schemas (botocore's
//! `serialize.py` and `parsers.py`).
//!
//! The pipeline calls three functions, whatever the protocol:
//! - [`serialize`]: input value → an `http::Request` whose URI is the path and query only
//!   (the pipeline puts the endpoint in front of it and adds the host prefix);
//! - [`parse_output`]: a successful response's head and body → the output value;
//! - [`parse_error`]: an error response → [`ErrorMeta`] and which modelled error it is,
//!   then [`parse_error_members`] fills that error's structure.
//!
//! Streaming payloads never reach these functions as bytes: the pipeline moves the
//! request stream into the request body and the response body into the output's
//! streaming member.
