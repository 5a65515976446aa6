"""Writes jmespath_cases.json (object keys are listed in sorted order, as the data view
iterates maps): expressions and documents with the results of the
reference implementation (python jmespath, which botocore uses). Run with jmespath 1.0.1."""
import json, jmespath, os

DOCS = {
    "ec2": {"Reservations": [
        {"Instances": [{"State": {"Name": "running"}, "Tags": [{"Key": "a", "Value": "1"}]},
                        {"State": {"Name": "pending"}}]},
        {"Instances": [{"State": {"Name": "running"}}, {"NoState": 1}]},
        {"Other": True}]},
    "s3": {"IsTruncated": True, "Contents": [{"Key": "k1", "Size": 1}, {"Key": "k2", "Size": 22}],
           "NextMarker": "", "CommonPrefixes": []},
    "ecs": {"services": [
        {"deployments": [1], "runningCount": 2, "desiredCount": 2, "status": "ACTIVE"},
        {"deployments": [1, 2], "runningCount": 1, "desiredCount": 2, "status": "DRAINING"}],
        "failures": []},
    "nested": {"a": {"b": {"c": [[1, 2, [3]], [4], 5, None, "x"]}}, "n": None, "e": "", "z": 0,
               "f": False, "t": True, "o": {}, "l": [], "s": "hello", "m": {"x": {"v": 1}, "y": {"v": 2}, "zz": {}}},
    "list": [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3}, 7, None],
}

CASES = {
    "ec2": ["Reservations[].Instances[].State.Name", "Reservations[*].Instances[*].State.Name",
            "Reservations[].Instances[]", "length(Reservations[]) > `0`", "length(Reservations[].Instances[]) == `4`",
            "Reservations[0].Instances[-1].State.Name", "Reservations[5]", "Reservations[].Other",
            "Reservations[].Instances[].Tags[].Key", "Reservations[].Instances[0]",
            "Reservations[?Other].Other", "Reservations[?Instances].Instances[].State.Name | [0]",
            "contains(Reservations[].Instances[].State.Name, 'pending')",
            "Reservations[].Instances[].State.Name[]", "Reservations[-1:]", "Reservations[::2].Other",
            "Reservations[].Instances[?State.Name == 'running'].State.Name",
            "Reservations[].Instances[?State.Name == 'running'][].State.Name"],
    "s3": ["NextMarker || Contents[-1].Key", "Contents[-1].Key", "IsTruncated", "Contents[].Key",
           "CommonPrefixes || Contents", "Contents[?Size > `5`].Key", "Contents[?Size >= `1`].Size",
           "length(Contents)", "Contents[0].Key == 'k1'", "NextMarker && Contents", "!IsTruncated",
           "{k: Contents[0].Key, n: length(Contents)}", "[Contents[0].Key, IsTruncated]",
           "Contents[*].Key | [1]", "max_missing || `\"dflt\"`", "\"Contents\"[0].\"Key\""],
    "ecs": ["length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`",
            "services[].status", "services[?status != 'ACTIVE'].status", "failures[].reason",
            "length(failures) == `0`", "services[?runningCount < desiredCount].deployments[]",
            "services[0].runningCount == services[0].desiredCount", "services[].runningCount > `1`",
            "status != 'DELETING'", "services[?status == 'ACTIVE'] | length(@)"],
    "nested": ["a.b.c", "a.b.c[]", "a.b.c[][]", "a.b.c[0][2][0]", "a.b.c[-2]", "a.b.c[1:3]",
               "a.b.c[::-1]", "a.b.c[:-2]", "a.b.c[10:]", "n || e || z", "e || n", "z || e", "f || t",
               "t && e", "o || l || s", "!n", "!z", "!o", "n == e", "z == `0`", "s == 'hello'",
               "s < 'z'", "z < `1`", "t == `true`", "m.*.v", "m.*", "keys(m)", "values(m)[].v",
               "length(s)", "length(m)", "length(l)", "type(s)", "type(n)", "type(a.b.c)",
               "not_null(n, e, s)", "not_null(n)", "starts_with(s, 'he')", "ends_with(s, 'lo')",
               "contains(s, 'ell')", "contains(a.b.c, `5`)", "to_string(z)", "to_number('12')",
               "to_number('x')", "abs(`-3`)", "to_string(a.b.c[1])", "a.\"b\".c[0][0]", "@.s",
               "n.foo", "s.foo", "s[0]", "l[0]", "o.x", "m.x.v", "`[1, 2]`[0]", "'raw'", "`\"lit\"`",
               "a.b.c[?@ == `5`]", "m.*.v | [0]"],
    "list": ["[].a", "[*].a", "[?a > `1`].a", "[?b].b", "[0:2].b", "[?b == 'y'] | [0].a",
             "[?a].a | length(@)", "[-1]", "[].b[]", "length(@)", "[?!b].a"],
}

def norm(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items()}
    return v

out = []
for doc, exprs in CASES.items():
    for e in exprs:
        case = {"doc": doc, "expr": e}
        try:
            case["result"] = norm(jmespath.search(e, DOCS[doc]))
        except Exception as ex:  # a type error in the reference
            case["error"] = type(ex).__name__
        out.append(case)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jmespath_cases.json")
with open(path, "w") as f:
    json.dump({"generator": "jmespath " + jmespath.__version__, "docs": DOCS, "cases": out}, f, indent=1)
print(len(out), "cases")
