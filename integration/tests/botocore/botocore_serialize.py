#!/usr/bin/env python3
"""Differential-test oracle: what botocore 1.44.5 would put on the wire.

Reads JSON lines on stdin, one request per line:

    {"service": "s3", "operation": "PutObject",          # API name or snake_case
     "params": {...},                                     # the kwargs of client.<op>(**params)
     "config": {...},                                     # optional botocore Config(**kwargs)
     "endpoint_url": "http://127.0.0.1:9000",             # optional
     "region": "us-east-1",                               # optional, default us-east-1
     "env": {"AWS_LAMBDA_FUNCTION_NAME": "f", ...},       # optional extra environment
     "response": {"status": 200, "headers": {...},        # optional: a canned response (or a
                  "body": "<xml/>" | "body_b64": "..."},  #   list: one per request, last repeats);
                                                          #   its parsed result is reported
     "presign": {"expires_in": 3600, "http_method": null},  # optional: generate_presigned_url
     "presign_post": {"fields": {}, "conditions": [], "expires_in": 3600},  # optional (s3 only)
     "id": anything}                                      # optional, echoed back

and writes one JSON line per input line, in order:

    {"id": ..., "method": "PUT", "url": "https://b.s3.amazonaws.com/k", "host": "b.s3.amazonaws.com",
     "path": "/k", "query": [["k", "v"], ...],             # raw (still percent-encoded) pairs
     "headers": {"content-md5": "...", ...},               # lower-cased names; volatile ones removed
     "body_b64": "...",
     "later_requests": [{...same fields...}],             # retries/redirects, when any
     "parsed": {...} | "parsed_error": "Class: Code: message"}  # only when "response" was given
or, for "presign" / "presign_post":
    {"id": ..., "presigned_url": "https://..."} / {"id": ..., "presigned_post": {"url": ..., "fields": {...}}}
or
    {"id": ..., "error": "ParamValidationError: Parameter validation failed: ..."}

Nothing reaches the network: a `before-send` hook records the prepared request (after every
handler, checksum, compression and signing step) and then either raises (no "response") or
returns the canned response, which botocore parses as it would a real one.

Determinism
- Credentials are fixed (AKIDEXAMPLE / wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY) and the clock is
  frozen at 2015-08-30T12:36:00Z for every signature, so signing runs for real (S3's
  x-amz-content-sha256, EC2/RDS presigned URLs in the body are reproducible), but
  `authorization`, `x-amz-date`, `x-amz-security-token`, `user-agent` and
  `amz-sdk-invocation-id` are left out of "headers" unless --with-auth is given.
- uuid.uuid4 is replaced by a counter reset per input line: idempotency tokens (and the excluded
  invocation id) are 00000000-0000-4000-8000-000000000001, ...002, ... in the order botocore asks.
- gzip request compression is given mtime=0 (botocore writes the current time into bytes 4..8 of
  the gzip header; compare decompressed bodies, or ignore those 4 bytes).
- Clients are cached per (service, region, endpoint_url, config, env) for speed, except for lines
  with a "response", which get a fresh client (a canned redirect or error would otherwise leave
  state behind: S3's bucket→region cache, the retry quota).
- The process environment is cleared of AWS_* variables, and config/credentials files point
  at /dev/null, so the user's profile cannot leak in. Per-line "env" adds variables for that
  line only (e.g. AWS_LAMBDA_FUNCTION_NAME + _X_AMZN_TRACE_ID for the recursion header).

Values JSON cannot carry: {"$bytes_b64": "..."} becomes bytes, {"$datetime": "ISO-8601"} a
timezone-aware datetime. A string is accepted wherever botocore accepts one (blobs, Body,
timestamps), exactly as boto3 users pass it.

Usage:  ./venv/bin/python botocore_serialize.py [--with-auth] < inputs.jsonl > outputs.jsonl
"""

import base64
import calendar
import datetime
import email.utils
import io
import json
import os
import sys
import time as _real_time
import uuid
from urllib.parse import urlsplit

# A clean environment before botocore reads anything.
for _k in list(os.environ):
    if _k.startswith('AWS_') or _k in ('_X_AMZN_TRACE_ID',):
        del os.environ[_k]
os.environ['AWS_CONFIG_FILE'] = '/dev/null'
os.environ['AWS_SHARED_CREDENTIALS_FILE'] = '/dev/null'
os.environ['AWS_EC2_METADATA_DISABLED'] = 'true'

import botocore  # noqa: E402
import botocore.auth  # noqa: E402
import botocore.exceptions  # noqa: E402
import botocore.session  # noqa: E402
import botocore.signers  # noqa: E402
from botocore.awsrequest import AWSResponse  # noqa: E402
from botocore.config import Config  # noqa: E402

FIXED_NOW = datetime.datetime(2015, 8, 30, 12, 36, 0)
ACCESS_KEY = 'AKIDEXAMPLE'
SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
VOLATILE = {
    'user-agent',
    'amz-sdk-invocation-id',
    'x-amz-date',
    'authorization',
    'x-amz-security-token',
}


def _fixed_now(remove_tzinfo=True):
    if remove_tzinfo:
        return FIXED_NOW
    return FIXED_NOW.replace(tzinfo=datetime.timezone.utc)


botocore.auth.get_current_datetime = _fixed_now
botocore.signers.get_current_datetime = _fixed_now
FIXED_EPOCH = calendar.timegm(FIXED_NOW.timetuple())


class _FixedTime:
    """`time` as botocore.auth sees it: frozen for SigV2 / presign-v2 expiry and dates."""

    def __getattr__(self, name):
        return getattr(_real_time, name)

    @staticmethod
    def time():
        return float(FIXED_EPOCH)

    @staticmethod
    def gmtime(secs=None):
        return _real_time.gmtime(FIXED_EPOCH if secs is None else secs)


botocore.auth.time = _FixedTime()
botocore.auth.formatdate = lambda timeval=None, localtime=False, usegmt=False: (
    email.utils.formatdate(FIXED_EPOCH if timeval is None else timeval, localtime, usegmt)
)

_uuid_counter = [0]


def _fake_uuid4():
    _uuid_counter[0] += 1
    return uuid.UUID(f'00000000-0000-4000-8000-{_uuid_counter[0]:012x}')


uuid.uuid4 = _fake_uuid4

# gzip (request compression) writes the current time into the header's MTIME field: pin it to 0.
import functools  # noqa: E402
import gzip  # noqa: E402

import botocore.compress  # noqa: E402

botocore.compress.gzip_compress = functools.partial(gzip.compress, mtime=0)
botocore.compress.GzipFile = functools.partial(gzip.GzipFile, mtime=0)


class _Captured(Exception):
    """Raised from before-send so that nothing is sent."""


class _RawBody:
    """The `raw` of a canned AWSResponse (what urllib3 would give botocore)."""

    def __init__(self, data):
        self._io = io.BytesIO(data)

    def stream(self, *args, **kwargs):
        data = self._io.read()
        if data:
            yield data

    def read(self, *args, **kwargs):
        return self._io.read(*args)

    def close(self):
        pass


def _decode_params(v):
    if isinstance(v, dict):
        if set(v) == {'$bytes_b64'}:
            return base64.b64decode(v['$bytes_b64'])
        if set(v) == {'$datetime'}:
            s = v['$datetime'].replace('Z', '+00:00')
            return datetime.datetime.fromisoformat(s)
        return {k: _decode_params(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_decode_params(x) for x in v]
    return v


def _jsonable(v):
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {'$bytes_b64': base64.b64encode(bytes(v)).decode()}
    if isinstance(v, datetime.datetime):
        return {'$datetime': v.isoformat()}
    if hasattr(v, 'read'):
        return {'$stream_b64': base64.b64encode(v.read()).decode()}
    return v


def _body_bytes(body):
    if body is None:
        return b''
    if isinstance(body, str):
        return body.encode('utf-8')
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if hasattr(body, 'read'):
        try:
            body.seek(0)
        except Exception:
            pass
        data = body.read()
        return data.encode('utf-8') if isinstance(data, str) else data
    return bytes(body)


class Driver:
    def __init__(self, with_auth=False):
        self.with_auth = with_auth
        self.session = botocore.session.get_session()
        self.session.set_credentials(ACCESS_KEY, SECRET_KEY)
        self.clients = {}
        self.captured = None
        self.canned = None

    def _client(self, service, region, endpoint_url, config, fresh=False):
        env = {k: v for k, v in os.environ.items() if k.startswith(('AWS_', '_X_AMZN'))}
        key = (
            service,
            region,
            endpoint_url,
            json.dumps(config, sort_keys=True),
            json.dumps(env, sort_keys=True),
        )
        client = None if fresh else self.clients.get(key)
        if client is None:
            cfg = Config(**config) if config else None
            client = self.session.create_client(
                service,
                region_name=region,
                endpoint_url=endpoint_url,
                aws_access_key_id=ACCESS_KEY,
                aws_secret_access_key=SECRET_KEY,
                config=cfg,
            )
            client.meta.events.register('before-send', self._before_send)
            if not fresh:
                self.clients[key] = client
        return client

    def _before_send(self, request, **kwargs):
        rec = self._record(request)
        if self.captured is None:  # the first request of the call
            self.captured = rec
        else:  # retries, redirects, discovery follow-ups
            self.later.append(rec)
        if self.canned is None:
            raise _Captured()
        c = self.canned
        if isinstance(c, list):  # one canned response per request, the last one repeats
            c = c[min(len(self.later), len(c) - 1)]
        if 'body_b64' in c:
            data = base64.b64decode(c['body_b64'])
        else:
            data = c.get('body', '').encode('utf-8')
        return AWSResponse(
            request.url, c.get('status', 200), c.get('headers', {}), _RawBody(data)
        )

    def _record(self, request):
        parts = urlsplit(request.url)
        query = []
        if parts.query:
            for pair in parts.query.split('&'):
                k, _, v = pair.partition('=')
                query.append([k, v])
        headers = {}
        for k, v in request.headers.items():
            lk = k.lower()
            if not self.with_auth and lk in VOLATILE:
                continue
            if isinstance(v, bytes):
                v = v.decode('utf-8', 'replace')
            headers[lk] = v
        body = _body_bytes(request.body)
        return {
            'method': request.method,
            'url': request.url,
            'host': parts.netloc,
            'path': parts.path,
            'query': query,
            'headers': dict(sorted(headers.items())),
            'body_b64': base64.b64encode(body).decode(),
        }

    def run_one(self, line):
        spec = json.loads(line)
        out = {}
        if 'id' in spec:
            out['id'] = spec['id']
        self.captured = None
        self.later = []
        self.canned = spec.get('response')
        _uuid_counter[0] = 0
        extra_env = spec.get('env') or {}
        saved = {k: os.environ.get(k) for k in extra_env}
        os.environ.update({k: str(v) for k, v in extra_env.items()})
        try:
            client = self._client(
                spec['service'],
                spec.get('region', 'us-east-1'),
                spec.get('endpoint_url'),
                spec.get('config') or {},
                # A canned response can leave state in the client (S3 region-redirect cache,
                # endpoint-discovery cache, retry quota): such lines get a client of their own.
                fresh='response' in spec,
            )
            op = spec['operation']
            py_names = client.meta.method_to_api_mapping
            if op not in py_names:
                api_to_py = {v: k for k, v in py_names.items()}
                if op not in api_to_py:
                    raise ValueError(f'unknown operation {op!r}')
                op = api_to_py[op]
            params = _decode_params(spec.get('params') or {})
            if 'presign' in spec:
                ps = spec['presign'] or {}
                url = client.generate_presigned_url(
                    ClientMethod=op,
                    Params=params,
                    ExpiresIn=ps.get('expires_in', 3600),
                    HttpMethod=ps.get('http_method'),
                )
                out['presigned_url'] = url
                return out
            if 'presign_post' in spec:
                pp = spec['presign_post'] or {}
                post = client.generate_presigned_post(
                    Bucket=params['Bucket'],
                    Key=params['Key'],
                    Fields=pp.get('fields'),
                    Conditions=pp.get('conditions'),
                    ExpiresIn=pp.get('expires_in', 3600),
                )
                out['presigned_post'] = post
                return out
            def add_later():
                if self.later:
                    out['later_requests'] = self.later

            try:
                result = getattr(client, op)(**params)
                if self.captured is not None:
                    out.update(self.captured)
                add_later()
                result.pop('ResponseMetadata', None)
                out['parsed'] = _jsonable(result)
            except _Captured:
                out.update(self.captured)
                add_later()
            except botocore.exceptions.ClientError as e:
                if self.captured is None:
                    raise
                out.update(self.captured)
                add_later()
                err = e.response.get('Error', {})
                out['parsed_error'] = (
                    f"{type(e).__name__}: {err.get('Code')}: {err.get('Message')}"
                )
        except Exception as e:  # validation and other local errors
            out = {k: v for k, v in out.items() if k == 'id'}
            out['error'] = f'{type(e).__name__}: {e}'
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        return out


def main():
    with_auth = '--with-auth' in sys.argv[1:]
    driver = Driver(with_auth=with_auth)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            res = driver.run_one(line)
        except Exception as e:  # a malformed input line
            res = {'error': f'BadInput: {type(e).__name__}: {e}'}
        sys.stdout.write(json.dumps(res, sort_keys=False) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
