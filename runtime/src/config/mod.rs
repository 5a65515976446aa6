//! Client configuration: environment, profiles and defaults (botocore's `config.py`, `configprovider.py`).

pub mod profile;
