#!/usr/bin/env python3
"""Writes random valid inputs, in botocore_serialize.py's input format, for a sample of
operations of services Kumo generates (all six protocols), from botocore's own models.

Seeded: the same botocore and arguments give the same lines. Values are small and valid as
botocore validates them (required members, enums, min/max, list lengths); S3 bucket names are
DNS-compatible; idempotency tokens are given (botocore's would be random). Parameters are
written in the model's member order, as a boto3 user following the documentation would pass
them: botocore serializes in the order of the caller's keyword arguments, Kumo in the model's.

Usage: python random_inputs.py [--per-op N] [--ops-per-service K] [--seed S] > random.jsonl
"""

import argparse
import json
import random

import botocore.session

# Service → protocol family: rest-xml, query, ec2, json, rest-json, smithy-rpc-v2-cbor.
SERVICES = [
    "s3", "route53",
    "sts", "iam", "sns",
    "ec2",
    "dynamodb", "sqs", "kinesis", "kms", "logs", "secretsmanager",
    "lambda",
    "eventbridgev2",
]

ALPHABET = "abcXYZ019 -_./+ü~"


def gen(shape, rng, depth, name=""):
    t = shape.type_name
    if t == "structure":
        if shape.is_document_type:
            return None
        out = {}
        required = set(shape.required_members)
        members = list(shape.members.items())
        if getattr(shape, "is_tagged_union", False) or shape.serialization.get("union") or shape.metadata.get("union"):
            members = [rng.choice(members)] if members else []
            required = {m for m, _ in members}
        for m, ms in members:
            if ms.serialization.get("eventstream") or ms.metadata.get("eventstream"):
                continue
            if m not in required and (depth > 2 or rng.random() < 0.5):
                continue
            v = gen(ms, rng, depth + 1, m)
            if v is not None:
                out[m] = v
        return out
    if t == "list":
        lo = shape.metadata.get("min", 0)
        n = max(lo, rng.randint(0, 2) if depth <= 3 else 0)
        return [x for x in (gen(shape.member, rng, depth + 1, name) for _ in range(n)) if x is not None]
    if t == "map":
        lo = shape.metadata.get("min", 0)
        n = max(lo, rng.randint(0, 2) if depth <= 3 else 0)
        return {f"k{i}{rng.choice('abc')}": gen(shape.value, rng, depth + 1) for i in range(n)}
    if t == "string":
        if shape.enum:
            return rng.choice(shape.enum)
        lo = shape.metadata.get("min", 1) or 1
        hi = shape.metadata.get("max", 12)
        n = max(lo, min(hi, rng.randint(1, 10)))
        return "".join(rng.choice(ALPHABET) for _ in range(n))
    if t in ("integer", "long", "short", "byte"):
        lo = int(shape.metadata.get("min", 0))
        hi = int(shape.metadata.get("max", lo + 100))
        return rng.randint(lo, max(lo, min(hi, lo + 100)))
    if t in ("float", "double"):
        return rng.choice([0.5, 1.25, 2.0, 10.5])
    if t == "boolean":
        return rng.random() < 0.5
    if t == "timestamp":
        return {"$datetime": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:1{rng.randint(0, 9)}:3{rng.randint(0, 9)}Z"}
    if t == "blob":
        return "".join(rng.choice("abcdef") for _ in range(rng.randint(1, 8)))
    return None


def fix_up(service, op, params, rng):
    """Values botocore checks before serializing, or that must be valid host labels."""
    om = op.input_shape
    if om is None:
        return params
    for m, ms in om.members.items():
        if m == "Bucket" and service in ("s3",):
            params[m] = rng.choice(["mybucket", "kumo-bucket-1", "b.dotted"])
        if ms.metadata.get("idempotencyToken") and m not in params:
            params[m] = f"00000000-0000-4000-8000-{rng.randint(0, 999999):012d}"
        if ms.serialization.get("hostLabel") or ms.serialization.get("location") == "uri":
            if m in params and isinstance(params[m], str):
                params[m] = "".join(c for c in params[m] if c.isalnum()) or "a1"
    if service == "s3" and "Metadata" in params:
        params["Metadata"] = {k: "v" for k in params["Metadata"]}
    return params


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-op", type=int, default=3)
    ap.add_argument("--ops-per-service", type=int, default=8)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    session = botocore.session.get_session()
    rng = random.Random(a.seed)
    for service in SERVICES:
        model = session.get_service_model(service)
        ops = sorted(model.operation_names)
        picked = sorted(rng.sample(ops, min(a.ops_per_service, len(ops))))
        for name in picked:
            op = model.operation_model(name)
            if op.has_event_stream_input or op.has_event_stream_output:
                continue
            if op.endpoint_discovery is not None and op.endpoint_discovery.get("required"):
                continue
            for i in range(a.per_op):
                params = gen(op.input_shape, rng, 0) if op.input_shape is not None else {}
                if params is None:
                    continue
                params = fix_up(service, op, params, rng)
                print(json.dumps({
                    "id": f"{service}.{name}.{i}",
                    "service": service,
                    "operation": name,
                    "params": params,
                }, ensure_ascii=False))


if __name__ == "__main__":
    main()
