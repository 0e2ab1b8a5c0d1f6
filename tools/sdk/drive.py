#!/usr/bin/env python3
"""Drives nodeum-sim through Nodeum's official Python SDK (nodeum-sdk, generated from the same
Swagger file): every one of the 210 operations once, then a stateful pass (create, show,
update, list, delete of each resource; a task run through to its execution; an API key used
as a Bearer token). A call passes when it answers a status the spec documents for it, 2xx,
and the SDK reads the answer into its models without error (client-side validation on).

Usage: drive.py BASE_URL        (http://127.0.0.1:PORT/api/v2; user admin/admin)
Prints each failure, then `sdk: N passed, M failed`; exits 1 on any failure.
"""

import json
import pathlib
import re
import sys
import time

import nodeum_sdk
from nodeum_sdk.rest import ApiException

FACTS = json.loads((pathlib.Path(__file__).parent / "operations.gen.json").read_text())
BY_ID = {op["id"]: op for op in FACTS}
# The one nested resource of a parent, named in the singular in its path.
SINGLETONS = ("task_schedule", "primary_scan")
# Fields that name other records: left out of sample bodies (a sample cannot know them).
REFERENCE_SUFFIXES = ("_id", "_ids", "_name", "_path", "_barcode")


class Run:
    def __init__(self, base):
        self.base = base
        self.client = make_client(base, username="admin", password="admin")
        self.passed = 0
        self.failures = []
        self.serial = 0

    # -- bookkeeping

    def check(self, label, ok, why=""):
        if ok:
            self.passed += 1
        else:
            self.failures.append(f"{label}: {why}"[:300])
        return ok

    def unique(self, stem):
        self.serial += 1
        return f"sdk-{stem}-{self.serial}"

    # -- calling an operation through its SDK method

    def call(self, op_id, client=None, **kwargs):
        """(status, the answer's JSON) of an SDK call, after the SDK has read it into its
        models; raises what the SDK raises. The JSON is the answer's own text: the SDK's
        models drop the fields of a definition's `allOf` parts (its TaskMetadataDefinition
        has no id or key, its ApiKeyFull no name or key)."""
        client = client or self.client
        op = BY_ID[op_id]
        method = getattr(api_class(op["tag"])(client), op_id + "_with_http_info")
        if op["download"]:
            # The SDK decodes every body as UTF-8 text and then writes that str to a binary
            # file (TypeError): a download is read raw, as the SDK documents for large bodies.
            response, _, _ = method(_preload_content=False, **kwargs)
            if response.status >= 400:
                raise ApiException(http_resp=response)
            text = response.data.decode("utf-8", "replace")
            return response.status, json.loads(text) if response.headers.get("Content-Type", "").startswith("application/json") else text
        _, status, _ = method(**kwargs)
        text = client.last_response.data
        return status, json.loads(text) if text else None

    def attempt(self, label, op_id, expect=None, client=None, **kwargs):
        """Calls and checks: a documented 2xx (or the status `expect`), read without error."""
        op = BY_ID[op_id]
        try:
            status, data = self.call(op_id, client=client, **kwargs)
        except ApiException as e:
            ok = expect is not None and e.status == expect
            self.check(label, ok, f"{e.status} {str(e.body)[:200]}")
            return None
        except Exception as e:  # the SDK refused the answer (a null, an enum out of range, ...)
            self.check(label, False, f"the SDK could not read the answer: {type(e).__name__}: {e}")
            return None
        ok = expect is None and 200 <= status < 300 and status in op["statuses"]
        self.check(label, ok, f"answered {status} (documented: {op['statuses']}, expected {expect or '2xx'})")
        return data

    # -- finding values for an operation

    def list_items(self, path):
        """The items of the list operation at `path` (a concrete path), or []."""
        template, values = self.match_list(path)
        if template is None:
            return []
        try:
            _, data = self.call(template["id"], **values, **required_query(template))
        except (ApiException, ValueError, TypeError):
            return []
        lists = [v for k, v in (data or {}).items() if isinstance(v, list)]
        return lists[0] if lists else []

    def match_list(self, path):
        """The GET list operation whose template matches the concrete `path`, and its values."""
        parts = path.strip("/").split("/")
        for op in FACTS:
            if op["method"] != "GET":
                continue
            tparts = op["path"].strip("/").split("/")
            if len(tparts) != len(parts):
                continue
            values = {}
            for t, p in zip(tparts, parts):
                if t.startswith("{"):
                    values[t[1:-1]] = p
                elif t != p:
                    break
            else:
                if not tparts[-1].startswith("{"):
                    return op, values
        return None, {}

    def fill(self, template, accept=lambda values: True):
        """Path values for `template`: ids listed from the collections above each parameter,
        trying up to 8 candidates; None when no combination is accepted."""
        parts = template.strip("/").split("/")

        def walk(i, prefix, values):
            if i == len(parts):
                return values if accept(values) else None
            part = parts[i]
            if not part.startswith("{"):
                return walk(i + 1, prefix + "/" + part, values)
            name = part[1:-1]
            items = self.list_items(prefix)
            if name == "file_parent_id":
                items = [f for f in items if f.get("type") == "folder"]
            for item in items[:8]:
                key = record_key(item)
                if key is None:
                    continue
                found = walk(i + 1, prefix + "/" + key, {**values, name: key})
                if found is not None:
                    return found
            return None

        return walk(0, "", {})

    def values_for(self, op):
        """Path values with which `op` can succeed: for a singleton, a parent without one to
        create it, a parent with one for the rest."""
        if not op["path"].endswith(SINGLETONS):
            return self.fill(op["path"])
        show = next(o for o in FACTS if o["path"] == op["path"] and o["method"] == "GET")

        def exists(values):
            try:
                self.call(show["id"], **values)
                return True
            except ApiException:
                return False

        return self.fill(op["path"], lambda v: exists(v) != (op["method"] == "POST"))

    def job_for(self, op, values):
        """A job id for a `..._result` operation, from the PUT on the same path."""
        starter = next((o for o in FACTS if o["path"] == op["path"] and o["method"] == "PUT"), None)
        if starter is None:
            return "00000000-0000-0000-0000-000000000000"
        try:
            _, data = self.call(starter["id"], **values, **required_query(starter), **self.body_args(starter, "job"))
            return data["job_id"]
        except (ApiException, ValueError):
            return "00000000-0000-0000-0000-000000000000"

    def body_args(self, op, stem, **overrides):
        """{body parameter: SDK model} for an operation with a body, else {}."""
        if not op["body"]:
            return {}
        name, model = body_parameter(op)
        value = sample(model, op["body"]["writable"], self.unique(stem), overrides)
        return {name: [value] if op["body"]["isArray"] else value}

    def arguments(self, op):
        values = self.values_for(op)
        if values is None:
            return None
        query = required_query(op)
        if "job_id" in query:
            query["job_id"] = self.job_for(op, values)
        return {**values, **query, **self.body_args(op, op["id"])}

    # -- the two passes

    def every_operation(self):
        rank = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 2, "DELETE": 3}
        ordered = sorted(FACTS, key=lambda o: (rank[o["method"]], -len(o["path"]) if o["method"] == "DELETE" else 0))
        called = 0
        for op in ordered:
            args = self.arguments(op)
            if not self.check(f"{op['id']} {op['path']}", args is not None, "no values for its path parameters"):
                continue
            self.attempt(f"{op['id']} {op['path']}", op["id"], **args)
            called += 1
        return called

    def lifecycles(self):
        # API keys have their own pass below (the SDK's ApiKeyFull cannot send a name).
        for create in (o for o in FACTS if o["id"].startswith("create_") and not o["path"].endswith(SINGLETONS + ("api_keys",))):
            member = next((o for o in FACTS if o["method"] == "GET" and re.fullmatch(re.escape(create["path"]) + r"/\{\w+\}", o["path"])), None)
            if member is None:
                continue
            ops = {o["method"]: o for o in FACTS if o["path"] == member["path"]}
            index = next((o for o in FACTS if o["path"] == create["path"] and o["method"] == "GET"), None)
            if "PUT" not in ops or "DELETE" not in ops or index is None:
                continue
            self.lifecycle(create, index, ops)

    def lifecycle(self, create, index, ops):
        parents = self.fill(create["path"])
        label = create["id"].removeprefix("create_")
        if not self.check(f"{label} lifecycle", parents is not None, "no parent to create under"):
            return
        created = self.attempt(f"{label}: create", create["id"], **parents, **self.body_args(create, label))
        if not created:
            return
        param = ops["GET"]["path"].rsplit("{", 1)[1][:-1]
        member = {**parents, param: record_key(created)}
        shown = self.attempt(f"{label}: show", ops["GET"]["id"], **member)
        self.check(f"{label}: show is the created record", shown and record_key(shown) == member[param], f"{shown}")
        self.attempt(f"{label}: update", ops["PUT"]["id"], **member, **self.body_args(ops["PUT"], label))
        listed = self.attempt(f"{label}: list", index["id"], **parents, **required_query(index), limit=1000)
        items = [v for v in (listed or {}).values() if isinstance(v, list)]
        self.check(f"{label}: list finds it", items and any(record_key(i) == member[param] for i in items[0]), "not in the list")
        self.attempt(f"{label}: delete", ops["DELETE"]["id"], **member)
        self.attempt(f"{label}: show after delete", ops["GET"]["id"], expect=404, **member)

    def task_run(self, timeout=30):
        task = self.attempt("create_task to run", "create_task", **self.body_args(BY_ID["create_task"], "run", activate=True))
        if not task:
            return
        task_id = str(task["id"])
        pool = self.list_items("/pools")[0]["id"]
        self.attempt("create_task_source from a pool", "create_task_source", task_id=task_id,
                     **self.body_args(BY_ID["create_task_source"], "source", pool_id=pool, range=None))
        job = self.attempt("run_task", "run_task", task_id=task_id)
        if not job:
            return
        result = self.attempt("run_task_result", "run_task_result", task_id=task_id, job_id=job["job_id"])
        self.check("run_task_result completed", result and result.get("status") == "completed", f"{result}")
        listed = self.attempt("index_task_executions_by_task", "index_task_executions_by_task", task_id=task_id,
                              sort_by=["id:desc"], limit=1)
        newest = (listed or {}).get("task_executions") or [{}]
        execution = str(newest[0].get("id"))
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            shown = self.attempt("show_task_execution (polled)", "show_task_execution", task_execution_id=execution)
            state = shown and shown.get("status")
            if state not in ("in_progress", "paused"):
                break
            self.passed -= 1  # count the polling as one call
            time.sleep(0.2)
        self.check("the run's execution finishes", state == "done", f"status {state} after {timeout} s")

    def api_key(self):
        scopes = [nodeum_sdk.ApiKeyScope(controller="tapes", action="index")]
        # The SDK's ApiKeyFull keeps only `api_key_scopes` of the spec's allOf (no name, no key):
        # the new key is read back from the list, whose ApiKey model has them.
        before = {k["id"] for k in self.list_items("/users/me/api_keys")}
        self.attempt("create_api_key with a scope", "create_api_key", api_key_body=nodeum_sdk.ApiKeyFull(api_key_scopes=scopes))
        created = next((k for k in self.list_items("/users/me/api_keys") if k["id"] not in before), None)
        if not self.check("the new API key is listed", created is not None and "key" in created, f"{created}"):
            return
        bearer = make_client(self.base, api_key=created["key"])
        self.attempt("Bearer key: its scope (index_tapes)", "index_tapes", client=bearer, limit=5)
        self.attempt("Bearer key: outside its scope (index_pools)", "index_pools", client=bearer, expect=403)
        self.attempt("destroy_api_key", "destroy_api_key", api_key_id=str(created["id"]))
        self.attempt("Bearer key after delete", "index_tapes", client=bearer, expect=401)


# -- the SDK's names and models


def make_client(base, username=None, password=None, api_key=None):
    config = nodeum_sdk.Configuration(host=base)
    if api_key:
        config.api_key = {"Authorization": api_key}
        config.api_key_prefix = {"Authorization": "Bearer"}
    else:
        config.username, config.password = username, password
    return nodeum_sdk.ApiClient(config)


def record_key(item):
    """What a path names a record by: its id, else its key, barcode or name."""
    return next((str(item[k]) for k in ("id", "key", "barcode", "name") if k in item), None)


def api_class(tag):
    return getattr(nodeum_sdk, "".join(w.capitalize() for w in tag.split("_")) + "Api")


def body_parameter(op):
    """(name, model class) of the body parameter, read from the SDK method's docstring."""
    doc = getattr(api_class(op["tag"]), op["id"] + "_with_http_info").__doc__
    for kind, name in re.findall(r":param (?:list\[)?(\w+)\]? (\w+):", doc):
        if hasattr(nodeum_sdk.models, kind) and kind[0].isupper():
            return name, getattr(nodeum_sdk.models, kind)
    raise LookupError(f"{op['id']}: no body parameter in the SDK's docstring")


def sample(model, writable, unique, overrides, depth=0):
    """A model with plausible values for its writable scalar fields; enums take their first
    allowed value (read from the SDK's own refusal), references to other records are left out."""
    # Built without validation (a model with required fields cannot start empty), then each
    # field is set through the SDK's validating setters.
    lenient = nodeum_sdk.Configuration()
    lenient.client_side_validation = False
    item = model(local_vars_configuration=lenient)
    item.local_vars_configuration = nodeum_sdk.Configuration()
    for attr, kind in model.openapi_types.items():
        if attr not in overrides and (attr not in writable or attr.endswith(REFERENCE_SUFFIXES)):
            continue
        value = overrides.get(attr, {"str": f"{unique}-{attr}", "int": 1, "float": 1.5, "bool": True,
                                     "list[int]": [0, 100], "list[str]": []}.get(kind))
        nested = re.fullmatch(r"list\[(\w+)\]", kind)
        if value is None and nested and hasattr(nodeum_sdk.models, nested.group(1)) and depth < 2:
            inner = getattr(nodeum_sdk.models, nested.group(1))
            value = [sample(inner, inner.openapi_types, unique, {}, depth + 1)]
        if value is None:
            continue
        try:
            setattr(item, attr, value)
        except ValueError as refusal:
            allowed = re.search(r"must be one of \[([^\]]*)\]", str(refusal))
            if allowed:
                setattr(item, attr, allowed.group(1).split(",")[0].strip(" '\""))
    return item


def required_query(op):
    """Required query parameters: the first value of an enum, a placeholder for `job_id`."""
    query = {}
    for p in op["parameters"]:
        if p["in"] == "query" and p["required"]:
            query[p["name"]] = p["enum"][0] if p["enum"] else ("00000000-0000-0000-0000-000000000000" if p["name"] == "job_id" else "x")
    return query


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    run = Run(sys.argv[1])
    called = run.every_operation()
    run.check("every operation called", called == len(FACTS) == 210, f"{called} of {len(FACTS)}")
    run.lifecycles()
    run.task_run()
    run.api_key()
    for failure in run.failures:
        print(f"sdk: FAIL {failure}")
    print(f"sdk: {run.passed} passed, {len(run.failures)} failed")
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
