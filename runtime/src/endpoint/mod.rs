//! Endpoint resolution: the rules engine over `endpoint-rule-set-1.json` (botocore's `endpoint_provider.py`).
