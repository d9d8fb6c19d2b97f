//! Round trips of the JSON examples in shared/reference/omgservers-wire-v1.md.

use omgservers_types::commands::{IncomingCommandBody, OutgoingCommand, RuntimeCommand};
use omgservers_types::details::TenantDeploymentDetails;
use omgservers_types::messages::{MessageBody, RuntimeQualifier};
use omgservers_types::player::{PlayerInterchangeRequest, PlayerInterchangeResponse};
use omgservers_types::runtime::RuntimeInterchangeRequest;
use omgservers_types::support::CreateTenantPermissionsRequest;
use omgservers_types::*;
use serde_json::{json, Value};

/// Deserializes `input`, serializes it back and compares with `expected` as JSON values.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(
    input: Value,
    expected: Value,
) -> T {
    let parsed: T = serde_json::from_value(input).expect("deserializes");
    assert_eq!(serde_json::to_value(&parsed).unwrap(), expected);
    parsed
}

#[test]
fn player_interchange_example_8_3() {
    let request = json!({"client_id":"2455","outgoing_messages":[{"id":0,"qualifier":"CLIENT_OUTGOING_MESSAGE",
        "body":{"data":{"text":"hi"}}}],"consumed_messages":["2460"]});
    let parsed: PlayerInterchangeRequest = round_trip(request.clone(), request);
    assert_eq!(parsed.client_id, ClientId(2455));
    assert_eq!(parsed.consumed_messages, vec![MessageId(2460)]);

    let response = json!({"incoming_messages":[{"id":"2461","qualifier":"RUNTIME_ASSIGNMENT_MESSAGE","body":{
        "runtime_id":"2470","runtime_qualifier":"LOBBY","runtime_config":{
        "lobby_config":{"lobby_id":"2466"},"match_config":null,
        "version_config":{"modes":[{"name":"death-match","min_players":1,"max_players":8,
          "groups":[{"name":"players","min_players":1,"max_players":8}]}],"user_data":{}}}}}]});
    let parsed: PlayerInterchangeResponse = round_trip(response.clone(), response);
    match &parsed.incoming_messages[0].body {
        MessageBody::RuntimeAssignmentMessage(b) => {
            assert_eq!(b.runtime_qualifier, RuntimeQualifier::LOBBY);
            assert_eq!(
                b.runtime_config.lobby_config.as_ref().unwrap().lobby_id,
                LobbyId(2466)
            );
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn numeric_ids_are_accepted_and_written_as_strings() {
    let parsed: PlayerInterchangeRequest = serde_json::from_value(json!({
        "client_id": 2455, "outgoing_messages": [], "consumed_messages": [2460, "2461"], "extra": true
    }))
    .unwrap();
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        json!({"client_id":"2455","outgoing_messages":[],"consumed_messages":["2460","2461"]})
    );
}

#[test]
fn runtime_interchange_example_9_3() {
    let request = json!({"outgoing_commands":[{"qualifier":"RESPOND_CLIENT","body":{"client_id":"2455","message":{"ok":true}}}],
       "consumed_commands":["2471"]});
    let parsed: RuntimeInterchangeRequest = round_trip(request.clone(), request);
    let command: OutgoingCommand =
        serde_json::from_value(parsed.outgoing_commands[0].clone()).unwrap();
    assert!(
        matches!(command, OutgoingCommand::RespondClient(ref b) if b.client_id == ClientId(2455))
    );

    let incoming = json!({"id":"2480","idempotency_key":"2479","runtime_id":"2470",
         "created":"2025-01-23T10:00:00.123Z","modified":"2025-01-23T10:00:00.123Z",
         "qualifier":"HANDLE_MESSAGE","body":{"client_id":"2455","message":{"text":"hi"}},"deleted":false});
    let parsed: RuntimeCommand = round_trip(incoming.clone(), incoming);
    assert!(
        matches!(parsed.body, IncomingCommandBody::HandleMessage(ref b) if b.message == json!({"text":"hi"}))
    );
}

#[test]
fn outgoing_command_tolerance() {
    // STOP_MATCHMAKING from Lua: `[]` body and unknown fields.
    let c: OutgoingCommand =
        serde_json::from_value(json!({"qualifier":"STOP_MATCHMAKING","body":[]})).unwrap();
    assert_eq!(c, OutgoingCommand::StopMatchmaking(Empty));
    let c: OutgoingCommand =
        serde_json::from_value(json!({"qualifier":"STOP_MATCHMAKING","body":{"workaround":true}}))
            .unwrap();
    assert_eq!(
        serde_json::to_value(&c).unwrap(),
        json!({"qualifier":"STOP_MATCHMAKING","body":{}})
    );
    // MULTICAST with the README's `client` spelling and numeric ids.
    let c: OutgoingCommand = serde_json::from_value(
        json!({"qualifier":"MULTICAST_MESSAGE","body":{"client":[1,"2"],"message":{"text":"x"}}}),
    )
    .unwrap();
    assert_eq!(
        serde_json::to_value(&c).unwrap(),
        json!({"qualifier":"MULTICAST_MESSAGE","body":{"clients":["1","2"],"message":{"text":"x"}}})
    );
    // An unknown qualifier (the Defold SDK's SET_ATTRIBUTES) does not parse as a command.
    assert!(serde_json::from_value::<OutgoingCommand>(
        json!({"qualifier":"SET_ATTRIBUTES","body":{}})
    )
    .is_err());
}

#[test]
fn details_example_5_3() {
    let details = json!({"deployment":{"id":"1","tenant_id":"2","stage_id":"3","version_id":"4","created":"2025-01-23T10:11:12.345Z"},
        "lobby_refs":[{"id":"5","created":"2025-01-23T10:11:12.345Z","lobby_id":"5"}],
        "matchmaker_refs":[{"id":"6","created":"2025-01-23T10:11:12.345Z","matchmaker_id":"6"}]});
    round_trip::<TenantDeploymentDetails>(details.clone(), details);
}

#[test]
fn permissions_and_errors() {
    let request = json!({"tenant":"my-tenant","user_id":"7","permissions_to_create":["PROJECT_MANAGER","TENANT_VIEWER"]});
    round_trip::<CreateTenantPermissionsRequest>(request.clone(), request);
    assert!(serde_json::from_value::<CreateTenantPermissionsRequest>(
        json!({"tenant":"t","user_id":"7","permissions_to_create":["NOPE"]})
    )
    .is_err());
    let error = json!({"qualifier":"OBJECT_NOT_FOUND","message":"tenant `x` was not found"});
    round_trip::<ErrorResponse>(error.clone(), error);
    // upstream bodies carry no message
    let e: ErrorResponse =
        serde_json::from_value(json!({"qualifier":"WRONG_CREDENTIALS"})).unwrap();
    assert_eq!(e.qualifier, ErrorQualifier::WRONG_CREDENTIALS);
}

#[test]
fn welcome_and_disconnection_messages() {
    let m = json!({"id":"9","qualifier":"SERVER_WELCOME_MESSAGE","body":{"tenant_id":"1","version_id":"2","version_created":"2025-01-23T10:11:12.345Z"}});
    round_trip::<messages::Message>(m.clone(), m);
    let m = json!({"id":"10","qualifier":"DISCONNECTION_REASON_MESSAGE","body":{"reason":"CLIENT_INACTIVITY"}});
    round_trip::<messages::Message>(m.clone(), m);
    let m = json!({"id":"11","qualifier":"CONNECTION_UPGRADE_MESSAGE","body":{"client_id":"3","protocol":"DISPATCHER","web_socket_config":{"ws_token":"t"}}});
    round_trip::<messages::Message>(m.clone(), m);
}
