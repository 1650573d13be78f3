#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns Monime's OpenAPI 3.0 document into the JSON the sandbox loads (run by CMake at build time).

One entry per operation: method, path, parameters, request and response schemas as draft-7 JSON Schema
(OpenAPI's `nullable` becomes a "null" type, `#/components/schemas/X` becomes `#/definitions/X`, each schema
carries the definitions it uses). Descriptions, examples and titles are dropped: the sandbox never shows them.
"""
import json
import sys

import yaml

DROP = {"description", "example", "title", "readOnly", "summary"}


def convert(node):
    if isinstance(node, list):
        return [convert(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in DROP or key == "nullable":
            continue
        if key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/definitions/")
            continue
        if key in ("properties", "definitions"):
            out[key] = {name: convert(sub) for name, sub in value.items()}
            continue
        out[key] = convert(value)
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        if "$ref" in out:
            out = {"anyOf": [{"$ref": out["$ref"]}, {"type": "null"}]}
    return out


def refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                found.add(value.rsplit("/", 1)[-1])
            else:
                refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def standalone(schema, definitions):
    """`schema` plus the definitions it reaches, transitively."""
    if schema is None:
        return None
    needed, todo = set(), set()
    refs(schema, todo)
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        refs(definitions[name], todo)
    doc = dict(schema)
    if needed:
        doc["definitions"] = {name: definitions[name] for name in sorted(needed)}
    return doc


def main(source, target):
    with open(source, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    definitions = {name: convert(s) for name, s in spec["components"]["schemas"].items()}
    operations = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            parameters = [{"name": p["name"], "in": p["in"], "required": bool(p.get("required", False)),
                           "schema": convert(p.get("schema", {}))} for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            response = op["responses"]["200"]["content"]["application/json"]["schema"]
            operations.append({
                "operationId": op["operationId"],
                "method": method.upper(),
                "path": path,
                "tag": (op.get("tags") or [""])[0],
                "parameters": parameters,
                "requestBody": standalone(convert(body), definitions) if body else None,
                "requestBodyRequired": bool(op.get("requestBody", {}).get("required", body is not None)),
                "response": standalone(convert(response), definitions),
            })
    out = {"source": source.rsplit("/", 1)[-1], "info": {"version": spec["info"].get("version", "")},
           "operations": operations}
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
