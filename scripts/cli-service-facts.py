"""Writes src/cli/services/facts.ts: the CLI's names for every paginated operation of the Bedrock clients
beyond the control plane, as the AWS CLI derives them from botocore's service models (service and command
names, each member's flag, whether it is required, its type), with the paginator's members and the response's
member order the AWS CLI prints in. Run it again when botocore adds or changes an operation; a test compares the
file with botocore and the AWS CLI where Python has them.

    python3 scripts/cli-service-facts.py > src/cli/services/facts.ts
"""
import json
import sys

import botocore.session
from awscli.clidriver import create_clidriver

SERVICES = {
    "bedrock-agent": ("@aws-sdk/client-bedrock-agent", "BedrockAgentClient"),
    "bedrock-agent-runtime": ("@aws-sdk/client-bedrock-agent-runtime", "BedrockAgentRuntimeClient"),
    "bedrock-agentcore": ("@aws-sdk/client-bedrock-agentcore", "BedrockAgentCoreClient"),
    "bedrock-agentcore-control": ("@aws-sdk/client-bedrock-agentcore-control", "BedrockAgentCoreControlClient"),
    "bedrock-data-automation": ("@aws-sdk/client-bedrock-data-automation", "BedrockDataAutomationClient"),
    "bedrock-runtime": ("@aws-sdk/client-bedrock-runtime", "BedrockRuntimeClient"),
}


def with_bounds(spec, shape):
    """The spec with the model's min and max, where it has them (length for strings, value for numbers)."""
    for key in ("min", "max"):
        if key in shape.metadata:
            spec[key] = shape.metadata[key]
    return spec


def member_kind(shape):
    if shape.type_name == "string" and shape.enum:
        return {"type": "enum", "values": list(shape.enum)}
    if shape.type_name == "string":
        return with_bounds({"type": "string"}, shape)
    if shape.type_name in ("integer", "long"):
        return with_bounds({"type": "integer"}, shape)
    if shape.type_name in ("boolean", "timestamp"):
        return {"type": shape.type_name}
    return {"type": "json"}


def structure_order(shape):
    return list(shape.members) if shape is not None and shape.type_name == "structure" else []


def command_facts(session, driver_table, service, operation, paginator):
    model = session.get_service_model(service)
    op = model.operation_model(operation)
    cli = driver_table[service]._get_command_table()
    names = [name for name, command in cli.items() if getattr(command, "_operation_model", None) is not None and command._operation_model.name == operation]
    arg_table = cli[names[0]].arg_table
    by_member = {getattr(arg, "_serialized_name", None): name for name, arg in arg_table.items()}
    paging = {paginator["input_token"], paginator.get("limit_key")}
    members = []
    for member, shape in op.input_shape.members.items():
        if member in paging:
            continue
        flag = by_member[member]
        spec = member_kind(shape)
        if member in op.input_shape.required_members:
            spec["required"] = True
        members.append({"member": member, "flag": flag, **spec})
    result_key = paginator["result_key"]
    output = op.output_shape
    item = output.members[result_key].member
    facts = {
        "operation": operation,
        "inputToken": paginator["input_token"],
        "outputToken": paginator["output_token"],
        "resultKey": result_key,
        "members": members,
        "requestOrder": list(op.input_shape.members),
        "responseOrder": structure_order(output),
        "itemOrder": structure_order(item),
    }
    if "limit_key" in paginator:
        facts["limitKey"] = paginator["limit_key"]
        facts["limitMax"] = op.input_shape.members[paginator["limit_key"]].metadata.get("max", 1000)
    if paginator.get("non_aggregate_keys"):
        facts["nonAggregateKeys"] = paginator["non_aggregate_keys"]
    return names[0], facts


def render(services):
    """One line a fact: members and orders stay readable in a diff."""
    compact = lambda value: json.dumps(value, separators=(", ", ": "))
    lines = ["{"]
    for service, facts in services.items():
        lines.append(f"\t{compact(service)}: {{")
        lines.append(f"\t\tpackage: {compact(facts['package'])},")
        lines.append(f"\t\tclient: {compact(facts['client'])},")
        lines.append("\t\tcommands: {")
        for command, fact in facts["commands"].items():
            lines.append(f"\t\t\t{compact(command)}: {{")
            for key, value in fact.items():
                if key == "members":
                    lines.append("\t\t\t\tmembers: [")
                    lines.extend(f"\t\t\t\t\t{compact(member)}," for member in value)
                    lines.append("\t\t\t\t],")
                else:
                    lines.append(f"\t\t\t\t{key}: {compact(value)},")
            lines.append("\t\t\t},")
        lines.append("\t\t},")
        lines.append("\t},")
    lines.append("}")
    return "\n".join(lines)


def main():
    session = botocore.session.get_session()
    driver_table = create_clidriver()._get_command_table()
    services = {}
    for service, (package, client) in SERVICES.items():
        paginators = session.get_paginator_model(service)._paginator_config
        commands = dict(command_facts(session, driver_table, service, operation, config) for operation, config in sorted(paginators.items()))
        services[service] = {"package": package, "client": client, "commands": dict(sorted(commands.items()))}
    body = render(services)
    sys.stdout.write(
        "/**\n * The CLI's names for the paginated operations of the Bedrock clients beyond the control plane, as the AWS CLI\n"
        " * derives them from the service models (botocore " + botocore.__version__ + "). Generated by scripts/cli-service-facts.py;\n"
        " * test/cli-service-facts.test.ts holds it to botocore and the AWS CLI.\n */\n"
        "import type { ServiceFacts } from './types.js';\n\n"
        "export const SERVICE_FACTS = " + body + " as const satisfies Readonly<Record<string, ServiceFacts>>;\n"
    )


main()
