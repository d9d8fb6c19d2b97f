//! Happy paths of every control-plane endpoint over real HTTP, on SQLite and PostgreSQL:
//! id-or-alias forms, numeric-or-string ids, details shapes, automatic grants, cascades.

use omgservers_e2e::fixtures::{self, config, str_of};
use omgservers_e2e::{both_backends, Backend, TestServer};
use serde_json::{json, Value};

fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|v| str_of(v, key))
        .collect()
}

fn permissions(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| str_of(p, "permission"))
        .collect();
    out.sort();
    out
}

/// Every item of a list, read in pages of two chained by their cursors; checks that they come
/// ascending by id, each once.
async fn pages_of_two(
    server: &omgservers_e2e::TestServer,
    (area, op): (&str, &str),
    token: Option<&str>,
    scope: Value,
    field: &str,
) -> Vec<Value> {
    let mut seen: Vec<Value> = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut body = scope.clone();
        body["limit"] = json!(2);
        if let Some(c) = &cursor {
            body["cursor"] = json!(c);
        }
        let page = server.ok(area, op, token, body).await;
        let items = page[field].as_array().unwrap_or_else(|| panic!("{page}"));
        assert!(items.len() <= 2, "{page}");
        seen.extend(items.iter().cloned());
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    let ids: Vec<i64> = seen
        .iter()
        .map(|t| str_of(t, "id").parse().unwrap())
        .collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "{op}: ascending, each once: {ids:?}"
    );
    seen
}

fn is_iso_millis(value: &Value) -> bool {
    let s = value.as_str().unwrap_or_default();
    s.len() == 24 && s.ends_with('Z') && s.as_bytes()[19] == b'.'
}

both_backends! {
    async fn admin_endpoints(server: TestServer) {
        let admin = server.admin_token().await;
        let a = str_of(&server.ok("admin", "generate-id", Some(&admin), json!({})).await, "id");
        let b = str_of(&server.ok("admin", "generate-id", Some(&admin), json!([])).await, "id");
        assert!(a.parse::<i64>().unwrap() < b.parse::<i64>().unwrap(), "ids increase: {a} {b}");

        let hash = str_of(&server.ok("admin", "bcrypt-hash", Some(&admin), json!({"value": "secret"})).await, "hash");
        assert!(hash.starts_with("$2"), "{hash}");
        assert!(bcrypt::verify("secret", &hash).unwrap());

        let shard = server.ok("admin", "calculate-shard", Some(&admin), json!({"shard_key": "123456789"})).await;
        assert_eq!(shard["shard_index"], json!(0), "one shard by default");
        assert_eq!(shard["server_uri"], json!(server.base));

        // upstream's ctl uses PUT
        let put = server.http.put(server.url("admin", "generate-id")).bearer_auth(&admin).json(&json!({})).send().await.unwrap();
        assert_eq!(put.status(), 200);
    }

    async fn tokens_carry_the_stored_role(server: TestServer) {
        // create-token endpoints resolve ids or aliases and ignore the area (wire §2.3)
        let support_by_alias = server.token("admin", "support", "support").await;
        let (status, _) = server.call("support", "create-tenant", Some(&support_by_alias), json!({})).await;
        assert_eq!(status, 200);
        let (status, _) = server.call("admin", "generate-id", Some(&support_by_alias), json!({})).await;
        assert_eq!(status, 403);
        // dispatcher/create-token works for any user too
        server.token("dispatcher", "admin", "admin").await;
        let claims = decode_claims(&support_by_alias);
        assert_eq!(claims["groups"], json!(["support"]));
        assert_eq!(claims["iss"], json!("omgservers"));
        assert_eq!(claims["aud"], json!("omgservers"));
        assert_eq!(claims["sub"], claims["user_id"]);
        assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 3600);
    }

    async fn tenant_aliases_and_deletion(server: TestServer) {
        let support = server.support_token().await;
        let tenant = str_of(&server.ok("support", "create-tenant", Some(&support), json!({})).await, "id");
        // tenant_id as a JSON number
        let numeric: i64 = tenant.parse().unwrap();
        assert_eq!(server.ok("support", "create-tenant-alias", Some(&support), json!({"tenant_id": numeric, "alias": "acme"})).await, json!({}));
        // projects by alias of the tenant
        let created = server.ok("support", "create-project", Some(&support), json!({"tenant": "acme"})).await;
        let project = str_of(&created, "project_id");
        server.ok("support", "create-project-alias", Some(&support), json!({"tenant": "acme", "project_id": project, "alias": "game"})).await;
        assert_eq!(server.ok("support", "delete-project", Some(&support), json!({"tenant": "acme", "project": "game"})).await, json!({"deleted": true}));
        assert_eq!(server.ok("support", "delete-project", Some(&support), json!({"tenant": tenant, "project": project})).await, json!({"deleted": false}));
        assert_eq!(server.ok("support", "delete-tenant", Some(&support), json!({"tenant": "acme"})).await, json!({"deleted": true}));
        assert_eq!(server.ok("support", "delete-tenant", Some(&support), json!({"tenant": tenant})).await, json!({"deleted": false}));
        // the alias went with the tenant and can be reused
        let again = str_of(&server.ok("support", "create-tenant", Some(&support), json!({})).await, "id");
        server.ok("support", "create-tenant-alias", Some(&support), json!({"tenant_id": again, "alias": "acme"})).await;
    }

    async fn developer_flow_with_details(server: TestServer) {
        let w = fixtures::world(&server).await;
        let dev = &w.dev.token;
        server.ok("developer", "create-project-alias", Some(dev), json!({"tenant": w.tenant, "project_id": w.project, "alias": "game"})).await;
        server.ok("support", "create-tenant-alias", Some(&w.support), json!({"tenant_id": w.tenant, "alias": "studio"})).await;

        // tenant details
        let details = &server.ok("developer", "get-tenant-details", Some(dev), json!({"tenant": "studio"})).await["details"];
        assert_eq!(details["tenant"]["id"], json!(w.tenant));
        assert!(is_iso_millis(&details["tenant"]["created"]), "{details}");
        assert_eq!(details["tenant"]["aliases"][0]["value"], json!("studio"));
        assert_eq!(details["tenant"]["aliases"][0]["qualifier"], json!("TENANT"));
        assert_eq!(details["tenant"]["aliases"][0]["entity_id"], json!(w.tenant));
        assert_eq!(permissions(&details["permissions"]), vec!["PROJECT_MANAGER", "TENANT_VIEWER"]);
        assert_eq!(details["permissions"][0]["user_id"], json!(w.dev.user_id));
        assert_eq!(ids(&details["projects"], "id"), vec![w.project.clone()]);
        assert_eq!(details["projects"][0]["aliases"][0]["value"], json!("game"));

        // project details: automatic grants to the creator, plus builder and service users
        let details = &server.ok("developer", "get-project-details", Some(dev), json!({"tenant": "studio", "project": "game"})).await["details"];
        let mine: Vec<String> = {
            let mut v: Vec<String> = details["permissions"].as_array().unwrap().iter()
                .filter(|p| p["user_id"] == json!(w.dev.user_id)).map(|p| str_of(p, "permission")).collect();
            v.sort();
            v
        };
        assert_eq!(mine, vec!["PROJECT_VIEWER", "STAGE_MANAGER", "VERSION_MANAGER"]);
        let others = details["permissions"].as_array().unwrap().iter().filter(|p| p["user_id"] != json!(w.dev.user_id)).count();
        assert_eq!(others, 2, "builder and service get VERSION_MANAGER: {details}");
        assert_eq!(ids(&details["stages"], "id"), vec![w.stage.clone()]);
        assert_eq!(ids(&details["versions"], "id"), vec![w.version.clone()]);
        assert_eq!(details["versions"][0]["project_id"], json!(w.project));

        // stages: create, alias, details, delete
        let stage2 = str_of(&server.ok("developer", "create-stage", Some(dev), json!({"tenant": w.tenant, "project": "game"})).await, "stage_id");
        server.ok("developer", "create-stage-alias", Some(dev), json!({"tenant": w.tenant, "stage_id": stage2, "alias": "staging"})).await;
        let details = &server.ok("developer", "get-stage-details", Some(dev), json!({"tenant": w.tenant, "project": "game", "stage": "staging"})).await["details"];
        assert_eq!(details["stage"]["id"], json!(stage2));
        assert_eq!(details["stage"]["project_id"], json!(w.project));
        assert_eq!(details["stage"]["aliases"][0]["qualifier"], json!("STAGE"));
        assert_eq!(permissions(&details["permissions"]), vec!["DEPLOYMENT_MANAGER"]);
        assert_eq!(details["deployments"], json!([]));
        assert_eq!(server.ok("developer", "delete-stage", Some(dev), json!({"tenant": w.tenant, "project": w.project, "stage": "staging"})).await, json!({"deleted": true}));
        assert_eq!(server.ok("developer", "delete-stage", Some(dev), json!({"tenant": w.tenant, "project": w.project, "stage": stage2})).await, json!({"deleted": false}));

        // versions: details before and after an image push
        let details = &server.ok("developer", "get-version-details", Some(dev), json!({"tenant": w.tenant, "version_id": w.version})).await["details"];
        assert_eq!(details["version"]["project_id"], json!(w.project));
        assert_eq!(details["build_requests"], json!([]));
        assert_eq!(details["images"], json!([]));
        let deployment = fixtures::deploy(&server, &w).await;
        let details = &server.ok("developer", "get-version-details", Some(dev), json!({"tenant": w.tenant, "version_id": w.version})).await["details"];
        assert_eq!(details["images"].as_array().unwrap().len(), 1);
        assert_eq!(details["images"][0]["qualifier"], json!("UNIVERSAL"));
        assert_eq!(details["images"][0]["image_id"], json!(format!("omgservers/{}/{}/universal:{}", w.tenant, w.project, w.version)));

        // deployment details: one lobby, one matchmaker; requests add more
        let details = &server.ok("developer", "get-deployment-details", Some(dev), json!({"tenant": w.tenant, "deployment_id": deployment})).await["details"];
        assert_eq!(details["deployment"]["stage_id"], json!(w.stage));
        assert_eq!(details["deployment"]["version_id"], json!(w.version));
        assert_eq!(details["lobby_refs"].as_array().unwrap().len(), 1);
        assert_eq!(details["matchmaker_refs"].as_array().unwrap().len(), 1);
        server.ok("developer", "create-lobby-request", Some(dev), json!({"tenant": w.tenant, "deployment_id": deployment})).await;
        server.ok("developer", "create-matchmaker-request", Some(dev), json!({"tenant": w.tenant, "deployment_id": deployment})).await;
        let details = &server.ok("developer", "get-deployment-details", Some(dev), json!({"tenant": w.tenant, "deployment_id": deployment})).await["details"];
        let lobbies = ids(&details["lobby_refs"], "lobby_id");
        let matchmakers = ids(&details["matchmaker_refs"], "matchmaker_id");
        assert_eq!((lobbies.len(), matchmakers.len()), (2, 2));
        assert_eq!(server.ok("developer", "delete-lobby", Some(dev), json!({"lobby_id": lobbies[0]})).await, json!({"deleted": true}));
        assert_eq!(server.ok("developer", "delete-lobby", Some(dev), json!({"lobby_id": lobbies[0]})).await, json!({"deleted": false}));
        assert_eq!(server.ok("developer", "delete-matchmaker", Some(dev), json!({"matchmaker_id": matchmakers[1]})).await, json!({"deleted": true}));
        let details = &server.ok("developer", "get-deployment-details", Some(dev), json!({"tenant": w.tenant, "deployment_id": deployment})).await["details"];
        assert_eq!(ids(&details["lobby_refs"], "lobby_id"), vec![lobbies[1].clone()]);
        assert_eq!(ids(&details["matchmaker_refs"], "matchmaker_id"), vec![matchmakers[0].clone()]);

        let details = &server.ok("developer", "get-stage-details", Some(dev), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await["details"];
        assert_eq!(ids(&details["deployments"], "id"), vec![deployment.clone()]);

        // a deployed version cannot be deleted; after its deployment goes, it can
        let (qualifier, _) = server.fails("developer", "delete-version", Some(dev), json!({"tenant": w.tenant, "id": w.version}), 409).await;
        assert_eq!(qualifier, "WRONG_VERSION_STATE");
        assert_eq!(server.ok("developer", "delete-deployment", Some(dev), json!({"tenant": w.tenant, "id": deployment})).await, json!({"deleted": true}));
        // upstream's ctl sends version_id instead of id
        assert_eq!(server.ok("developer", "delete-version", Some(dev), json!({"tenant": w.tenant, "version_id": w.version})).await, json!({"deleted": true}));
        assert_eq!(server.ok("developer", "delete-project", Some(dev), json!({"tenant": w.tenant, "project": "game"})).await, json!({"deleted": true}));
    }

    async fn permissions_management(server: TestServer) {
        let w = fixtures::world(&server).await;
        let other = fixtures::developer(&server, &w.support).await;
        let s = Some(w.support.as_str());
        let body = json!({"tenant": w.tenant, "user_id": other.user_id, "permissions_to_create": ["TENANT_VIEWER", "TENANT_VIEWER"]});
        assert_eq!(server.ok("support", "create-tenant-permissions", s, body.clone()).await, json!({"created_permissions": ["TENANT_VIEWER"]}));
        // already held: nothing newly created
        assert_eq!(server.ok("support", "create-tenant-permissions", s, body).await, json!({"created_permissions": []}));
        let body = json!({"tenant": w.tenant, "project": w.project, "user_id": other.user_id, "permissions_to_create": ["PROJECT_VIEWER", "VERSION_MANAGER"]});
        assert_eq!(server.ok("support", "create-project-permissions", s, body).await["created_permissions"], json!(["PROJECT_VIEWER", "VERSION_MANAGER"]));
        let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": other.user_id, "permissions_to_create": ["DEPLOYMENT_MANAGER", "STAGE_VIEWER"]});
        assert_eq!(server.ok("support", "create-stage-permissions", s, body).await["created_permissions"], json!(["DEPLOYMENT_MANAGER", "STAGE_VIEWER"]));
        // the grants work
        server.ok("developer", "get-tenant-details", Some(&other.token), json!({"tenant": w.tenant})).await;
        server.ok("developer", "create-version", Some(&other.token), json!({"tenant": w.tenant, "project": w.project, "config": config(2, 4)})).await;
        // revoke
        let body = json!({"tenant": w.tenant, "user_id": other.user_id, "permissions_to_delete": ["TENANT_VIEWER", "PROJECT_MANAGER"]});
        assert_eq!(server.ok("support", "delete-tenant-permissions", s, body).await, json!({"deleted_permissions": ["TENANT_VIEWER"]}));
        server.fails("developer", "get-tenant-details", Some(&other.token), json!({"tenant": w.tenant}), 403).await;
        let body = json!({"tenant": w.tenant, "project": w.project, "user_id": other.user_id, "permissions_to_delete": ["VERSION_MANAGER"]});
        assert_eq!(server.ok("support", "delete-project-permissions", s, body).await, json!({"deleted_permissions": ["VERSION_MANAGER"]}));
        let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": other.user_id, "permissions_to_delete": ["STAGE_VIEWER"]});
        assert_eq!(server.ok("support", "delete-stage-permissions", s, body).await, json!({"deleted_permissions": ["STAGE_VIEWER"]}));
        // deleting the developer removes its permissions and its sign-in
        assert_eq!(server.ok("support", "delete-developer", s, json!({"user_id": other.user_id})).await, json!({"deleted": true}));
        assert_eq!(server.ok("support", "delete-developer", s, json!({"user_id": other.user_id})).await, json!({"deleted": false}));
        // a deleted user is 401 USER_NOT_FOUND, an id never issued 404 (wire reference §2.3)
        let (qualifier, message) = server.fails("developer", "create-token", None, json!({"user_id": other.user_id, "password": other.password}), 401).await;
        assert_eq!((qualifier.as_str(), message), ("USER_NOT_FOUND", format!("user {} was deleted", other.user_id)));
        let (qualifier, _) = server.fails("developer", "create-token", None, json!({"user_id": "1", "password": other.password}), 404).await;
        assert_eq!(qualifier, "OBJECT_NOT_FOUND");
        let details = &server.ok("developer", "get-stage-details", Some(&w.dev.token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await["details"];
        assert!(details["permissions"].as_array().unwrap().iter().all(|p| p["user_id"] != json!(other.user_id)), "{details}");
    }

    async fn deleting_a_tenant_removes_everything_under_it(server: TestServer) {
        let w = fixtures::world(&server).await;
        let deployment = fixtures::deploy(&server, &w).await;
        // Every id under the tenant, as the column naming it elsewhere and as its own row.
        // (Its lobby runtime, once the controller has created it.)
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        let runtimes: Vec<String> = loop {
            let listed = fixtures::runtimes_of(&server, &w, &deployment).await;
            if !listed.is_empty() {
                break listed.iter().map(|r| str_of(r, "id")).collect();
            }
            assert!(std::time::Instant::now() < deadline, "no lobby runtime");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        };
        let mut gone = vec![
            ("tenant_id", w.tenant.clone()), ("tenants.id", w.tenant.clone()),
            ("project_id", w.project.clone()), ("projects.id", w.project.clone()),
            ("stage_id", w.stage.clone()), ("stages.id", w.stage.clone()),
            ("version_id", w.version.clone()), ("versions.id", w.version.clone()),
            ("deployment_id", deployment.clone()), ("deployments.id", deployment.clone()),
        ];
        for id in &runtimes {
            gone.extend([("runtime_id", id.clone()), ("runtimes.id", id.clone())]);
        }
        let before = rows_naming(&server, &gone).await;
        for (key, id) in &gone {
            let column = if key.contains('.') { key.to_string() } else { format!(".{key}") };
            assert!(before.iter().any(|row| row.contains(&format!("{column} = {id}:"))), "{key} = {id} is found before the delete: {before:#?}");
        }
        assert_eq!(server.ok("support", "delete-tenant", Some(&w.support), json!({"tenant": w.tenant})).await, json!({"deleted": true}));
        let dev = Some(w.dev.token.as_str());
        for (op, body) in [
            ("get-tenant-details", json!({"tenant": w.tenant})),
            ("get-project-details", json!({"tenant": w.tenant, "project": w.project})),
            ("get-version-details", json!({"tenant": w.tenant, "version_id": w.version})),
            ("get-deployment-details", json!({"tenant": w.tenant, "deployment_id": deployment})),
        ] {
            let (qualifier, _) = server.fails("developer", op, dev, body, 404).await;
            assert_eq!(qualifier, "OBJECT_NOT_FOUND", "{op}");
        }
        // No orphan rows: no table keeps a row naming the tenant or anything that was under it
        // (the same lookup found them before the delete).
        // The controller stops and removes the runtimes after the delete: waited for.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            let after = rows_naming(&server, &gone).await;
            if after.is_empty() {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "rows left by the deleted tenant: {after:#?}");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }

    async fn registry_events_are_deduplicated(server: TestServer) {
        let w = fixtures::world(&server).await;
        let event = fixtures::push_event("ev-1", &w.tenant, &w.project, &w.version);
        server.ok("registry", "handle-events", None, event.clone()).await;
        server.ok("registry", "handle-events", None, event).await;
        // another event for the same image, with a registry host prefix
        let mut other = fixtures::push_event("ev-2", &w.tenant, &w.project, &w.version);
        other["events"][0]["target"]["repository"] = json!(format!("localhost:5000/omgservers/{}/{}/universal", w.tenant, w.project));
        server.ok("registry", "handle-events", None, other).await;
        // pulls and pushes of other things are ignored, unknown versions are not recorded
        let mut pull = fixtures::push_event("ev-3", &w.tenant, &w.project, &w.version);
        pull["events"][0]["action"] = json!("pull");
        server.ok("registry", "handle-events", None, pull).await;
        server.ok("registry", "handle-events", None, fixtures::push_event("ev-4", &w.tenant, &w.project, "12345")).await;
        server.ok("registry", "handle-events", None, fixtures::push_event("ev-5", &w.tenant, "not-a-number", &w.version)).await;
        let details = &server.ok("developer", "get-version-details", Some(&w.dev.token), json!({"tenant": w.tenant, "version_id": w.version})).await["details"];
        assert_eq!(details["images"].as_array().unwrap().len(), 1, "{details}");
    }

    async fn player_identity(server: TestServer) {
        assert_eq!(server.ok("player", "ping-service", None, json!({"message": "ping"})).await, json!({"message": "pong"}));
        let user = server.ok("player", "create-user", None, json!({})).await;
        let user_id = str_of(&user, "user_id");
        let password = str_of(&user, "password");
        assert_eq!(password.len(), 32);
        let token = str_of(&server.ok("player", "create-token", None, json!({"user_id": user_id, "password": password})).await, "raw_token");
        assert_eq!(decode_claims(&token)["groups"], json!(["player"]));
        server.fails("player", "create-token", None, json!({"user_id": user_id, "password": "nope"}), 401).await;
    }
}

/// Every row, in any table, whose column named like one of `ids` holds that id — a key is a
/// column name in any table (`tenant_id`) or one table's column (`tenants.id`) — as
/// `table.column = id: N rows` lines: the columns are read from the database's own catalogue,
/// SQLite or PostgreSQL, so a table added later is looked at too.
async fn rows_naming(server: &TestServer, ids: &[(&str, String)]) -> Vec<String> {
    let pool = &server.state.as_ref().expect("an in-process server").db.pool;
    let columns = match server.backend {
        Backend::Sqlite => "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
        Backend::Postgres => "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema()",
    };
    let columns: Vec<(String, String)> = sqlx::query_as(columns).fetch_all(pool).await.unwrap();
    let mut rows = Vec::new();
    for (table, column) in &columns {
        let qualified = format!("{table}.{column}");
        for (_, id) in ids
            .iter()
            .filter(|(key, _)| *key == column || *key == qualified)
        {
            let id: i64 = id.parse().expect("a numeric id");
            let query = format!("SELECT COUNT(*) FROM {table} WHERE {column} = {id}");
            let count: i64 = sqlx::query_scalar(&query).fetch_one(pool).await.unwrap();
            if count > 0 {
                rows.push(format!("{qualified} = {id}: {count} rows"));
            }
        }
    }
    rows
}

fn decode_claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

both_backends! {
    async fn concurrent_writes_all_succeed(server: TestServer) {
        // Read-then-write transactions racing each other: on SQLite a deferred transaction would
        // fail with SQLITE_BUSY instead of waiting for the write lock.
        let w = fixtures::world(&server).await;
        let server = std::sync::Arc::new(server);
        let mut tasks = Vec::new();
        for i in 0..200 {
            let server = server.clone();
            let (tenant, token, project) = (w.tenant.clone(), w.dev.token.clone(), w.project.clone());
            tasks.push(tokio::spawn(async move {
                if i % 2 == 0 {
                    server.call("developer", "create-project", Some(&token), json!({"tenant": tenant})).await
                } else {
                    server.call("developer", "create-version", Some(&token), json!({"tenant": tenant, "project": project, "config": config(1, 2)})).await
                }
            }));
        }
        for task in tasks {
            let (status, body) = task.await.unwrap();
            assert_eq!(status, 200, "{body}");
        }
        let details = &server.ok("developer", "get-tenant-details", Some(&w.dev.token), json!({"tenant": w.tenant})).await["details"];
        assert_eq!(details["projects"].as_array().unwrap().len(), 101);
    }
}

both_backends! {
    async fn support_lists_tenants_and_developers_page_by_page(server: TestServer) {
        let support = server.support_token().await;
        let token = Some(support.as_str());
        let mut created = Vec::new();
        for i in 0..3 {
            let id = str_of(&server.ok("support", "create-tenant", token, json!({})).await, "id");
            let alias = format!("listed-{i}");
            server
                .ok("support", "create-tenant-alias", token, json!({"tenant_id": id, "alias": alias}))
                .await;
            created.push((id, alias));
        }
        // Pages of two, chained by their cursors, give every tenant once, ascending.
        let seen = pages_of_two(&server, ("support", "list-tenants"), token, json!({}), "tenants").await;
        for (id, alias) in &created {
            let tenant = seen.iter().find(|t| t["id"] == id.as_str()).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(tenant["aliases"], json!([alias]), "{tenant}");
            assert!(tenant["created"].as_str().unwrap().ends_with('Z'));
        }

        // Developers, with how many permissions each holds.
        let w = fixtures::world(&server).await;
        let idle = fixtures::developer(&server, &support).await;
        let developers = server.ok("support", "list-developers", token, json!({"limit": 1000})).await;
        let of = |user: &str| {
            developers["developers"].as_array().unwrap().iter().find(|d| d["user_id"] == user).cloned()
        };
        assert_eq!(of(&idle.user_id).unwrap()["permissions"], 0, "{developers}");
        let owner = of(&w.dev.user_id).unwrap_or_else(|| panic!("{developers}"));
        assert!(owner["permissions"].as_i64().unwrap() > 0, "{owner}");
        assert!(developers["next_cursor"].is_null(), "{developers}");

        // A tenant's permissions at every level: every developer's, or one's.
        let grant = |op: &'static str, body: Value| server.ok("support", op, token, body);
        grant("create-tenant-permissions", json!({"tenant": w.tenant, "user_id": idle.user_id, "permissions_to_create": ["TENANT_VIEWER"]})).await;
        grant("create-project-permissions", json!({"tenant": w.tenant, "project": w.project, "user_id": idle.user_id, "permissions_to_create": ["PROJECT_VIEWER"]})).await;
        grant("create-stage-permissions", json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": idle.user_id, "permissions_to_create": ["STAGE_VIEWER"]})).await;
        let granted = pages_of_two(&server, ("support", "list-permissions"), token, json!({"tenant": w.tenant}), "permissions").await;
        let held_by = |user: &str| granted.iter().filter(|p| p["user_id"] == user).count() as i64;
        assert_eq!(held_by(&w.dev.user_id), owner["permissions"].as_i64().unwrap(), "{granted:?}");
        assert_eq!(held_by(&idle.user_id), 3, "{granted:?}");
        let body = json!({"tenant": w.tenant, "user_id": idle.user_id});
        let idle_holds = server.ok("support", "list-permissions", token, body).await["permissions"].clone();
        let shape: Vec<Value> = idle_holds
            .as_array()
            .unwrap()
            .iter()
            .map(|p| json!([p["scope"], p["project_id"], p["stage_id"], p["permission"]]))
            .collect();
        assert_eq!(
            shape,
            vec![
                json!(["TENANT", null, null, "TENANT_VIEWER"]),
                json!(["PROJECT", w.project, null, "PROJECT_VIEWER"]),
                json!(["STAGE", w.project, w.stage, "STAGE_VIEWER"]),
            ],
            "{idle_holds}"
        );
        // Another tenant's permissions are not among them; an unknown tenant is named.
        let other = str_of(&server.ok("support", "create-tenant", token, json!({})).await, "id");
        let none = server.ok("support", "list-permissions", token, json!({"tenant": other})).await;
        assert_eq!(none["permissions"], json!([]), "{none}");
        let (status, answer) = server.call("support", "list-permissions", token, json!({"tenant": "no-such-tenant"})).await;
        assert_eq!(status, 404, "{answer}");
        assert_eq!(answer["qualifier"], "OBJECT_NOT_FOUND", "{answer}");
        assert!(answer["message"].as_str().unwrap().contains("no-such-tenant"), "{answer}");

        // Bad pages: 400 WRONG_ARGUMENT naming the problem.
        for (body, named) in [
            (json!({"limit": 0}), "limit must be 1..=1000"),
            (json!({"limit": 1001}), "limit must be 1..=1000"),
            (json!({"cursor": "abc"}), "cursor `abc`"),
        ] {
            let (status, answer) = server.call("support", "list-tenants", token, body).await;
            assert_eq!(status, 400, "{answer}");
            assert_eq!(answer["qualifier"], "WRONG_ARGUMENT", "{answer}");
            assert!(answer["message"].as_str().unwrap().contains(named), "{answer}");
        }
    }
}

both_backends! {
    async fn developers_list_projects_stages_versions_and_deployments(server: TestServer) {
        let w = fixtures::world(&server).await;
        let dev = Some(w.dev.token.as_str());
        // Two more projects, one with an alias; a second stage and version in the world's.
        let mut projects = vec![w.project.clone()];
        for _ in 0..2 {
            let created = server.ok("developer", "create-project", dev, json!({"tenant": w.tenant})).await;
            projects.push(str_of(&created, "project_id"));
        }
        server
            .ok("developer", "create-project-alias", dev, json!({"tenant": w.tenant, "project_id": projects[1], "alias": "listed"}))
            .await;
        let stage = str_of(
            &server.ok("developer", "create-stage", dev, json!({"tenant": w.tenant, "project": w.project})).await,
            "stage_id",
        );
        server
            .ok("developer", "create-stage-alias", dev, json!({"tenant": w.tenant, "stage_id": stage, "alias": "staging"}))
            .await;
        let version = str_of(
            &server.ok("developer", "create-version", dev, json!({"tenant": w.tenant, "project": w.project, "config": config(1, 4)})).await,
            "version_id",
        );
        let project_scope = json!({"tenant": w.tenant, "project": w.project});
        let deployment = fixtures::deploy(&server, &w).await;

        let listed = pages_of_two(&server, ("developer", "list-projects"), dev, json!({"tenant": w.tenant}), "projects").await;
        assert_eq!(ids(&Value::Array(listed.clone()), "id"), projects);
        assert_eq!(listed[0]["stages"], 2, "{listed:?}");
        assert_eq!(listed[0]["versions"], 2, "{listed:?}");
        assert_eq!(listed[1]["aliases"], json!(["listed"]), "{listed:?}");
        assert_eq!(listed[2]["stages"], 1, "a new project has its default stage: {listed:?}");
        assert!(is_iso_millis(&listed[0]["created"]), "{listed:?}");

        // A developer without TENANT_VIEWER sees the projects it may view, and only those.
        let viewer = fixtures::developer(&server, &w.support).await;
        server
            .ok("support", "create-project-permissions", Some(&w.support), json!({"tenant": w.tenant, "project": projects[1], "user_id": viewer.user_id, "permissions_to_create": ["PROJECT_VIEWER"]}))
            .await;
        let seen = server.ok("developer", "list-projects", Some(&viewer.token), json!({"tenant": w.tenant})).await;
        assert_eq!(ids(&seen["projects"], "id"), vec![projects[1].clone()], "{seen}");

        let stages = pages_of_two(&server, ("developer", "list-stages"), dev, project_scope.clone(), "stages").await;
        assert_eq!(ids(&Value::Array(stages.clone()), "id"), vec![w.stage.clone(), stage]);
        assert_eq!(stages[0]["deployments"], 1, "{stages:?}");
        assert_eq!(stages[0]["newest_deployment_id"], deployment.as_str(), "{stages:?}");
        assert_eq!(stages[1]["aliases"], json!(["staging"]), "{stages:?}");
        assert!(stages[1].get("newest_deployment_id").is_none(), "{stages:?}");

        let versions = pages_of_two(&server, ("developer", "list-versions"), dev, project_scope.clone(), "versions").await;
        assert_eq!(ids(&Value::Array(versions.clone()), "id"), vec![w.version.clone(), version]);
        assert_eq!(versions[0]["deployments"], 1, "{versions:?}");
        assert_eq!(versions[0]["images"], 1, "{versions:?}");
        assert_eq!(versions[1]["deployments"], 0, "{versions:?}");
        assert!(versions[1].get("build_state").is_none(), "never built: {versions:?}");

        let stage_scope = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
        let deployments = pages_of_two(&server, ("developer", "list-deployments"), dev, stage_scope.clone(), "deployments").await;
        assert_eq!(ids(&Value::Array(deployments.clone()), "id"), vec![deployment.clone()]);
        assert_eq!(deployments[0]["version_id"], w.version.as_str(), "{deployments:?}");
        assert!(deployments[0]["state"].is_string(), "{deployments:?}");
        assert_eq!(deployments[0]["clients"], 0, "{deployments:?}");

        // Bad pages: 400 WRONG_ARGUMENT; bad filters: 400 WRONG_REQUEST (the body's shape), each
        // naming the problem; a stage that is not there: 404 OBJECT_NOT_FOUND.
        let with = |mut scope: Value, key: &str, value: Value| {
            scope[key] = value;
            scope
        };
        for (op, body, qualifier, named) in [
            ("list-projects", json!({"tenant": w.tenant, "limit": 0}), "WRONG_ARGUMENT", "limit must be 1..=1000"),
            ("list-stages", with(project_scope.clone(), "cursor", json!("next")), "WRONG_ARGUMENT", "cursor `next`"),
            ("list-versions", with(project_scope.clone(), "limit", json!(1001)), "WRONG_ARGUMENT", "limit must be 1..=1000"),
            ("list-deployments", with(stage_scope.clone(), "cursor", json!("-")), "WRONG_ARGUMENT", "cursor `-`"),
            ("list-runtimes", with(stage_scope.clone(), "qualifier", json!("ARENA")), "WRONG_REQUEST", "unknown variant `ARENA`"),
            ("list-runtimes", with(stage_scope.clone(), "deployment_id", json!("abc")), "WRONG_REQUEST", "deployment_id"),
        ] {
            let (status, answer) = server.call("developer", op, dev, body).await;
            assert_eq!(status, 400, "{op}: {answer}");
            assert_eq!(answer["qualifier"], qualifier, "{op}: {answer}");
            assert!(answer["message"].as_str().unwrap().contains(named), "{op}: {answer}");
        }
        // A deployment filter names a deployment of the stage, or is 404 like every other
        // endpoint naming one elsewhere (probing, issue 12: it answered an empty page).
        let own = with(stage_scope.clone(), "deployment_id", json!(deployment));
        server.ok("developer", "list-runtimes", dev, own).await;
        let other = fixtures::world(&server).await;
        let theirs = fixtures::deploy(&server, &other).await;
        let (status, answer) = server
            .call("developer", "list-runtimes", dev, with(stage_scope.clone(), "deployment_id", json!(theirs)))
            .await;
        assert_eq!(status, 404, "{answer}");
        assert_eq!(answer["qualifier"], "OBJECT_NOT_FOUND", "{answer}");
        assert!(answer["message"].as_str().unwrap().contains(&format!("deployment {theirs} is not a deployment of stage")), "{answer}");
        let (status, answer) = server
            .call("developer", "list-deployments", dev, with(stage_scope, "stage", json!("no-such-stage")))
            .await;
        assert_eq!(status, 404, "{answer}");
        assert_eq!(answer["qualifier"], "OBJECT_NOT_FOUND", "{answer}");
    }
}

both_backends! {
    async fn a_dry_run_says_what_a_delete_would_remove_and_removes_nothing(server: TestServer) {
        let w = fixtures::world(&server).await;
        let deployment = fixtures::deploy(&server, &w).await;
        let dev = Some(w.dev.token.as_str());
        let support = Some(w.support.as_str());
        // A player joins; the controller gives the lobby its runtime.
        let user = server.ok("player", "create-user", None, json!({})).await;
        let token = str_of(&server.ok("player", "create-token", None, json!({"user_id": user["user_id"], "password": user["password"]})).await, "raw_token");
        server
            .ok("player", "create-client", Some(&token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage}))
            .await;
        let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while server.ok("developer", "list-runtimes", dev, stage.clone()).await["runtimes"].as_array().unwrap().is_empty() {
            assert!(std::time::Instant::now() < deadline, "no lobby runtime");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let game = json!({"deployments": 1, "lobbies": 1, "matchmakers": 1, "runtimes": 1, "clients": 1});
        let expect = |projects: i64, stages: i64, versions: i64| {
            let mut counts = json!({"projects": projects, "stages": stages, "versions": versions});
            counts.as_object_mut().unwrap().extend(game.as_object().unwrap().clone());
            json!({"deleted": false, "would_delete": counts})
        };
        for (area, op, token, body, answer) in [
            ("support", "delete-tenant", support, json!({"tenant": w.tenant, "dry_run": true}), expect(1, 1, 1)),
            ("developer", "delete-project", dev, json!({"tenant": w.tenant, "project": w.project, "dry_run": true}), expect(1, 1, 1)),
            ("developer", "delete-stage", dev, json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "dry_run": true}), expect(0, 1, 0)),
            ("developer", "delete-deployment", dev, json!({"tenant": w.tenant, "id": deployment, "dry_run": true}), expect(0, 0, 0)),
        ] {
            assert_eq!(server.ok(area, op, token, body).await, answer, "{op}");
        }
        // Nothing went: the game is still listed, its player still connected.
        let runtimes = server.ok("developer", "list-runtimes", dev, stage.clone()).await;
        assert_eq!(runtimes["runtimes"].as_array().unwrap().len(), 1, "{runtimes}");
        let listed = server.ok("developer", "list-deployments", dev, stage.clone()).await;
        assert_eq!(listed["deployments"][0]["clients"], 1, "{listed}");
        // A missing object: nothing would be deleted; the permission is the delete's own.
        assert_eq!(
            server.ok("developer", "delete-deployment", dev, json!({"tenant": w.tenant, "id": "1", "dry_run": true})).await,
            json!({"deleted": false})
        );
        let viewer = fixtures::developer(&server, &w.support).await;
        let (qualifier, _) = server
            .fails("developer", "delete-stage", Some(&viewer.token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "dry_run": true}), 403)
            .await;
        assert_eq!(qualifier, "PERMISSION_NOT_FOUND");
        // Without dry_run the same request deletes.
        assert_eq!(
            server.ok("developer", "delete-deployment", dev, json!({"tenant": w.tenant, "id": deployment})).await,
            json!({"deleted": true})
        );
    }
}

/// With `OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN` set, a notification without exactly that
/// bearer token (none, another, an API user's, a prefix of it) is refused with 401
/// `WRONG_CREDENTIALS` naming the setting, and records nothing; with it, the push becomes the
/// version's image.
async fn registry_notifications_need_their_token(backend: omgservers_e2e::Backend) {
    const TOKEN: &str = "notifications-token-of-this-test";
    let server = omgservers_e2e::TestServer::start_with(backend, |c| {
        c.registry_notifications_token = Some(TOKEN.to_owned());
    })
    .await;
    let w = fixtures::world(&server).await;
    let images = || async {
        let body = json!({"tenant": w.tenant, "version_id": w.version});
        let details = server
            .ok("developer", "get-version-details", Some(&w.dev.token), body)
            .await;
        details["details"]["images"].as_array().unwrap().len()
    };
    let event = fixtures::push_event("ev-1", &w.tenant, &w.project, &w.version);
    let prefix = &TOKEN[..TOKEN.len() - 1];
    for token in [
        None,
        Some("wrong"),
        Some(w.dev.token.as_str()),
        Some(prefix),
    ] {
        let (status, answer) = server
            .call("registry", "handle-events", token, event.clone())
            .await;
        assert_eq!(status, 401, "{token:?}: {answer}");
        assert_eq!(answer["qualifier"], "WRONG_CREDENTIALS", "{answer}");
        let message = answer["message"].as_str().unwrap();
        assert!(
            message.contains("OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN"),
            "{answer}"
        );
    }
    assert_eq!(images().await, 0);
    server
        .ok("registry", "handle-events", Some(TOKEN), event)
        .await;
    assert_eq!(images().await, 1);
}

omgservers_e2e::on_both_backends!(registry_notifications_need_their_token);

// deploy-version writes the deployment, then its first lobby and matchmaker (game state) in
// units of their own. A node that stops in between leaves the deployment marked
// `first_children_pending`: the controller writes them — once, under the deployment's own id —
// and players can join it from then on, not before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_controller_writes_the_first_lobby_and_matchmaker_a_deploy_left_pending_sqlite() {
    first_children_left_pending(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_controller_writes_the_first_lobby_and_matchmaker_a_deploy_left_pending_postgres() {
    first_children_left_pending(Backend::Postgres).await;
}

/// A server whose controller runs only when woken (no safety tick within a test's time).
async fn server_without_tick(backend: Backend) -> TestServer {
    TestServer::start_with(backend, |c| {
        c.controller_tick = std::time::Duration::from_secs(3600);
    })
    .await
}

async fn first_children_left_pending(backend: Backend) {
    // The controller runs only when woken, so nothing mends the rows this test breaks
    // before it wakes the controller itself.
    let server = server_without_tick(backend).await;
    let w = fixtures::world(&server).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let dev = Some(w.dev.token.as_str());
    let refs = |details: &Value, key: &str, id: &str| -> Vec<String> {
        details["details"][key]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| str_of(r, id))
            .collect()
    };
    let details = server
        .ok(
            "developer",
            "get-deployment-details",
            dev,
            json!({"tenant": w.tenant, "deployment_id": deployment}),
        )
        .await;
    assert_eq!(
        refs(&details, "lobby_refs", "lobby_id"),
        [deployment.as_str()],
        "{details}"
    );
    assert_eq!(
        refs(&details, "matchmaker_refs", "matchmaker_id"),
        [deployment.as_str()],
        "{details}"
    );
    // The pass the deploy woke has run; then, as if the node had stopped right after the
    // deployment's unit.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let state = server.state.as_ref().unwrap();
    let id: i64 = deployment.parse().unwrap();
    for sql in [
        "DELETE FROM lobbies WHERE deployment_id = $1",
        "DELETE FROM matchmakers WHERE deployment_id = $1",
        "UPDATE deployments SET first_children_pending = 1 WHERE id = $1",
    ] {
        sqlx::query(sql)
            .bind(id)
            .execute(&state.db.pool)
            .await
            .unwrap();
    }
    let mut player = omgservers_sdk::player::PlayerClient::sign_up(&server.base)
        .await
        .unwrap();
    let refused = player.create_client(&w.tenant, &w.project, &w.stage).await;
    assert!(
        format!("{refused:?}").contains("DEPLOYMENT_NOT_FOUND"),
        "a deployment without its matchmaker takes no client: {refused:?}"
    );
    state.hub.wake_controller();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let details = server
            .ok(
                "developer",
                "get-deployment-details",
                dev,
                json!({"tenant": w.tenant, "deployment_id": deployment}),
            )
            .await;
        let (lobbies, matchmakers) = (
            refs(&details, "lobby_refs", "lobby_id"),
            refs(&details, "matchmaker_refs", "matchmaker_id"),
        );
        if !lobbies.is_empty() && !matchmakers.is_empty() {
            assert_eq!(
                (lobbies, matchmakers),
                (vec![deployment.clone()], vec![deployment.clone()])
            );
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the controller wrote no first children: {details}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // The mark is cleared in the unit after the children's: the deployment takes players then.
    loop {
        let (pending,): (i64,) =
            sqlx::query_as("SELECT first_children_pending FROM deployments WHERE id = $1")
                .bind(id)
                .fetch_one(&state.db.pool)
                .await
                .unwrap();
        if pending == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the first children's mark was not cleared"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    player
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_deployment_left_with_a_player_is_torn_down_sqlite() {
    failed_deployment_left_with_a_player(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_deployment_left_with_a_player_is_torn_down_postgres() {
    failed_deployment_left_with_a_player(Backend::Postgres).await;
}

/// Settling a deployment FAILED writes its state, then (a unit of game state) stops its
/// runtimes and disconnects its players. When that second unit is lost — or a player joined on
/// a read made just before the failure — the controller finishes it: the player gets
/// DISCONNECTION_REASON_MESSAGE (INTERNAL_FAILURE) and the runtimes are STOPPED.
async fn failed_deployment_left_with_a_player(backend: Backend) {
    use omgservers_sdk::types::messages::{DisconnectionReason, MessageBody};
    let server = server_without_tick(backend).await;
    let w = fixtures::world(&server).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let mut player = omgservers_sdk::player::PlayerClient::sign_up(&server.base)
        .await
        .unwrap();
    player
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    let state = server.state.as_ref().unwrap();
    let id: i64 = deployment.parse().unwrap();
    // The state written, the second unit lost.
    sqlx::query("UPDATE deployments SET state = 'FAILED', state_reason = 'test' WHERE id = $1")
        .bind(id)
        .execute(&state.db.pool)
        .await
        .unwrap();
    state.hub.wake_controller();
    let told = player
        .wait_for(std::time::Duration::from_secs(10), |m| {
            matches!(m, MessageBody::DisconnectionReasonMessage(_))
        })
        .await
        .unwrap()
        .expect("no disconnection within 10 s");
    match told.body {
        MessageBody::DisconnectionReasonMessage(b) => {
            assert_eq!(b.reason, DisconnectionReason::INTERNAL_FAILURE)
        }
        other => panic!("{other:?}"),
    }
    let (running,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM runtimes WHERE deployment_id = $1 AND status <> 'STOPPED'",
    )
    .bind(id)
    .fetch_one(&state.db.pool)
    .await
    .unwrap();
    assert_eq!(running, 0, "the failed deployment's runtimes are stopped");
}

/// The user the server pulls images as (`OMGSERVERS_SERVER_SERVICE_USER_ALIAS`), when it is not
/// the bootstrap service user, gets VERSION_MANAGER on every new project as the builder and the
/// service user do: without it the registry would refuse the server's every pull.
#[tokio::test]
async fn the_user_the_server_pulls_as_may_pull_every_new_project() {
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.server_service_user_alias = Some("admin".to_owned());
    })
    .await;
    let w = fixtures::world(&server).await;
    let details = &server
        .ok(
            "developer",
            "get-project-details",
            Some(&w.dev.token),
            json!({"tenant": w.tenant, "project": w.project}),
        )
        .await["details"];
    let version_managers: Vec<&Value> = details["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["user_id"] != json!(w.dev.user_id) && p["permission"] == "VERSION_MANAGER")
        .collect();
    assert_eq!(
        version_managers.len(),
        3,
        "builder, service and the user the server pulls as: {details}"
    );
}
