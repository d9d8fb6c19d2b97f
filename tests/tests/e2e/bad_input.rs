//! Bad input gets a 4xx with the upstream qualifier and a message naming the problem, and
//! writes nothing: malformed and truncated JSON, wrong types, unknown qualifiers, oversize
//! bodies, bad aliases, unknown and foreign ids, expired / tampered / foreign tokens.

use omgservers_e2e::fixtures::{self, config, str_of};
use omgservers_e2e::{both_backends, error_of, read, test_keys, TestServer};
use serde_json::{json, Value};

async fn raw(
    server: &TestServer,
    area: &str,
    op: &str,
    token: Option<&str>,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> (u16, Value) {
    let mut request = server
        .http
        .post(server.url(area, op))
        .header("content-type", content_type)
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let (status, value) = read(request.send().await.unwrap()).await;
    (status.as_u16(), value)
}

async fn version_count(server: &TestServer, w: &fixtures::World) -> usize {
    let details = server
        .ok(
            "developer",
            "get-project-details",
            Some(&w.dev.token),
            json!({"tenant": w.tenant, "project": w.project}),
        )
        .await;
    details["details"]["versions"].as_array().unwrap().len()
}

fn forge(claims: Value) -> String {
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(test_keys().private_pem.as_bytes()).unwrap();
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
        &claims,
        &key,
    )
    .unwrap()
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

both_backends! {
    async fn malformed_bodies(server: TestServer) {
        let support = server.support_token().await;
        let s = Some(support.as_str());
        let cases: &[(&str, &str)] = &[
            ("{\"tenant_id\":", "invalid JSON"),
            ("{\"tenant_id\": \"1\", \"alias\": \"x\"", "invalid JSON"),
            ("not json", "invalid JSON"),
            ("{\"tenant_id\": true, \"alias\": \"x\"}", "tenant_id"),
            ("{\"tenant_id\": \"abc\", \"alias\": \"x\"}", "tenant_id"),
            ("{\"tenant_id\": \"1\"}", "alias"),
            ("{\"tenant_id\": \"1\", \"alias\": 5}", "alias"),
            ("[1, 2]", "invalid JSON"),
            ("{} trailing", "invalid JSON"),
            // numbers that are not 64-bit integers are named, as numbers
            ("{\"tenant_id\": 1.5, \"alias\": \"x\"}", "1.5 is not an id"),
            ("{\"tenant_id\": 1e3, \"alias\": \"x\"}", "1e+3 is not an id"),
            ("{\"tenant_id\": 18446744073709551616, \"alias\": \"x\"}", "18446744073709551616 is not an id"),
        ];
        for (body, names) in cases {
            let (status, value) = raw(&server, "support", "create-tenant-alias", s, "application/json", *body).await;
            assert_eq!(status, 400, "{body} -> {value}");
            let (qualifier, message) = error_of(&value);
            assert_eq!(qualifier, "WRONG_REQUEST", "{body}");
            assert!(message.contains(names), "{body} -> {message}");
        }
        // an empty body is `{}`: fine where nothing is required, a named missing field elsewhere
        let (status, _) = raw(&server, "support", "create-tenant", s, "application/json", "").await;
        assert_eq!(status, 200);
        let (status, value) = raw(&server, "support", "delete-tenant", s, "application/json", "").await;
        assert_eq!(status, 400);
        assert!(error_of(&value).1.contains("tenant"), "{value}");
        // unknown qualifiers inside lists are named with their position
        let tenant = str_of(&server.ok("support", "create-tenant", s, json!({})).await, "id");
        let body = json!({"tenant": tenant, "user_id": "1", "permissions_to_create": ["TENANT_VIEWER", "OWNER"]});
        let (qualifier, message) = server.fails("support", "create-tenant-permissions", s, body, 400).await;
        assert_eq!(qualifier, "WRONG_REQUEST");
        assert!(message.contains("permissions_to_create[1]") && message.contains("OWNER"), "{message}");
        // an id or alias given as a fraction is named too
        let (status, value) = raw(&server, "support", "create-project", s, "application/json", "{\"tenant\": 2.5}").await;
        assert_eq!(status, 400, "{value}");
        assert!(error_of(&value).1.contains("2.5 is not an id"), "{value}");
        // a UTF-8 byte order mark before the JSON is skipped (RFC 8259 §8.1 allows a parser to)
        let (status, value) = raw(&server, "support", "create-tenant", s, "application/json", "\u{feff}{}").await;
        assert_eq!(status, 200, "{value}");
        // a body that is not JSON at all
        let (status, value) = raw(&server, "support", "create-tenant", s, "multipart/form-data; boundary=x", "--x--").await;
        assert_eq!(status, 415);
        assert_eq!(error_of(&value).0, "WRONG_MEDIA_TYPE");
    }

    // Issue 15, fault 3: a NUL (or another control character) in a string the server looks
    // up or stores is a 400 naming the field, on both backends (PostgreSQL cannot store or
    // even compare such a text; it used to answer 500).
    async fn nul_characters_are_refused_everywhere(server: TestServer) {
        let support = server.support_token().await;
        let s = Some(support.as_str());
        let admin = server.admin_token().await;
        let w = fixtures::world(&server).await;
        let cases = [
            ("admin", "create-token", None, json!({"user": "a\u{0}b", "password": "x"}), "user"),
            ("support", "create-token", None, json!({"user": "\u{0}", "password": "x"}), "user"),
            ("support", "create-project", s, json!({"tenant": "t\u{0}"}), "tenant"),
            ("developer", "get-tenant-details", Some(w.dev.token.as_str()), json!({"tenant": "a\u{7}b"}), "tenant"),
            ("admin", "create-pool-host", Some(admin.as_str()), json!({"docker_daemon_uri": "tcp://h\u{0}:1", "cpu_count": 1, "memory_size": 64, "max_containers": 1}), "control characters"),
            ("developer", "create-version", Some(w.dev.token.as_str()), json!({"tenant": w.tenant, "project": w.project,
                "config": {"modes": [{"name": "m\u{0}", "min_players": 1, "max_players": 2, "groups": [{"name": "g", "min_players": 1, "max_players": 2}]}]}}), "config.modes[0].name"),
        ];
        for (area, op, token, body, names) in cases {
            let (status, value) = server.call(area, op, token, body.clone()).await;
            assert_eq!(status, 400, "{area}/{op} {body} -> {value}");
            let (_, message) = error_of(&value);
            assert!(message.contains(names), "{area}/{op}: {message}");
        }
        // A registry notification with such an event id records nothing.
        let mut event = fixtures::push_event("e\u{0}1", &w.tenant, &w.project, &w.version);
        event["events"][0]["id"] = json!("e\u{0}1");
        server.ok("registry", "handle-events", None, event).await;
        let body = json!({"tenant": w.tenant, "version_id": w.version});
        let details = server.ok("developer", "get-version-details", Some(w.dev.token.as_str()), body).await;
        assert_eq!(details["details"]["images"], json!([]));
    }

    // Found by scripts/fuzz.sh: a count beyond 32 bits for a pool host was a 500 on
    // PostgreSQL (its INTEGER column refused it) and stored on SQLite. Both refuse it now,
    // naming the field, and keep the pool as it was.
    async fn numbers_beyond_their_columns_are_refused(server: TestServer) {
        let admin = server.admin_token().await;
        let a = Some(admin.as_str());
        let hosts = server.ok("admin", "get-pool-hosts", a, json!({})).await;
        for (field, value) in [("cpu_count", 2_199_023_255_553_i64), ("memory_size", i64::MAX), ("max_containers", 2_147_483_648)] {
            let mut body = json!({"docker_daemon_uri": "tcp://127.0.0.1:1", "cpu_count": 1, "memory_size": 64, "max_containers": 1});
            body[field] = json!(value);
            let (qualifier, message) = server.fails("admin", "create-pool-host", a, body, 400).await;
            assert_eq!(qualifier, "WRONG_ARGUMENT");
            assert!(message.contains(field) && message.contains("2147483647"), "{message}");
        }
        assert_eq!(server.ok("admin", "get-pool-hosts", a, json!({})).await, hosts);
    }

    async fn oversize_bodies_are_refused_and_write_nothing(server: TestServer) {
        let w = fixtures::world(&server).await;
        let before = version_count(&server, &w).await;
        let mut big = config(1, 4);
        big["user_data"] = json!({"blob": "x".repeat(2 * 1024 * 1024)});
        let body = serde_json::to_vec(&json!({"tenant": w.tenant, "project": w.project, "config": big})).unwrap();
        let (status, value) = raw(&server, "developer", "create-version", Some(&w.dev.token), "application/json", body).await;
        assert_eq!(status, 413, "{value}");
        assert_eq!(error_of(&value).0, "REQUEST_TOO_LARGE");
        assert_eq!(version_count(&server, &w).await, before);
    }

    async fn invalid_version_configs_name_the_field(server: TestServer) {
        let w = fixtures::world(&server).await;
        let before = version_count(&server, &w).await;
        let cases = [
            (json!({"modes": [{"name": "m", "min_players": 4, "max_players": 2, "groups": [{"name": "g", "min_players": 1, "max_players": 2}]}]}), "config.modes[0].min_players"),
            (json!({"modes": [{"name": "m", "min_players": 1, "max_players": 2, "groups": []}]}), "config.modes[0].groups"),
            (json!({"modes": [{"name": "m", "min_players": 1, "max_players": 2}]}), "config.modes[0].groups"),
            (json!({"user_data": {}}), "config.modes"),
            (json!({"modes": [{"name": "x".repeat(65), "min_players": 1, "max_players": 2, "groups": [{"name": "g", "min_players": 1, "max_players": 2}]}]}), "config.modes[0].name"),
        ];
        for (bad, field) in cases {
            let body = json!({"tenant": w.tenant, "project": w.project, "config": bad});
            let (qualifier, message) = server.fails("developer", "create-version", Some(&w.dev.token), body, 400).await;
            assert_eq!(qualifier, "VALIDATION_CONSTRAINT_VIOLATED");
            assert!(message.starts_with(field), "{message} should name {field}");
        }
        assert_eq!(version_count(&server, &w).await, before, "nothing half-written");
    }

    async fn bad_aliases(server: TestServer) {
        let support = server.support_token().await;
        let s = Some(support.as_str());
        let tenant = str_of(&server.ok("support", "create-tenant", s, json!({})).await, "id");
        for (alias, names) in [("x".repeat(65), "64"), ("12345".to_owned(), "numeric"), ("  ".to_owned(), "blank"), ("a b".to_owned(), "whitespace")] {
            let (qualifier, message) = server.fails("support", "create-tenant-alias", s, json!({"tenant_id": tenant, "alias": alias}), 400).await;
            assert_eq!(qualifier, "VALIDATION_CONSTRAINT_VIOLATED", "{alias}");
            assert!(message.contains(names), "{alias}: {message}");
        }
        server.ok("support", "create-tenant-alias", s, json!({"tenant_id": tenant, "alias": "taken"})).await;
        let other = str_of(&server.ok("support", "create-tenant", s, json!({})).await, "id");
        let (qualifier, message) = server.fails("support", "create-tenant-alias", s, json!({"tenant_id": other, "alias": "taken"}), 409).await;
        assert_eq!(qualifier, "DB_CONSTRAINT_VIOLATED");
        assert!(message.contains("taken"), "{message}");
        // unknown ids and aliases
        let (qualifier, message) = server.fails("support", "create-tenant-alias", s, json!({"tenant_id": "1", "alias": "fresh"}), 404).await;
        assert_eq!(qualifier, "OBJECT_NOT_FOUND");
        assert!(message.contains("tenant 1"), "{message}");
        let (_, message) = server.fails("support", "create-project", s, json!({"tenant": "no-such-tenant"}), 404).await;
        assert!(message.contains("no-such-tenant"), "{message}");
        let (_, message) = server.fails("support", "delete-project", s, json!({"tenant": tenant, "project": "nope"}), 404).await;
        assert!(message.contains("nope"), "{message}");
    }

    async fn credentials_and_tokens(server: TestServer) {
        let (qualifier, message) = server.fails("admin", "create-token", None, json!({"user": "admin", "password": "wrong"}), 401).await;
        assert_eq!(qualifier, "WRONG_CREDENTIALS");
        assert!(!message.contains("wrong\""), "the password is not echoed");
        server.fails("admin", "create-token", None, json!({"user": "nobody", "password": "x"}), 404).await;
        server.fails("admin", "create-token", None, json!({"user": "admin", "password": ""}), 400).await;
        server.fails("admin", "create-token", None, json!({"user": "admin", "password": "p".repeat(65)}), 400).await;

        let admin = server.admin_token().await;
        let mut parts: Vec<String> = admin.split('.').map(str::to_owned).collect();
        // tampered: the payload now claims another role, the signature is the old one
        {
            use base64::Engine;
            let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
            let mut claims: Value = serde_json::from_slice(&engine.decode(&parts[1]).unwrap()).unwrap();
            claims["groups"] = json!(["support"]);
            parts[1] = engine.encode(serde_json::to_vec(&claims).unwrap());
        }
        let tampered = parts.join(".");
        let (qualifier, message) = server.fails("support", "create-tenant", Some(&tampered), json!({}), 401).await;
        assert_eq!(qualifier, "WRONG_CREDENTIALS");
        assert!(message.contains("signature"), "{message}");

        let user_id = "1";
        let base = json!({"iss": "omgservers", "aud": "omgservers", "sub": user_id, "user_id": user_id, "groups": ["admin"], "jti": "1"});
        let mut expired = base.clone();
        expired["iat"] = json!(now() - 7200);
        expired["exp"] = json!(now() - 10);
        let (qualifier, message) = server.fails("admin", "generate-id", Some(&forge(expired)), json!({}), 401).await;
        assert_eq!(qualifier, "WRONG_CREDENTIALS");
        assert!(message.contains("expired"), "{message}");

        let mut foreign = base.clone();
        foreign["iat"] = json!(now());
        foreign["exp"] = json!(now() + 600);
        foreign["iss"] = json!("someone-else");
        let (_, message) = server.fails("admin", "generate-id", Some(&forge(foreign)), json!({}), 401).await;
        assert!(message.contains("another service"), "{message}");

        // a token signed by a key that is not the server's
        let other_key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let pem = { use rsa::pkcs8::EncodePrivateKey; other_key.to_pkcs8_pem(rsa::pkcs8::LineEnding::LF).unwrap().to_string() };
        let mut claims = base.clone();
        claims["iat"] = json!(now());
        claims["exp"] = json!(now() + 600);
        let stranger = jsonwebtoken::encode(&jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256), &claims, &jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap()).unwrap();
        server.fails("admin", "generate-id", Some(&stranger), json!({}), 401).await;

        // a valid forged-with-our-key token still works (the test key is the server's key)
        server.ok("admin", "generate-id", Some(&forge(claims)), json!({})).await;

        // a token accepted (so remembered as verified) is refused once it has expired
        let mut short = base.clone();
        short["iat"] = json!(now());
        short["exp"] = json!(now() + 2);
        let short = forge(short);
        server.ok("admin", "generate-id", Some(&short), json!({})).await;
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        let (qualifier, message) = server.fails("admin", "generate-id", Some(&short), json!({}), 401).await;
        assert_eq!(qualifier, "WRONG_CREDENTIALS");
        assert!(message.contains("expired"), "{message}");

        // ws_token query parameter is accepted like upstream
        let response = server.http.post(format!("{}?ws_token={admin}", server.url("admin", "generate-id"))).json(&json!({})).send().await.unwrap();
        assert_eq!(response.status(), 200);
    }

    async fn invalid_operations_write_nothing(server: TestServer) {
        let w = fixtures::world(&server).await;
        let dev = Some(w.dev.token.as_str());
        let s = Some(w.support.as_str());
        // deploy without an image
        let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
        let (qualifier, message) = server.fails("developer", "deploy-version", dev, body, 409).await;
        assert_eq!(qualifier, "WRONG_VERSION_STATE");
        assert!(message.contains("no image"), "{message}");
        let details = server.ok("developer", "get-stage-details", dev, json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await;
        assert_eq!(details["details"]["deployments"], json!([]));
        // permissions: empty list, players, unknown users
        let body = json!({"tenant": w.tenant, "user_id": w.dev.user_id, "permissions_to_create": []});
        assert_eq!(server.fails("support", "create-tenant-permissions", s, body, 400).await.0, "VALIDATION_CONSTRAINT_VIOLATED");
        let player = server.ok("player", "create-user", None, json!({})).await;
        let body = json!({"tenant": w.tenant, "user_id": player["user_id"], "permissions_to_create": ["TENANT_VIEWER"]});
        let (_, message) = server.fails("support", "create-tenant-permissions", s, body, 400).await;
        assert!(message.contains("granted to developers"), "{message}");
        let body = json!({"tenant": w.tenant, "user_id": "42", "permissions_to_create": ["TENANT_VIEWER"]});
        server.fails("support", "create-tenant-permissions", s, body, 404).await;
        // delete-developer refuses non-developers
        let admin_id = {
            use base64::Engine;
            let token = server.admin_token().await;
            let payload = token.split('.').nth(1).unwrap().to_owned();
            let claims: Value = serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
            str_of(&claims, "user_id")
        };
        let (_, message) = server.fails("support", "delete-developer", s, json!({"user_id": admin_id}), 400).await;
        assert!(message.contains("is an ADMIN user, not a developer"), "{message}");
        server.admin_token().await;
        // bcrypt-hash input limits
        let admin = server.admin_token().await;
        server.fails("admin", "bcrypt-hash", Some(&admin), json!({"value": " "}), 400).await;
        server.fails("admin", "bcrypt-hash", Some(&admin), json!({"value": "v".repeat(73)}), 400).await;
    }

    // Values with no natural bound, as long as a probe sent them: random text, which
    // PostgreSQL cannot compress under its index row limit (about 2.7 kB). Both backends
    // answer the same 2xx or 4xx, and nothing is half written. Before, on PostgreSQL, a
    // 3,000-character registry event id or Docker daemon URI was a 500, and the events of the
    // batch before it were recorded while the registry was told to send the batch again.
    async fn unbounded_values_get_the_same_answer_on_both_backends(server: TestServer) {
        use rand::Rng;
        let random = |n: usize| -> String {
            rand::thread_rng().sample_iter(&rand::distributions::Alphanumeric).take(n).map(char::from).collect()
        };
        // A registry event: logged as not recorded and answered 200, as any event that cannot
        // be attributed (the registry would resend a refused batch forever).
        let event = |id: String| json!({"id": id, "action": "push", "target": {"repository": "omgservers/1/2/universal", "tag": "3"}});
        let body = json!({"events": [event(random(30)), event(random(3000))]});
        let (status, answer) = raw(&server, "registry", "handle-events", None, "application/json", body.to_string()).await;
        assert_eq!(status, 200, "{answer}");
        // A Docker daemon URI: 400 naming the bound, and no host added.
        let admin = server.admin_token().await;
        let a = Some(admin.as_str());
        let uri = format!("tcp://{}:2375", random(3000));
        let spec = json!({"docker_daemon_uri": uri, "cpu_count": 1, "memory_size": 512, "max_containers": 1});
        let (qualifier, message) = server.fails("admin", "create-pool-host", a, spec, 400).await;
        assert_eq!(qualifier, "WRONG_ARGUMENT");
        assert!(message.contains("at most 1024 bytes"), "{message}");
        assert!(message.len() < 200, "the message does not quote the URI whole: {message}");
        let hosts = server.ok("admin", "get-pool-hosts", a, json!({})).await;
        assert!(!hosts.to_string().contains(&uri[..40]), "{hosts}");
        // A NUL in a Basic-auth user name: an unknown user (401), on both backends.
        let (status, answer) = read(
            server.http.get(format!("{}/service/v1/entrypoint/docker/request/create-token?service=registry", server.base))
                .basic_auth("ad\u{0}min", Some("admin")).send().await.unwrap(),
        ).await;
        assert_eq!(status.as_u16(), 401, "{answer}");
        assert_eq!(error_of(&answer).0, "WRONG_CREDENTIALS", "{answer}");
    }

    // A compressed body is refused by its encoding (415), not read as malformed JSON; a body
    // that claims an encoding it does not have is refused too. `identity` is no encoding.
    async fn encoded_bodies_are_refused_by_their_encoding(server: TestServer) {
        for encoding in ["gzip", "br", "deflate"] {
            let (status, answer) = read(
                server.http.post(server.url("player", "create-user"))
                    .header("content-type", "application/json")
                    .header("content-encoding", encoding)
                    .body("{}").send().await.unwrap(),
            ).await;
            assert_eq!(status.as_u16(), 415, "{encoding}: {answer}");
            let (qualifier, message) = error_of(&answer);
            assert_eq!(qualifier, "WRONG_MEDIA_TYPE");
            assert!(message.contains(&format!("Content-Encoding `{encoding}`")), "{message}");
        }
        let (status, answer) = read(
            server.http.post(server.url("player", "create-user"))
                .header("content-type", "application/json")
                .header("content-encoding", "identity")
                .body("{}").send().await.unwrap(),
        ).await;
        assert_eq!(status.as_u16(), 200, "{answer}");
    }
}

/// A body that stops arriving is 408 on every way a body is read, not only JSON: the Docker
/// token service's form (no authentication) and a version's multipart upload (a developer's).
/// With `OMGSERVERS_HTTP_BODY_READ_TIMEOUT` at 1 s; the real binary's JSON case is
/// `connections::a_body_that_stops_arriving_…`.
#[tokio::test]
async fn form_and_multipart_bodies_that_stop_arriving_are_answered_408() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = TestServer::start_with(omgservers_e2e::Backend::Sqlite, |c| {
        c.http_body_read_timeout = std::time::Duration::from_secs(1);
    })
    .await;
    let w = fixtures::world(&server).await;
    let form = (
        "/service/v1/entrypoint/docker/request/create-token".to_owned(),
        "application/x-www-form-urlencoded".to_owned(),
        String::new(),
        "grant_type=refresh_token&".to_owned(),
    );
    let upload = (
        server.url("developer", "upload-files-archive")[server.base.len()..].to_owned(),
        "multipart/form-data; boundary=X".to_owned(),
        format!("Authorization: Bearer {}\r\n", w.dev.token),
        "--X\r\nContent-Disposition: form-data; name=\"tenant\"\r\n\r\n1\r\n".to_owned(),
    );
    let address = server.base.trim_start_matches("http://").to_owned();
    for (path, content_type, auth, part) in [form, upload] {
        let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: {content_type}\r\nContent-Length: 100000\r\n\r\n{part}"
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let started = std::time::Instant::now();
        let mut answer = Vec::new();
        tokio::time::timeout(
            std::time::Duration::from_secs(15),
            stream.read_to_end(&mut answer),
        )
        .await
        .unwrap_or_else(|_| panic!("{path}: no answer, or the connection left open, in 15 s"))
        .unwrap();
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 408"), "{path}: {answer}");
        assert!(
            answer.contains("OMGSERVERS_HTTP_BODY_READ_TIMEOUT"),
            "{path}: {answer}"
        );
        assert!(
            started.elapsed() >= std::time::Duration::from_millis(900),
            "{path}: {:?}",
            started.elapsed()
        );
    }
}
