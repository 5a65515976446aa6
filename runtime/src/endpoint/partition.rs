//! `aws.partition`: the partition table from `models/data/partitions.json`, parsed once.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value as Json;

use super::EndpointError;

const PARTITIONS_JSON: &str = include_str!("../../../models/data/partitions.json");

/// A partition's output value.
#[derive(Debug)]
pub(crate) enum PartitionValue {
    Str(String),
    Bool(bool),
}

/// One partition: its id, region pattern, known regions and outputs.
#[derive(Debug)]
pub(crate) struct Partition {
    pub id: String,
    regex: regex_lite::Regex,
    pub outputs: Vec<(String, PartitionValue)>,
}

#[derive(Debug)]
pub(crate) struct Partitions {
    list: Vec<Partition>,
    /// Region name → index of the first partition that lists it.
    regions: HashMap<String, usize>,
}

impl Partitions {
    pub(crate) fn parse(json: &str) -> Result<Partitions, EndpointError> {
        let err = |path: &str, m: &str| EndpointError::parse(path, format!("partitions: {m}"));
        let doc: Json =
            serde_json::from_str(json).map_err(|e| err("$", &format!("invalid JSON: {e}")))?;
        let list = doc
            .get("partitions")
            .and_then(Json::as_array)
            .ok_or_else(|| err("$.partitions", "expected an array"))?;
        let mut out = Partitions {
            list: Vec::with_capacity(list.len()),
            regions: HashMap::new(),
        };
        for (i, p) in list.iter().enumerate() {
            let path = format!("$.partitions[{i}]");
            let id = p
                .get("id")
                .and_then(Json::as_str)
                .ok_or_else(|| err(&path, "missing string `id`"))?;
            let pattern = p
                .get("regionRegex")
                .and_then(Json::as_str)
                .ok_or_else(|| err(&path, "missing string `regionRegex`"))?;
            let regex = regex_lite::Regex::new(pattern)
                .map_err(|e| err(&format!("{path}.regionRegex"), &e.to_string()))?;
            let outputs = p
                .get("outputs")
                .and_then(Json::as_object)
                .ok_or_else(|| err(&path, "missing object `outputs`"))?;
            let mut outs = Vec::with_capacity(outputs.len());
            for (k, v) in outputs {
                let v = match v {
                    Json::String(s) => PartitionValue::Str(s.clone()),
                    Json::Bool(b) => PartitionValue::Bool(*b),
                    _ => {
                        return Err(err(
                            &format!("{path}.outputs.{k}"),
                            "expected a string or boolean",
                        ))
                    }
                };
                outs.push((k.clone(), v));
            }
            if let Some(regions) = p.get("regions").and_then(Json::as_object) {
                for r in regions.keys() {
                    out.regions.entry(r.clone()).or_insert(i);
                }
            }
            out.list.push(Partition {
                id: id.to_string(),
                regex,
                outputs: outs,
            });
        }
        if out.list.is_empty() {
            return Err(err("$.partitions", "no partitions"));
        }
        Ok(out)
    }

    /// The first partition that lists `region` or whose pattern matches it; the first
    /// partition when none does or `region` is none (botocore's behaviour).
    pub(crate) fn lookup(&self, region: Option<&str>) -> Option<&Partition> {
        if let Some(region) = region {
            let listed = self.regions.get(region).copied().unwrap_or(self.list.len());
            let by_regex = self
                .list
                .iter()
                .take(listed)
                .position(|p| p.regex.is_match(region));
            if let Some(p) = self.list.get(by_regex.unwrap_or(listed)) {
                return Some(p);
            }
        }
        self.list.first()
    }
}

static PARTITIONS: OnceLock<Result<Partitions, EndpointError>> = OnceLock::new();

/// The partition for `region` from the embedded partition table.
pub(crate) fn lookup(region: Option<&str>) -> Result<&'static Partition, EndpointError> {
    match PARTITIONS.get_or_init(|| Partitions::parse(PARTITIONS_JSON)) {
        Ok(p) => p
            .lookup(region)
            .ok_or_else(|| EndpointError::Eval("no partitions".to_string())),
        Err(e) => Err(e.clone()),
    }
}
