//! The Docker registry token service (wire reference §5.7) and the registry integration
//! (§13.1): over HTTP against the token endpoint, and end to end with a real
//! `docker-registry` and the real `docker` CLI on the machine's Docker engine.

use std::time::{Duration, Instant};

use base64::Engine;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use omgservers_e2e::fixtures::{self, str_of, World};
use omgservers_e2e::registry::{DockerCli, Registry};
use omgservers_e2e::{both_backends, error_of, read, test_keys, Backend, TestServer};
use serde_json::{json, Value};

const NOTIFICATIONS_TOKEN: &str = "registry-notifications-test-token";

fn token_url(server: &TestServer) -> String {
    format!(
        "{}/service/v1/entrypoint/docker/request/create-token",
        server.base
    )
}

/// GET with Basic credentials and query parameters; status, body and `WWW-Authenticate`.
async fn get_token(
    server: &TestServer,
    credentials: Option<(&str, &str)>,
    query: &[(&str, &str)],
) -> (u16, Value, Option<String>) {
    let mut request = server.http.get(token_url(server)).query(query);
    if let Some((user, password)) = credentials {
        request = request.basic_auth(user, Some(password));
    }
    let response = request.send().await.unwrap();
    let challenge = response
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_owned());
    let (status, body) = read(response).await;
    (status.as_u16(), body, challenge)
}

/// POST of the OAuth2 form.
async fn post_token(server: &TestServer, form: &[(&str, &str)]) -> (u16, Value) {
    let response = server
        .http
        .post(token_url(server))
        .form(form)
        .send()
        .await
        .unwrap();
    let (status, body) = read(response).await;
    (status.as_u16(), body)
}

/// The claims of an access token, verified with the server's key, with its header.
fn access_claims(token: &str, service: &str) -> (Header, Value) {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_audience(&[service]);
    validation.set_issuer(&["omgservers"]);
    validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
    let key = DecodingKey::from_rsa_pem(test_keys().public_pem.as_bytes()).unwrap();
    let data = jsonwebtoken::decode::<Value>(token, &key, &validation)
        .unwrap_or_else(|e| panic!("access token does not verify: {e}"));
    (data.header, data.claims)
}

fn access_of(claims: &Value) -> Vec<(String, String, Vec<String>)> {
    claims["access"]
        .as_array()
        .unwrap_or_else(|| panic!("no access array in {claims}"))
        .iter()
        .map(|a| {
            (
                a["type"].as_str().unwrap().to_owned(),
                a["name"].as_str().unwrap().to_owned(),
                a["actions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect()
}

fn repo(w: &World, qualifier: &str) -> String {
    format!("omgservers/{}/{}/{qualifier}", w.tenant, w.project)
}

fn actions(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

both_backends! {
    async fn basic_auth_flow_grants_by_version_manager(server: TestServer) {
        let w = fixtures::world(&server).await;
        let dev = (w.dev.user_id.as_str(), w.dev.password.as_str());

        // credentials: missing, wrong, unknown user, wrong scheme -> 401 with a Basic challenge
        let (status, body, challenge) = get_token(&server, None, &[("service", "registry")]).await;
        assert_eq!(status, 401, "{body}");
        assert_eq!(error_of(&body).0, "WRONG_CREDENTIALS");
        assert!(challenge.as_deref().unwrap_or_default().starts_with("Basic "), "{challenge:?}");
        for (user, password) in [(dev.0, "wrong-password"), ("no-such-user", "x"), ("123456789", "x"), (dev.0, "")] {
            let (status, body, _) = get_token(&server, Some((user, password)), &[]).await;
            assert_eq!((status, error_of(&body).0.as_str()), (401, "WRONG_CREDENTIALS"), "{user}: {body}");
        }
        let response = server.http.get(token_url(&server)).bearer_auth(&w.dev.token).send().await.unwrap();
        let (status, body) = read(response).await;
        assert_eq!(status.as_u16(), 401);
        assert!(error_of(&body).1.contains("Basic"), "{body}");

        // a login (no scope): a token with no access, no refresh token unless offline
        let (status, body, _) = get_token(&server, Some(dev), &[("account", dev.0), ("client_id", "docker"), ("service", "registry")]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["token"], body["access_token"]);
        assert_eq!(body["expires_in"], json!(3600));
        assert_eq!(body["refresh_token"], Value::Null);
        chrono::DateTime::parse_from_rfc3339(body["issued_at"].as_str().unwrap()).expect("issued_at is RFC 3339");
        let (header, claims) = access_claims(body["token"].as_str().unwrap(), "registry");
        assert_eq!(claims["access"], json!([]));
        assert_eq!(claims["sub"], json!(w.dev.user_id));
        assert!(claims["jti"].as_str().is_some_and(|j| !j.is_empty()));
        let (iat, nbf, exp) = (claims["iat"].as_i64().unwrap(), claims["nbf"].as_i64().unwrap(), claims["exp"].as_i64().unwrap());
        assert!(nbf <= iat && exp - iat == 3600, "{claims}");
        // the x5c header is the certificate the registry is given as rootcertbundle, and that
        // certificate holds the key the token verifies with
        let state = server.state.as_ref().unwrap();
        let x5c = header.x5c.expect("x5c header");
        assert_eq!(x5c.len(), 1);
        let pem = std::fs::read_to_string(&state.issuer_certificate.path).unwrap();
        let pem_body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        assert_eq!(x5c[0], pem_body);
        let der = base64::engine::general_purpose::STANDARD.decode(&x5c[0]).unwrap();
        let spki = {
            use rsa::pkcs8::{DecodePublicKey, EncodePublicKey};
            rsa::RsaPublicKey::from_public_key_pem(&test_keys().public_pem).unwrap().to_public_key_der().unwrap()
        };
        assert!(der.windows(spki.as_bytes().len()).any(|w| w == spki.as_bytes()), "the certificate is not for the signing key");

        // scopes: several `scope` parameters, several entries in one, a host prefix, foreign
        // namespaces and types, a project of the tenant the developer does not manage, the
        // developer's project named under another tenant, unparsable entries
        let foreign_project = str_of(&server.ok("support", "create-project", Some(&w.support), json!({"tenant": w.tenant})).await, "project_id");
        let other = fixtures::world(&server).await;
        let lobby_with_host = format!("127.0.0.1:5000/{}", repo(&w, "lobby"));
        let scopes = [
            format!("repository:{}:pull,push", repo(&w, "universal")),
            format!("repository:{lobby_with_host}:pull registry:catalog:* repository:library/ubuntu:pull,push"),
            format!("repository:omgservers/{}/{foreign_project}/match:pull,push", w.tenant),
            format!("repository:omgservers/{}/{}/universal:pull,push", other.tenant, w.project),
            format!("repository:{}:delete,*", repo(&w, "match")),
            "garbage repository:onlytwo".to_owned(),
        ];
        let mut query: Vec<(&str, &str)> = vec![("service", "my-registry")];
        query.extend(scopes.iter().map(|s| ("scope", s.as_str())));
        let (status, body, _) = get_token(&server, Some(dev), &query).await;
        assert_eq!(status, 200, "{body}");
        let (_, claims) = access_claims(body["token"].as_str().unwrap(), "my-registry");
        assert_eq!(
            access_of(&claims),
            vec![
                ("repository".to_owned(), repo(&w, "universal"), actions(&["pull", "push"])),
                ("repository".to_owned(), lobby_with_host.clone(), actions(&["pull"])),
            ]
        );

        // a malformed repository name in our namespace is not granted, and does not keep the
        // request's other entries from being granted (issue 15, fault 7)
        for bad in ["omgservers/abc/1/universal", "omgservers/1/2/runtime", "omgservers/1/2", "localhost:5000/omgservers/1/2/x/y", "omgservers/luajit"] {
            let scope = format!("repository:{bad}:pull");
            let (status, body, _) = get_token(&server, Some(dev), &[("scope", scope.as_str())]).await;
            assert_eq!(status, 200, "{bad}: {body}");
            assert_eq!(access_of(&access_claims(body["token"].as_str().unwrap(), "registry").1), vec![], "{bad}");
        }
        let good = format!("repository:{}:pull,push", repo(&w, "universal"));
        let (status, body, _) = get_token(&server, Some(dev), &[("scope", good.as_str()), ("scope", "repository:omgservers/luajit:pull")]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            access_of(&access_claims(body["token"].as_str().unwrap(), "registry").1),
            vec![("repository".to_owned(), repo(&w, "universal"), actions(&["pull", "push"]))]
        );
        let (status, body, _) = get_token(&server, Some(dev), &[("offline_token", "perhaps")]).await;
        assert_eq!((status, error_of(&body).0.as_str()), (400, "WRONG_ARGUMENT"), "{body}");

        // without VERSION_MANAGER (other permissions do not count): nothing
        let viewer = fixtures::developer(&server, &w.support).await;
        server.ok("support", "create-project-permissions", Some(&w.support), json!({"tenant": w.tenant, "project": w.project, "user_id": viewer.user_id, "permissions_to_create": ["PROJECT_VIEWER", "STAGE_MANAGER"]})).await;
        let scope = format!("repository:{}:pull,push", repo(&w, "universal"));
        let (status, body, _) = get_token(&server, Some((&viewer.user_id, &viewer.password)), &[("scope", scope.as_str())]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(access_of(&access_claims(body["token"].as_str().unwrap(), "registry").1), vec![]);

        // the service user, by alias, holds VERSION_MANAGER on every new project: it can pull
        let (status, body, _) = get_token(&server, Some(("service", "service")), &[("service", "registry"), ("scope", &format!("repository:{}:pull", repo(&w, "universal")))]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(access_of(&access_claims(body["token"].as_str().unwrap(), "registry").1), vec![("repository".to_owned(), repo(&w, "universal"), actions(&["pull"]))]);
        let credentials = omgservers::builder::registry_credentials(server.state.as_ref().unwrap());
        assert_eq!(credentials, Some(("service".to_owned(), "service".to_owned())));
    }

    async fn refresh_flow(server: TestServer) {
        let w = fixtures::world(&server).await;
        let dev = (w.dev.user_id.as_str(), w.dev.password.as_str());
        let (status, body, _) = get_token(&server, Some(dev), &[("offline_token", "true"), ("client_id", "docker"), ("service", "registry")]).await;
        assert_eq!(status, 200, "{body}");
        let refresh = body["refresh_token"].as_str().expect("refresh_token with offline_token=true").to_owned();

        // docker's refresh request
        let scope = format!("repository:{}:pull,push repository:library/ubuntu:pull", repo(&w, "universal"));
        let form = |grant: &'static str, token: String| {
            vec![("grant_type", grant.to_owned()), ("client_id", "docker".to_owned()), ("service", "registry".to_owned()), ("scope", scope.clone()), ("refresh_token", token), ("access_type", "offline".to_owned())]
        };
        let send = |form: Vec<(&'static str, String)>| {
            let server = &server;
            async move {
                let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                post_token(server, &pairs).await
            }
        };
        let (status, body) = send(form("refresh_token", refresh.clone())).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["scope"], json!(format!("repository:{}:pull,push", repo(&w, "universal"))));
        assert_eq!(body["refresh_token"], json!(refresh));
        assert_eq!(body["expires_in"], json!(3600));
        chrono::DateTime::parse_from_rfc3339(body["issued_at"].as_str().unwrap()).unwrap();
        let (_, claims) = access_claims(body["access_token"].as_str().unwrap(), "registry");
        assert_eq!(access_of(&claims), vec![("repository".to_owned(), repo(&w, "universal"), actions(&["pull", "push"]))]);
        assert_eq!(claims["sub"], json!(w.dev.user_id));

        // only grant_type=refresh_token
        for grant in ["password", "authorization_code", ""] {
            let (status, body) = send(form(grant, refresh.clone())).await;
            assert_eq!((status, error_of(&body).0.as_str()), (401, "WRONG_REQUEST"), "{grant}: {body}");
        }
        // client_id is required
        let (status, body) = post_token(&server, &[("grant_type", "refresh_token"), ("refresh_token", &refresh)]).await;
        assert_eq!((status, error_of(&body).0.as_str()), (400, "WRONG_ARGUMENT"), "{body}");

        // refused refresh tokens: missing, tampered, expired, an API token, one of another key
        let mut tampered = refresh.clone();
        let last = tampered.pop().unwrap();
        tampered.push(if last == 'A' { 'B' } else { 'A' });
        let now = chrono::Utc::now().timestamp();
        let forge = |exp: i64, token_use: &str| {
            let claims = json!({"iss": "omgservers", "aud": "omgservers", "sub": w.dev.user_id, "iat": now - 100, "exp": exp, "jti": "1", "token_use": token_use});
            jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims, &EncodingKey::from_rsa_pem(test_keys().private_pem.as_bytes()).unwrap()).unwrap()
        };
        // a forged token with the server's own key and a future expiry is accepted: so the
        // refusals below are for the reasons named, not for the forging
        let (status, body) = send(form("refresh_token", forge(now + 600, "registry_refresh"))).await;
        assert_eq!(status, 200, "{body}");
        let other_key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let foreign = {
            use rsa::pkcs8::EncodePrivateKey;
            let pem = other_key.to_pkcs8_pem(rsa::pkcs8::LineEnding::LF).unwrap();
            let claims = json!({"iss": "omgservers", "aud": "omgservers", "sub": w.dev.user_id, "iat": now, "exp": now + 600, "jti": "1", "token_use": "registry_refresh"});
            jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims, &EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap()).unwrap()
        };
        for (case, token) in [
            ("missing", String::new()),
            ("tampered", tampered),
            ("expired", forge(now - 10, "registry_refresh")),
            ("not a refresh token", forge(now + 600, "something_else")),
            ("an API token", w.dev.token.clone()),
            ("another key", foreign),
        ] {
            let (status, body) = send(form("refresh_token", token)).await;
            assert_eq!((status, error_of(&body).0.as_str()), (401, "WRONG_CREDENTIALS"), "{case}: {body}");
        }
        // the refresh token is no API token
        server.fails("developer", "get-tenant-details", Some(&refresh), json!({"tenant": w.tenant}), 401).await;

        // permissions are evaluated at every refresh; a deleted user's refresh token is refused
        server.ok("support", "delete-project-permissions", Some(&w.support), json!({"tenant": w.tenant, "project": w.project, "user_id": w.dev.user_id, "permissions_to_delete": ["VERSION_MANAGER"]})).await;
        let (status, body) = send(form("refresh_token", refresh.clone())).await;
        assert_eq!((status, body["scope"].clone()), (200, json!("")), "{body}");
        server.ok("support", "delete-developer", Some(&w.support), json!({"user_id": w.dev.user_id})).await;
        let (status, body) = send(form("refresh_token", refresh.clone())).await;
        assert_eq!((status, error_of(&body).0.as_str()), (401, "WRONG_CREDENTIALS"), "{body}");
        assert!(error_of(&body).1.contains("no longer exists"), "{body}");

        // the endpoint's other edges
        let response = server.http.post(token_url(&server)).json(&json!({"grant_type": "refresh_token"})).send().await.unwrap();
        let (status, body) = read(response).await;
        assert_eq!((status.as_u16(), error_of(&body).0.as_str()), (415, "WRONG_MEDIA_TYPE"), "{body}");
        let response = server.http.put(token_url(&server)).send().await.unwrap();
        let (status, body) = read(response).await;
        assert_eq!((status.as_u16(), error_of(&body).0.as_str()), (405, "METHOD_NOT_ALLOWED"), "{body}");
    }
}

/// The checked-in registry configuration agrees with the server: the realm is the token
/// endpoint, the issuer the server's default, the service the default audience, notifications
/// go to handle-events. (The harness starts every registry of these tests from that file.)
#[test]
fn checked_in_registry_config_matches_the_server() {
    let text = std::fs::read_to_string(omgservers_e2e::registry::checked_in_config_path()).unwrap();
    let value_of = |key: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix(&format!("{key}: ")))
            .unwrap_or_else(|| panic!("no `{key}` in docs/registry-config.yml"))
            .to_owned()
    };
    let base = omgservers_e2e::registry::placeholders::SERVER_URL;
    assert_eq!(
        value_of("realm"),
        format!("{base}{}", omgservers::http::docker::PATH)
    );
    assert_eq!(
        value_of("issuer"),
        omgservers::Config::defaults().server_jwt_issuer
    );
    assert_eq!(
        value_of("service"),
        omgservers::builder::registry_tokens::DEFAULT_SERVICE
    );
    assert_eq!(
        value_of("url"),
        format!("{base}/service/v1/entrypoint/registry/request/handle-events")
    );
    assert!(value_of("rootcertbundle")
        .ends_with(omgservers::builder::issuer_certificate::CERTIFICATE_FILE));
}

async fn registry_server() -> TestServer {
    TestServer::start_with(Backend::Sqlite, |config| {
        config.registry_notifications_token = Some(NOTIFICATIONS_TOKEN.to_owned());
    })
    .await
}

/// Waits for the push notification to record the image of the world's version.
async fn wait_for_image(server: &TestServer, registry: &Registry, w: &World) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let details = server
            .ok(
                "developer",
                "get-version-details",
                Some(&w.dev.token),
                json!({"tenant": w.tenant, "version_id": w.version}),
            )
            .await;
        let images = details["details"]["images"].clone();
        if images.as_array().is_some_and(|a| !a.is_empty()) {
            return images;
        }
        assert!(
            Instant::now() < deadline,
            "the push notification did not record an image within 20 s; registry log:\n{}",
            registry.logs()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A developer with VERSION_MANAGER logs in with `docker login`, pushes a `FROM scratch` image,
/// the registry's notification records it for the version, and the developer and the service
/// user (the credentials the Docker driver pulls with) can pull it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn developer_pushes_and_the_service_user_pulls() {
    let server = registry_server().await;
    let registry = Registry::start(&server).await;
    let w = fixtures::world(&server).await;
    let docker = DockerCli::new().await;
    let image = registry.image(&repo(&w, "universal"), &w.version);

    docker
        .login(&registry.host, &w.dev.user_id, &w.dev.password)
        .await
        .ok("docker login as the developer");
    // docker keeps the refresh token (not the password): the push below uses the POST flow
    let auth = &docker.config_json()["auths"][&registry.host];
    assert!(
        auth["identitytoken"]
            .as_str()
            .is_some_and(|t| !t.is_empty()),
        "docker login stored no refresh token: {auth}"
    );
    let stored = base64::engine::general_purpose::STANDARD
        .decode(auth["auth"].as_str().unwrap_or_default())
        .unwrap_or_default();
    assert_eq!(
        String::from_utf8_lossy(&stored),
        format!("{}:", w.dev.user_id),
        "docker login stored the password"
    );
    docker
        .build_scratch_image(&image, &format!("version {}", w.version))
        .await;
    let pushed = docker.run(&["push", &image], None).await;
    assert!(
        pushed.success,
        "docker push failed: {}\nregistry log:\n{}",
        pushed.stderr,
        registry.logs()
    );

    let images = wait_for_image(&server, &registry, &w).await;
    assert_eq!(images.as_array().unwrap().len(), 1, "{images}");
    assert_eq!(images[0]["qualifier"], json!("UNIVERSAL"));
    assert_eq!(
        images[0]["image_id"],
        json!(format!("{}:{}", repo(&w, "universal"), w.version))
    );

    // the developer pulls it back
    docker.remove_image(&image).await;
    docker
        .run(&["pull", &image], None)
        .await
        .ok("docker pull as the developer");

    // the service user pulls with the credentials the server hands its Docker driver
    let (user, password) =
        omgservers::builder::registry_credentials(server.state.as_ref().unwrap())
            .expect("service user credentials");
    let service = DockerCli::new().await;
    service
        .login(&registry.host, &user, &password)
        .await
        .ok("docker login as the service user");
    docker.remove_image(&image).await;
    service
        .run(&["pull", &image], None)
        .await
        .ok("docker pull as the service user");
    service.forget_on_drop(&image);
}

/// Without VERSION_MANAGER a developer can log in but neither push nor pull; a wrong password
/// fails `docker login`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_push_or_pull_without_version_manager() {
    let server = registry_server().await;
    let registry = Registry::start(&server).await;
    let w = fixtures::world(&server).await;
    let image = registry.image(&repo(&w, "universal"), &w.version);

    // an outsider holding every project permission but VERSION_MANAGER
    let outsider = fixtures::developer(&server, &w.support).await;
    server.ok("support", "create-project-permissions", Some(&w.support), json!({"tenant": w.tenant, "project": w.project, "user_id": outsider.user_id, "permissions_to_create": ["PROJECT_VIEWER", "STAGE_MANAGER"]})).await;
    let docker = DockerCli::new().await;
    docker
        .login(&registry.host, &outsider.user_id, &outsider.password)
        .await
        .ok("docker login needs no permission");
    docker
        .build_scratch_image(&image, "from the outsider")
        .await;
    let push = docker.run(&["push", &image], None).await;
    assert!(
        !push.success,
        "the outsider's push succeeded: {}",
        push.stdout
    );
    let said = format!("{} {}", push.stdout, push.stderr).to_ascii_lowercase();
    assert!(
        said.contains("denied") || said.contains("unauthorized"),
        "push refused for another reason: {said}"
    );
    docker.remove_image(&image).await;
    // the registry holds nothing under that name
    let manager_token = {
        let scope = format!("repository:{}:pull", repo(&w, "universal"));
        let (status, body, _) = get_token(
            &server,
            Some((&w.dev.user_id, &w.dev.password)),
            &[("service", "registry"), ("scope", &scope)],
        )
        .await;
        assert_eq!(status, 200, "{body}");
        body["token"].as_str().unwrap().to_owned()
    };
    let manifest = reqwest::Client::new()
        .get(format!(
            "http://{}/v2/{}/manifests/{}",
            registry.host,
            repo(&w, "universal"),
            w.version
        ))
        .bearer_auth(&manager_token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        manifest.status().as_u16(),
        404,
        "the outsider's image reached the registry"
    );

    // the manager pushes; the outsider still cannot pull it
    let manager = DockerCli::new().await;
    manager
        .login(&registry.host, &w.dev.user_id, &w.dev.password)
        .await
        .ok("docker login as the manager");
    manager
        .build_scratch_image(&image, "from the manager")
        .await;
    manager
        .run(&["push", &image], None)
        .await
        .ok("the manager's push");
    wait_for_image(&server, &registry, &w).await;
    manager.remove_image(&image).await;
    let pull = docker.run(&["pull", &image], None).await;
    assert!(!pull.success, "the outsider pulled: {}", pull.stdout);

    // a wrong password fails the login
    let stranger = DockerCli::new().await;
    let login = stranger
        .login(&registry.host, &w.dev.user_id, "not-the-password")
        .await;
    assert!(
        !login.success,
        "docker login with a wrong password succeeded"
    );
    assert!(
        login.stderr.to_ascii_lowercase().contains("unauthorized"),
        "{}",
        login.stderr
    );
}
