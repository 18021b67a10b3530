#!/usr/bin/env python3
"""Writes the local endpoint's wire and item tables for the Bedrock clients beyond the control plane.

Reads botocore's service models (the paginated operations of each service, their HTTP method and path, each
input member's location and constraints, and the item shape of each result list) and writes two data files:
src/local/family-wire.ts (requests) and src/local/family-items.ts (item shapes, id and time fields, parents of
path parameters). Run with the botocore the tests compare against: python3 scripts/generate-local-family.py
With --print, writes the two tables as one JSON object on stdout instead (the tests compare it with the files).
"""
import json
import os
import re
import sys

import botocore
import botocore.session

SERVICES = ['bedrock-agent', 'bedrock-agent-runtime', 'bedrock-agentcore', 'bedrock-agentcore-control',
            'bedrock-data-automation', 'bedrock-runtime']
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MAX_DEPTH = 4
TIME_NAMES = ['createdAt', 'creationTime', 'createdTime', 'submitTime', 'startTime', 'startedAt', 'eventTimestamp',
              'timestamp', 'updatedAt', 'lastUpdatedAt', 'lastModifiedTime']


def constraints(shape):
    out = {}
    for key in ('min', 'max', 'pattern', 'enum'):
        if key in shape.metadata:
            out[key] = shape.metadata[key]
    return out


def input_params(op):
    params = {}
    shape = op.input_shape
    if shape is None:
        return params
    for name, member in shape.members.items():
        location = member.serialization.get('location', 'body')
        param = {'in': {'uri': 'path', 'querystring': 'query', 'header': 'header'}.get(location, 'body'),
                 'type': member.type_name}
        wire = member.serialization.get('name', name)
        if wire != name:
            param['wireName'] = wire
        if name in shape.required_members:
            param['required'] = True
        param.update(constraints(member))
        params[name] = param
    return params


def node(shape, depth, seen, top=False):
    """A compact description of a shape: what the item maker needs to make a value the SDK accepts."""
    kind = shape.type_name
    out = {'t': kind}
    out.update(constraints(shape))
    if kind == 'timestamp':
        out['f'] = 'epoch' if shape.serialization.get('timestampFormat') in (None, 'unixTimestamp') else 'iso'
    if kind == 'structure':
        if shape.name in seen or depth > MAX_DEPTH:
            return {'t': 'structure', 'm': {}}
        seen = seen | {shape.name}
        required = list(shape.required_members)
        union = bool(shape.metadata.get('union'))
        members = {}
        for name, member in shape.members.items():
            scalar = member.type_name not in ('structure', 'list', 'map', 'blob', 'document')
            wanted = name in required or (top and scalar) or (union and not members)
            if wanted:
                members[name] = node(member, depth + 1, seen)
        out['m'] = members
        if union:
            out['union'] = True
    elif kind == 'list':
        out['e'] = node(shape.member, depth + 1, seen)
    return out


def pick_field(members, shape, names_first, suffixes):
    for name in names_first:
        if name in members and members[name].type_name == 'string':
            return name
    required = [n for n in members if n in shape.required_members]
    for pool in (required, list(members)):
        for suffix in suffixes:
            for name in pool:
                if name.endswith(suffix) and members[name].type_name == 'string':
                    return name
    return None


def stem(name):
    return re.sub('(Identifier|Id|Arn)$', '', name)


def item_spec(op, cfg, params):
    """The item's id is its own identifier: not one of the request's members, nor a parent's (registryArn under registryId)."""
    result_key = cfg['result_key']
    out_shape = op.output_shape.members[result_key]
    shape = out_shape.member
    parent_stems = {stem(p) for p, v in params.items() if v['in'] == 'path' or v.get('required')}
    members = {n: m for n, m in shape.members.items() if n not in params and stem(n) not in parent_stems}
    id_field = pick_field(members, shape, ['arn', 'id'], ['Arn', 'Id', 'Identifier', 'Name'])
    times = [n for n, m in shape.members.items() if m.type_name == 'timestamp']
    time_field = next((n for n in TIME_NAMES if n in times), times[0] if times else None)
    spec = {'resultKey': result_key, 'shape': node(shape, 0, frozenset(), top=True)}
    if id_field:
        spec['id'] = id_field
    if time_field:
        spec['time'] = time_field
    return spec


def nested_sort(op, time_field):
    """A body structure that sorts the listing (`sortBy: {attribute, order}`) where one key is the items' time field."""
    if op.input_shape is None or time_field is None:
        return None
    by_time = re.sub('([a-z])([A-Z])', r'\1_\2', time_field).upper()
    for name, member in op.input_shape.members.items():
        if member.type_name != 'structure' or member.serialization.get('location'):
            continue
        enums = {n: m.metadata.get('enum', []) for n, m in member.members.items()}
        key = next((n for n, values in enums.items() if by_time in values), None)
        direction = next((n for n, values in enums.items() if set(values) == {'ASCENDING', 'DESCENDING'}), None)
        if key and direction:
            return {'member': name, 'key': key, 'keys': enums[key], 'byTime': by_time,
                    'order': direction, 'ascending': 'ASCENDING', 'descending': 'DESCENDING'}
    return None


# Path parameters whose parent is listed under another name, or by another client (AgentCore's memories are
# listed by its control plane).
PARENT_OVERRIDES = {
    'flowIdentifier': {'operation': 'bedrock-agent:ListFlows', 'field': 'id'},
    'memoryId': {'operation': 'bedrock-agentcore-control:ListMemories', 'field': 'id'},
    'knowledgeBaseId': {'operation': 'bedrock-agent:ListKnowledgeBases', 'field': 'knowledgeBaseId'},
    'agentId': {'operation': 'bedrock-agent:ListAgents', 'field': 'agentId'},
}


def parents(service_ops, key, path_params):
    """For each path parameter, the operation whose items name it (agentId: ListAgents), if one lists them unscoped."""
    found = {}
    for param in path_params:
        if param in PARENT_OVERRIDES:
            found[param] = PARENT_OVERRIDES[param]
            continue
        candidates = [param, re.sub('Identifier$', 'Id', param), re.sub('Identifier$', 'Arn', param)]
        for other_key, other in service_ops.items():
            if other_key == key:
                continue
            fields = other['itemFields']
            match = next((c for c in candidates if c in fields), None)
            if match and not other['pathParams']:
                found[param] = {'operation': other_key, 'field': match}
                break
    return found


def main():
    session = botocore.session.get_session()
    wire, items = {}, {}
    for service in SERVICES:
        model = session.get_service_model(service)
        paginators = session.get_paginator_model(service)._paginator_config
        service_ops = {}
        for name, cfg in sorted(paginators.items()):
            op = model.operation_model(name)
            key = f'{service}:{name}'
            params = input_params(op)
            path_params = [p for p, v in params.items() if v['in'] == 'path']
            wire[key] = {'service': service, 'signingName': model.signing_name, 'operation': name,
                         'method': op.http['method'], 'path': op.http['requestUri'],
                         'resultKey': cfg['result_key'], 'limitKey': cfg.get('limit_key'), 'params': params}
            item_shape = op.output_shape.members[cfg['result_key']].member
            service_ops[key] = {'itemFields': list(item_shape.members), 'pathParams': path_params}
            items[key] = item_spec(op, cfg, params)
            sort = nested_sort(op, items[key].get('time'))
            if sort:
                wire[key]['sort'] = sort
        for key, info in service_ops.items():
            found = parents(service_ops, key, info['pathParams'])
            if found:
                items[key]['parents'] = found
    if '--print' in sys.argv:
        print(json.dumps({'wire': wire, 'items': items}, ensure_ascii=False))
        return
    write(os.path.join(ROOT, 'src/local/family-wire.ts'), WIRE_HEADER, 'FAMILY_WIRE', 'FamilyWireOperation', wire, './family-types.js')
    write(os.path.join(ROOT, 'src/local/family-items.ts'), ITEMS_HEADER, 'FAMILY_ITEMS', 'FamilyItemSpec', items, './family-types.js')
    print(f'{len(wire)} operations from botocore {botocore.__version__}', file=sys.stderr)


WIRE_HEADER = '''/**
 * Generated by scripts/generate-local-family.py from botocore's service models: do not edit by hand.
 * The request side of every paginated operation of the Bedrock clients beyond the control plane, keyed
 * `<service>:<Operation>`: method, path template, and each input member's location and constraints.
 */'''
ITEMS_HEADER = '''/**
 * Generated by scripts/generate-local-family.py from botocore's service models: do not edit by hand.
 * What each operation of the Bedrock clients beyond the control plane lists: the result key, the item's
 * shape (required members, and the top level's scalar members), its id and time fields, and the operation
 * whose items each path parameter names.
 */'''


def write(path, header, const, type_name, data, types_module):
    body = json.dumps(data, indent='\t', ensure_ascii=False)
    text = f"{header}\nimport type {{ {type_name} }} from '{types_module}';\n\nexport const {const}: Readonly<Record<string, {type_name}>> = {body};\n"
    with open(path, 'w') as out:
        out.write(text)


if __name__ == '__main__':
    main()
