//! Players of the example tests: joining a stage and waiting for runtime assignments.

use std::time::Duration;

use omgservers_e2e::fixtures::World;
use omgservers_e2e::TestServer;
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use omgservers_sdk::types::RuntimeId;

/// How long a player waits for an assignment.
pub const ASSIGNMENT_WAIT: Duration = Duration::from_secs(20);

/// The runtime of the player's next assignment of this kind; fails the test when none comes
/// within `ASSIGNMENT_WAIT`.
pub async fn assigned(p: &mut PlayerClient, qualifier: RuntimeQualifier) -> RuntimeId {
    let message = p
        .wait_for(ASSIGNMENT_WAIT, |m| {
            matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == qualifier)
        })
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no {qualifier} assignment within {ASSIGNMENT_WAIT:?}"));
    match message.body {
        MessageBody::RuntimeAssignmentMessage(b) => b.runtime_id,
        _ => unreachable!(),
    }
}

/// A new player with a client on the world's stage, once assigned to a lobby.
pub async fn in_a_lobby(server: &TestServer, w: &World) -> PlayerClient {
    let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
    p.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    assigned(&mut p, RuntimeQualifier::LOBBY).await;
    p
}
