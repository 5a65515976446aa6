//! Reading and writing values as JSON by schema (shared by json and rest-json).
